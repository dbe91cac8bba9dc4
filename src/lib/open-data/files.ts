/**
 * Every open-data file of the site, made once per build from the published lists of
 * src/lib/content/queries.ts (withdrawn consent, drafts and unapproved scripts already left out): the
 * endpoint writes them and /du-lieu/ lists them with their sizes.
 */
import { getTimedScripts } from '../loudspeaker/programme.ts';
import { getExemplars, getMovements, getPlans, getPractices, getUnits, getVillages, movementsOfPlan, once } from '../content/queries.ts';
import { EXEMPLARS, PRACTICES, PROGRESS, REPLICATIONS, RESULTS, SCRIPTS, type Dataset } from './datasets.ts';
import { fieldsOf, type FieldDoc } from './fields.ts';
import { checkRows, csvFile, jsonFile, schemaFile, type Publication } from './formats.ts';
import { exemplarRows, practiceRows, progressRows, replicationRows, resultRows, scriptRows, type Names } from './rows.ts';
import { progressOf } from '../plan/plan-progress.ts';
import { publisher, site } from '../site/settings.ts';
import { paths } from '../site/urls.ts';

export interface OpenDataFile {
  /** The file's path on the site, /du-lieu/…. */
  path: string;
  format: 'JSON' | 'CSV' | 'JSON Schema';
  body: string;
  bytes: number;
  /** Rows of data (items of a JSON file, lines after the header of a CSV). */
  rows: number;
}

export interface DatasetFiles {
  dataset: Dataset<unknown>;
  fields: FieldDoc[];
  json: OpenDataFile;
  csv: OpenDataFile;
  schema: OpenDataFile;
}

/** The filtered lists of one movement or one village. */
export interface ScopedFiles {
  id: string;
  name: string;
  /** The link text: which list it is ("Điển hình", "Nơi nhân rộng"). */
  files: { dataset: Dataset<unknown>; label: string; file: OpenDataFile }[];
}

export interface OpenData {
  publication: Publication;
  datasets: DatasetFiles[];
  movements: ScopedFiles[];
  villages: ScopedFiles[];
  /** Every file, for the endpoint. */
  files: OpenDataFile[];
}

const file = (path: string, format: OpenDataFile['format'], body: string, rows: number): OpenDataFile => ({
  path,
  format,
  body,
  rows,
  bytes: Buffer.byteLength(body),
});

export const openData = (): Promise<OpenData> =>
  once('open-data', async () => {
    const [exemplars, practices, scripts, movements, units, villages, plans] = await Promise.all([
      getExemplars(),
      getPractices(),
      getTimedScripts(),
      getMovements(),
      getUnits(),
      getVillages(),
      getPlans(),
    ]);
    const { license } = site();
    const base = import.meta.env.SITE;
    const publication: Publication = { base, publisher: publisher(), license };
    const names: Names = {
      movements: new Map(movements.map((m) => [m.id, m.data.name])),
      units: new Map(units.map((u) => [u.id, u.data.name])),
      villages: new Map(villages.map((v) => [v.id, v.data.name])),
      exemplars: new Map(exemplars.map((e) => [e.id, e.data.name])),
      practices: new Map(practices.map((p) => [p.id, p.data.title])),
    };
    const years = await Promise.all(
      plans.map(async (plan) => ({
        ...(await progressOf(plan)),
        leadUnits: new Map((await movementsOfPlan(plan)).map(({ movement, target }) => [movement.id, target.leadUnits.map((u) => u.id)])),
      })),
    );
    // Each list checked once against its row schema; every file below is written from these.
    const rows = {
      exemplars: checkRows(EXEMPLARS, exemplarRows(exemplars, practices, names, base)),
      practices: checkRows(PRACTICES, practiceRows(practices, exemplars, names, base)),
      results: checkRows(RESULTS, resultRows(practices, base)),
      replications: checkRows(REPLICATIONS, replicationRows(practices, names, base)),
      scripts: checkRows(SCRIPTS, scriptRows(scripts, names, base)),
      progress: checkRows(PROGRESS, progressRows(years, names, base)),
    };
    const whole = <Row>(dataset: Dataset<Row>, list: Row[]): DatasetFiles => ({
      dataset: dataset as Dataset<unknown>,
      fields: fieldsOf(dataset as Dataset<unknown>),
      json: file(paths.openDataFile(dataset.name, 'json'), 'JSON', jsonFile(dataset, list, publication), list.length),
      csv: file(paths.openDataFile(dataset.name, 'csv'), 'CSV', csvFile(dataset, list), list.length),
      schema: file(paths.openDataFile(dataset.name, 'schema.json'), 'JSON Schema', schemaFile(dataset as Dataset<unknown>, publication), 0),
    });
    const datasets = [
      whole(EXEMPLARS, rows.exemplars),
      whole(PRACTICES, rows.practices),
      whole(RESULTS, rows.results),
      whole(REPLICATIONS, rows.replications),
      whole(SCRIPTS, rows.scripts),
      whole(PROGRESS, rows.progress),
    ];
    const part = <Row>(dataset: Dataset<Row>, label: string, path: string, list: Row[]) => ({
      dataset: dataset as Dataset<unknown>,
      label,
      file: file(path, 'CSV', csvFile(dataset, list), list.length),
    });
    const byMovement = movements.map((m) => ({
      id: m.id,
      name: m.data.shortName,
      files: [
        part(
          EXEMPLARS,
          'Điển hình',
          paths.openDataOfMovement(m.id, EXEMPLARS.name),
          rows.exemplars.filter((e) => e.movement.id === m.id),
        ),
        part(
          PRACTICES,
          'Cách làm hay',
          paths.openDataOfMovement(m.id, PRACTICES.name),
          rows.practices.filter((p) => p.movements.some((x) => x.id === m.id)),
        ),
      ],
    }));
    const byVillage = villages.map((v) => ({
      id: v.id,
      name: v.data.name,
      files: [
        part(
          EXEMPLARS,
          'Điển hình',
          paths.openDataOfVillage(v.id, EXEMPLARS.name),
          rows.exemplars.filter((e) => e.village?.id === v.id),
        ),
        part(
          REPLICATIONS,
          'Nơi nhân rộng',
          paths.openDataOfVillage(v.id, REPLICATIONS.name),
          rows.replications.filter((r) => r.village?.id === v.id),
        ),
      ],
    }));
    const files = [
      ...datasets.flatMap((d) => [d.json, d.csv, d.schema]),
      ...[...byMovement, ...byVillage].flatMap((s) => s.files.map((f) => f.file)),
    ];
    return { publication, datasets, movements: byMovement, villages: byVillage, files };
  });
