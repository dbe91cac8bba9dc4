import type { ExemplarKind } from '../schemas/vocabulary.ts';

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
  broadcasts: () => '/truyen-thanh/',
  script: (id: string) => `/truyen-thanh/${id}/`,
  scriptText: (id: string) => `/truyen-thanh/${id}.txt`,
  search: () => '/tim-kiem/',
  rss: () => '/rss.xml',
} as const;
