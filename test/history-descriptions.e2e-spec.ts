import { DOSSIER_EVENT_TYPES } from '@app/domain';
import { DossierReader } from '../apps/api/src/dossiers/dossier-reader';
import { readHistory, recordedHistories } from './golden/golden-files';
import { GoldenWorld } from './golden/golden-world';

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/**
 * Every golden history's dossiers read through the API's history: every event type of a dossier
 * appears somewhere in them, and every line has its sentence in English and Vietnamese and the
 * rule-set version in force.
 */
describe('history of every kind of dossier event', () => {
  type Entry = Awaited<ReturnType<DossierReader['history']>>[number];
  const entries: Entry[] = [];

  beforeAll(async () => {
    for (const name of recordedHistories()) {
      const world = await GoldenWorld.open();
      try {
        await world.append(readHistory(name));
        const reader = new DossierReader(world.store);
        const streams = [...new Set((await world.log()).map((event) => event.stream))].filter((stream) => stream.startsWith('dossier-'));
        for (const stream of streams) entries.push(...(await reader.history(stream.slice('dossier-'.length))));
      } finally {
        await world.close();
      }
    }
  });

  it('covers every dossier event type', () => {
    expect([...new Set(entries.map((entry) => entry.type))].sort()).toEqual([...DOSSIER_EVENT_TYPES].sort());
  });

  it.each([...DOSSIER_EVENT_TYPES])('describes %s in both languages, with actor, role, organisation and rule set', (type) => {
    const ofType = entries.filter((entry) => entry.type === type);
    expect(ofType.length).toBeGreaterThan(0);
    for (const entry of ofType) {
      expect(entry.description.en).toMatch(/^\S.*\.$/);
      expect(entry.description.vi).toMatch(VIETNAMESE);
      expect(`${entry.description.en} ${entry.description.vi}`).not.toMatch(/undefined|\[object|NaN/);
      expect(entry.actor).toEqual(expect.any(String));
      expect(entry.role).toEqual(expect.any(String));
      if (type !== 'DossierCreated' && type !== 'DossierEdited') expect(entry.ruleSetVersion).toMatch(/^vn-ec-\d{4}\.\d{2}$/);
    }
  });

  it('has no rule-set version before the first submission', () => {
    expect(entries.filter((entry) => entry.type === 'DossierCreated').map((entry) => entry.ruleSetVersion)).toEqual(
      entries.filter((entry) => entry.type === 'DossierCreated').map(() => null),
    );
  });
});
