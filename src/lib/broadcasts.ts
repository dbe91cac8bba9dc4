/** Scripts with their text and timing, and the bulletins they make: what the radio pages read. */
import { groupBulletins, splitByDay, type Bulletin } from './bulletins.ts';
import { getScripts, type Script } from './content.ts';
import { today } from './dates.ts';
import { toParagraphs, toPlainText } from './plain-text.ts';
import { countSyllables, readingSeconds } from './reading-time.ts';

export interface TimedScript {
  script: Script;
  id: string;
  data: Script['data'];
  paragraphs: string[];
  text: string;
  syllables: number;
  seconds: number;
}

export function timeScript(script: Script): TimedScript {
  const paragraphs = toParagraphs(script.body ?? '');
  const syllables = countSyllables(paragraphs.join(' '));
  return { script, id: script.id, data: script.data, paragraphs, text: toPlainText(paragraphs), syllables, seconds: readingSeconds(syllables) };
}

let cached: Promise<TimedScript[]> | undefined;
/** Approved scripts, timed, in title order. */
export const getTimedScripts = () =>
  (cached ??= getScripts().then((scripts) => scripts.map(timeScript).sort((a, b) => a.data.title.localeCompare(b.data.title, 'vi'))));

export async function getBulletins(): Promise<Bulletin<TimedScript>[]> {
  return groupBulletins(await getTimedScripts(), (s) => s.seconds);
}

/** Upcoming and past bulletins as of the day the site is built. */
export async function getBulletinsByDay() {
  return splitByDay(await getBulletins(), today());
}

/** A bulletin's plain text: its scripts one after another, separated by a blank line. */
export function bulletinText(bulletin: Bulletin<TimedScript>): string {
  return toPlainText(bulletin.scripts.flatMap((s) => s.paragraphs));
}
