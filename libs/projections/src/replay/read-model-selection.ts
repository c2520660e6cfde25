import { Queryable } from '../checkpoints/checkpoint.store';
import { ReadModel } from '../read-model';
import { UnknownReadModel } from './replay.errors';
import { ShadowSuffix, shadowOf, tableExists } from './shadow-tables';

/** The read models named (all of them when none is), in catalogue order, each once. */
export function selectReadModels(all: readonly ReadModel[], names: readonly string[]): ReadModel[] {
  if (names.length === 0) return [...all];
  const unknown = names.filter((name) => !all.some((model) => model.name === name));
  if (unknown.length > 0) throw new UnknownReadModel(unknown, all.map((model) => model.name));
  return all.filter((model) => names.includes(model.name));
}

/** Names of the read models that have a shadow of this suffix: a build under way, or stopped and waiting. */
export async function shadowsPresent(db: Queryable, all: readonly ReadModel[], suffix: ShadowSuffix): Promise<string[]> {
  const present: string[] = [];
  for (const model of all) if (await tableExists(db, shadowOf(model.table, suffix))) present.push(model.name);
  return present;
}
