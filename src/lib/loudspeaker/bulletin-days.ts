/**
 * Loudspeaker bulletins (bản tin): the approved scripts that go on air on the same day,
 * read one after another. A script with several air dates is in several bulletins.
 */
import { isoDate } from '../text/dates.ts';

export interface AiredScript {
  id: string;
  data: { airDates: readonly Date[] };
}

export interface Bulletin<T> {
  /** "2026-11-27": the bulletin's id in URLs. */
  id: string;
  date: Date;
  scripts: T[];
  /** Sum of its scripts' reading times. */
  seconds: number;
}

/** Bulletins in date order, earliest first; scripts inside in the order given. */
export function groupBulletins<T extends AiredScript>(scripts: readonly T[], secondsOf: (script: T) => number): Bulletin<T>[] {
  const byDay = new Map<string, Bulletin<T>>();
  for (const script of scripts) {
    for (const date of script.data.airDates) {
      const id = isoDate(date);
      const bulletin = byDay.get(id) ?? { id, date, scripts: [], seconds: 0 };
      if (!bulletin.scripts.includes(script)) {
        bulletin.scripts.push(script);
        bulletin.seconds += secondsOf(script);
      }
      byDay.set(id, bulletin);
    }
  }
  return [...byDay.values()].sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** Upcoming bulletins (today included), next first; past ones, latest first. */
export function splitByDay<T>(bulletins: readonly Bulletin<T>[], today: Date): { upcoming: Bulletin<T>[]; past: Bulletin<T>[] } {
  const day = isoDate(today);
  return {
    upcoming: bulletins.filter((b) => b.id >= day),
    past: bulletins.filter((b) => b.id < day).reverse(),
  };
}

/** A script's air dates, earliest first. */
export const airDatesInOrder = (script: Pick<AiredScript, 'data'>): Date[] =>
  [...script.data.airDates].sort((a, b) => a.getTime() - b.getTime());

/** The next air date of a script on or after today, or its latest past one. */
export function nextAirDate(script: AiredScript, today: Date): Date | undefined {
  const day = isoDate(today);
  const sorted = airDatesInOrder(script);
  return sorted.find((d) => isoDate(d) >= day) ?? sorted.at(-1);
}
