/**
 * The office's reports on a plan year (sơ kết 6 tháng, tổng kết năm): periods, and the pieces
 * of data a report lists besides the progress table (src/lib/plan/progress.ts), as pure functions.
 * What counts as of which day: src/lib/plan/as-of.ts; the words and layout: report-document.ts.
 */
import type { MovementProgress } from '../plan/progress.ts';

export const REPORT_PERIODS = ['6-thang', 'nam'] as const;
/** `6-thang`: the first six months (sơ kết); `nam`: the whole year (tổng kết). */
export type ReportPeriodKind = (typeof REPORT_PERIODS)[number];

export interface ReportPeriod {
  kind: ReportPeriodKind;
  year: number;
  /** First and last day of the period: bulletins aired between them are the period's propaganda. */
  from: Date;
  to: Date;
  /**
   * The day the figures stop at: 30 June for the six-month report. The year-end report has none
   * and counts what /tien-do/<year>/ counts: every exemplar of the plan's year recorded so far.
   */
  asOf?: Date | undefined;
}

export function reportPeriod(year: number, kind: ReportPeriodKind): ReportPeriod {
  const from = new Date(Date.UTC(year, 0, 1));
  if (kind === '6-thang') {
    const to = new Date(Date.UTC(year, 5, 30));
    return { kind, year, from, to, asOf: to };
  }
  return { kind, year, from, to: new Date(Date.UTC(year, 11, 31)) };
}

/** "6 tháng đầu năm 2023", "năm 2023". */
export const periodName = ({ kind, year }: Pick<ReportPeriod, 'kind' | 'year'>) =>
  kind === '6-thang' ? `6 tháng đầu năm ${year}` : `năm ${year}`;

interface BulletinLike {
  date: Date;
  scripts: readonly { id: string; data: { title: string } }[];
}
export interface MonthOfBroadcasts {
  /** 1 to 12. */
  month: number;
  /** Days on air (one bulletin a day). */
  bulletins: number;
  /** Scripts read, counted once per bulletin that reads them. */
  airings: number;
  /** Each script aired that month once, in the order first aired. */
  scripts: { id: string; title: string }[];
}

/** Bulletins aired from `from` to `to` (both included), month by month; months without one are left out. */
export function broadcastsByMonth(bulletins: readonly BulletinLike[], from: Date, to: Date): MonthOfBroadcasts[] {
  const months = new Map<number, MonthOfBroadcasts>();
  const inPeriod = bulletins.filter((b) => b.date.getTime() >= from.getTime() && b.date.getTime() <= to.getTime());
  for (const bulletin of [...inPeriod].sort((a, b) => a.date.getTime() - b.date.getTime())) {
    const month = bulletin.date.getUTCMonth() + 1;
    const entry = months.get(month) ?? { month, bulletins: 0, airings: 0, scripts: [] };
    entry.bulletins += 1;
    entry.airings += bulletin.scripts.length;
    for (const script of bulletin.scripts) {
      if (!entry.scripts.some((s) => s.id === script.id)) entry.scripts.push({ id: script.id, title: script.data.title });
    }
    months.set(month, entry);
  }
  return [...months.values()].sort((a, b) => a.month - b.month);
}

export interface Shortfall {
  movementId: string;
  movementName: string;
  /** The lead unit below its own minimum, when the plan sets the minimum per unit. */
  unitName: string | null;
  minimum: number;
  published: number;
}

/** Every movement below its minimum, in the plan's order; where the minimum is per unit, each unit below it. */
export function shortfalls(rows: readonly MovementProgress[]): Shortfall[] {
  return rows.flatMap(({ total, units }) => {
    if (total.met) return [];
    const below = units.length ? units.filter((u) => !u.met) : [total];
    return below.map((row) => ({
      movementId: row.movementId,
      movementName: row.movementName,
      unitName: units.length ? row.unitNames[0]! : null,
      minimum: row.minimum,
      published: row.published,
    }));
  });
}

/** Sums of the progress table's movement rows, for its closing row. */
export function progressTotals(rows: readonly MovementProgress[]) {
  const sum = (key: 'minimum' | 'published' | 'recognised' | 'replicated') => rows.reduce((n, r) => n + r.total[key], 0);
  return {
    minimum: sum('minimum'),
    published: sum('published'),
    recognised: sum('recognised'),
    replicated: sum('replicated'),
    met: rows.filter((r) => r.total.met).length,
    movements: rows.length,
  };
}

/** The place name of a document's date line (Decree 30/2020/NĐ-CP): the commune's name without "xã", "phường"… */
export const placeName = (commune: string) => commune.replace(/^(xã|phường|thị trấn|đặc khu)\s+/i, '');

/**
 * The issuing body's name as the top-left block writes it, in capitals: "Ủy ban nhân dân xã X"
 * on two lines, "ỦY BAN NHÂN DÂN" then "XÃ X", as bodies of that kind write their name.
 */
export function authorityLines(name: string): string[] {
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  const match = /^(ủy|uỷ) ban nhân dân\s+(.+)$/iu.exec(name.trim());
  return match ? ['ỦY BAN NHÂN DÂN', upper(match[2]!)] : [upper(name.trim())];
}

/** The plan, the site and the figures a report is drawn from (src/lib/report/plan-report.ts). */
export interface ReportInput {
  site: { siteName: string; commune: string; station: string; authority: { name: string; shortName: string } };
  plan: {
    data: {
      title: string;
      number?: string | undefined;
      issuedAt?: Date | undefined;
      issuer: string;
      year: number;
      basis: readonly { issuer: string }[];
    };
  };
  period: ReportPeriod;
  progress: { rows: MovementProgress[] };
  movements: readonly {
    id: string;
    name: string;
    shortName: string;
    leadUnitNames: string[];
    exemplars: readonly {
      id: string;
      name: string;
      unitName: string;
      recognitions: readonly { form: string; issuer: string; decision?: string | undefined; date: Date }[];
    }[];
  }[];
  practices: readonly { id: string; title: string; exemplarNames: string[]; replications: readonly { place: string; date: Date }[] }[];
  broadcasts: readonly MonthOfBroadcasts[];
  sample: boolean;
}
