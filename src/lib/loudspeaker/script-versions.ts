/**
 * Tày and Nùng versions of scripts, written by the station's staff:
 * `content/scripts/<lang>/<script-id>.mdx` (src/schemas/script-version.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { SCRIPT_APPROVED, SCRIPT_LANGUAGES } from '#schemas/vocabulary.ts';
import { getScripts, once } from '../content/queries.ts';
import { hasVersionFiles, versionId } from './script-version-files.ts';

export type ScriptVersion = CollectionEntry<'scriptVersions'>;

/** Approved versions of published scripts, by script id, in the order of SCRIPT_LANGUAGES. */
export const getVersionsByScript = () =>
  once('scriptVersions', async () => {
    const byScript = new Map<string, ScriptVersion[]>();
    if (!hasVersionFiles()) return byScript;
    const [versions, scripts] = await Promise.all([getCollection('scriptVersions'), getScripts()]);
    const published = new Set(scripts.map((s) => s.id));
    const order = (v: ScriptVersion) => SCRIPT_LANGUAGES.indexOf(versionId(v.id).language);
    for (const version of versions.sort((a, b) => order(a) - order(b))) {
      const { script } = versionId(version.id);
      if (version.data.status !== SCRIPT_APPROVED || !published.has(script)) continue;
      byScript.set(script, [...(byScript.get(script) ?? []), version]);
    }
    return byScript;
  });
