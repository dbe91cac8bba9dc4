import type { ExemplarKind } from '../schemas/vocabulary.ts';
import type { ReportPeriodKind } from './report.ts';

/** Every public path in one place, Vietnamese without diacritics, with a trailing slash. */
export const paths = {
  home: () => '/',
  plan: (id: string) => `/ke-hoach/${id}/`,
  movements: () => '/phong-trao/',
  movement: (id: string) => `/phong-trao/${id}/`,
  exemplars: () => '/dien-hinh/',
  exemplar: (id: string) => `/dien-hinh/${id}/`,
  poster: (id: string) => `/dien-hinh/${id}/ap-phich/`,
  practices: () => '/cach-lam-hay/',
  practice: (id: string) => `/cach-lam-hay/${id}/`,
  practicesOfMovement: (movementId: string) => `/cach-lam-hay/phong-trao/${movementId}/`,
  villages: () => '/thon/',
  village: (id: string) => `/thon/${id}/`,
  years: () => '/nam/',
  year: (year: number) => `/nam/${year}/`,
  kinds: () => '/loai/',
  kind: (kind: ExemplarKind) => `/loai/${kind}/`,
  units: () => '/don-vi/',
  unit: (id: string) => `/don-vi/${id}/`,
  progress: () => '/tien-do/',
  progressCsv: () => '/tien-do.csv',
  progressOfYear: (year: number) => `/tien-do/${year}/`,
  progressCsvOfYear: (year: number) => `/tien-do/${year}.csv`,
  reports: () => '/bao-cao/',
  /** The office's report on a plan year: year-end, or the first six months. */
  report: (year: number, period: ReportPeriodKind) => (period === 'nam' ? `/bao-cao/${year}/` : `/bao-cao/${year}/${period}/`),
  reportDocx: (year: number, period: ReportPeriodKind) => (period === 'nam' ? `/bao-cao/${year}.docx` : `/bao-cao/${year}-${period}.docx`),
  broadcasts: () => '/truyen-thanh/',
  script: (id: string) => `/truyen-thanh/${id}/`,
  scriptText: (id: string) => `/truyen-thanh/${id}.txt`,
  bulletin: (id: string) => `/truyen-thanh/ban-tin/${id}/`,
  bulletinText: (id: string) => `/truyen-thanh/ban-tin/${id}.txt`,
  /** A Tày or Nùng version: `/truyen-thanh/<script>/tyz/`. */
  scriptVersion: (scriptId: string, language: string) => `/truyen-thanh/${scriptId}/${language}/`,
  scriptVersionText: (scriptId: string, language: string) => `/truyen-thanh/${scriptId}/${language}.txt`,
  bulletinCalendar: () => '/truyen-thanh/lich.ics',
  bulletinFeed: () => '/truyen-thanh/rss.xml',
  search: () => '/tim-kiem/',
  rss: () => '/rss.xml',
} as const;
