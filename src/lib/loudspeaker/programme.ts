/** Scripts with their text and timing, and the bulletins they make: what the radio pages read. */
import { SCRIPT_LANGUAGE_LABELS, SCRIPT_LANGUAGE_NAMES, SCRIPT_LANGUAGES, type ScriptLanguage } from '#schemas/vocabulary.ts';
import { abbreviations } from './abbreviations.ts';
import { groupBulletins, splitByDay, type Bulletin } from './bulletin-days.ts';
import { getScripts, type Script } from '../content/queries.ts';
import { buildDay } from '../text/dates.ts';
import { toParagraphs, toPlainText } from './plain-text.ts';
import { countSyllables, readingSeconds } from './reading-time.ts';
import { toSpoken, type SpeechDictionary } from './speech/spoken-text.ts';
import { versionId } from './script-version-files.ts';
import { getVersionsByScript, type ScriptVersion } from './script-versions.ts';

/** A Tày or Nùng version, as written: no speech normaliser exists for these languages. */
export interface TimedVersion {
  /** "tyz/<script-id>" */
  id: string;
  language: ScriptLanguage;
  /** "Tiếng Tày" */
  label: string;
  data: ScriptVersion['data'];
  paragraphs: string[];
  text: string;
  syllables: number;
  seconds: number;
}

export interface TimedScript {
  script: Script;
  id: string;
  data: Script['data'];
  /** As the author wrote them: the reading view. */
  paragraphs: string[];
  /** As a text-to-speech loudspeaker must read them (src/lib/loudspeaker/speech/). */
  spoken: string[];
  /** The .txt copy: the spoken paragraphs. */
  text: string;
  /** Syllables as spoken, so a number counts as the words it is read as. */
  syllables: number;
  seconds: number;
  versions: TimedVersion[];
}

export function timeScript(
  script: Script,
  dictionary: SpeechDictionary = abbreviations(),
  versions: readonly ScriptVersion[] = [],
): TimedScript {
  const paragraphs = toParagraphs(script.body ?? '');
  const spoken = paragraphs.map((p) => toSpoken(p, dictionary));
  const syllables = countSyllables(spoken.join(' '));
  return {
    script,
    id: script.id,
    data: script.data,
    paragraphs,
    spoken,
    text: toPlainText(spoken),
    syllables,
    seconds: readingSeconds(syllables),
    versions: versions.map(timeVersion),
  };
}

export function timeVersion(version: ScriptVersion): TimedVersion {
  const { language } = versionId(version.id);
  const paragraphs = toParagraphs(version.body ?? '');
  const syllables = countSyllables(paragraphs.join(' '));
  return {
    id: version.id,
    language,
    label: SCRIPT_LANGUAGE_LABELS[language],
    data: version.data,
    paragraphs,
    text: toPlainText(paragraphs),
    syllables,
    seconds: readingSeconds(syllables),
  };
}

let cached: Promise<TimedScript[]> | undefined;
/** Approved scripts, timed, with their approved versions, in title order. */
export const getTimedScripts = () =>
  (cached ??= Promise.all([getScripts(), getVersionsByScript()]).then(([scripts, versions]) =>
    scripts.map((s) => timeScript(s, abbreviations(), versions.get(s.id))).sort((a, b) => a.data.title.localeCompare(b.data.title, 'vi')),
  ));

export async function getBulletins(): Promise<Bulletin<TimedScript>[]> {
  return groupBulletins(await getTimedScripts(), (s) => s.seconds);
}

/** Upcoming and past bulletins as of the day the site is built (BUILD_DATE, or today). */
export async function getBulletinsByDay() {
  return splitByDay(await getBulletins(), buildDay());
}

/** A bulletin's plain text: its scripts one after another, separated by a blank line. */
export function bulletinText(bulletin: Bulletin<TimedScript>): string {
  return toPlainText(bulletin.scripts.flatMap((s) => s.spoken));
}

/** The languages a bulletin can be heard in besides Vietnamese, each with how many of its scripts have it. */
export function bulletinLanguages(bulletin: Bulletin<TimedScript>): { language: ScriptLanguage; name: string; count: number }[] {
  const counts = new Map<ScriptLanguage, { language: ScriptLanguage; name: string; count: number }>();
  for (const version of bulletin.scripts.flatMap((s) => s.versions)) {
    const found = counts.get(version.language) ?? { language: version.language, name: SCRIPT_LANGUAGE_NAMES[version.language], count: 0 };
    found.count += 1;
    counts.set(version.language, found);
  }
  return [...counts.values()].sort((a, b) => SCRIPT_LANGUAGES.indexOf(a.language) - SCRIPT_LANGUAGES.indexOf(b.language));
}
