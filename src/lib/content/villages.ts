import { getExemplars, getVillages, once, practicesReplicatedIn } from './queries.ts';
import type { VillageCounts } from '../site/village-map.ts';

/** Every village with its published exemplars and the good practices replicated there, in the villages' order. */
export const villageCounts = (): Promise<VillageCounts[]> =>
  once('village-counts', async () => {
    const [villages, exemplars] = await Promise.all([getVillages(), getExemplars()]);
    const byVillage = new Map<string, number>();
    for (const e of exemplars) if (e.data.village) byVillage.set(e.data.village.id, (byVillage.get(e.data.village.id) ?? 0) + 1);
    return Promise.all(
      villages.map(async (v) => ({
        id: v.id,
        name: v.data.name,
        map: v.data.map,
        exemplars: byVillage.get(v.id) ?? 0,
        replicated: (await practicesReplicatedIn(v.id)).length,
      })),
    );
  });
