import { RecordedEvent } from '../event.types';
import { StreamLedger } from './stream-ledger';

describe('StreamLedger', () => {
  it('learns only events that continue the known prefix', () => {
    const knowledge = new StreamLedger(100).of('dossier-1');

    expect(knowledge.learn([stored('dossier-1', 1)])).toBe(false);
    expect(knowledge.learn([stored('dossier-1', 0), stored('dossier-1', 1)])).toBe(true);
    expect(knowledge.learn([stored('dossier-1', 1)])).toBe(false);

    expect(knowledge.revision).toBe(1);
    expect(knowledge.lastHash).toBe('hash-1');
    expect(knowledge.find('dossier-1@0')).toEqual({ revision: 0, position: 2 });
  });

  it('forgets the least recently used streams once it holds more ids than its bound', () => {
    const ledger = new StreamLedger(3);
    const [a, b] = [ledger.of('a-1'), ledger.of('b-1')];
    ledger.learn(a, [stored('a-1', 0), stored('a-1', 1)]);
    ledger.learn(b, [stored('b-1', 0)]);
    const c = ledger.of('c-1');

    ledger.learn(c, [stored('c-1', 0)]);

    expect(ledger.of('b-1')).toBe(b);
    expect(ledger.of('c-1')).toBe(c);
    expect(ledger.of('a-1')).not.toBe(a);
  });

  it('keeps a single stream even when it alone is over the bound', () => {
    const ledger = new StreamLedger(1);
    const only = ledger.of('a-1');

    ledger.learn(only, [stored('a-1', 0), stored('a-1', 1)]);

    expect(ledger.of('a-1')).toBe(only);
  });
});

function stored(stream: string, revision: number): RecordedEvent {
  return {
    id: `${stream}@${revision}`,
    stream,
    type: 'NoteAdded',
    schemaVersion: 1,
    data: {},
    metadata: {},
    recordedAt: new Date(0),
    revision,
    position: (revision + 1) * 2,
    hash: `hash-${revision}`,
  };
}
