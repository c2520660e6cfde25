import { DossierCreated } from '@app/domain';
import { EventStore } from '@app/event-store';

/**
 * Which unit owns a dossier: named only by its first event, so it is read once per dossier and
 * kept (an owner never changes). Bounded, dropping the oldest entries, to cap memory.
 */
export class DossierOwners {
  private readonly owners = new Map<string, string>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = 10_000,
  ) {}

  async ownerOf(stream: string): Promise<string | undefined> {
    const known = this.owners.get(stream);
    if (known !== undefined) return known;
    const [first] = await this.store.readStream(stream, { from: 0, to: 0 });
    if (first?.type !== 'DossierCreated') return undefined;
    const owner = (first.data as DossierCreated['data']).orgId;
    this.owners.set(stream, owner);
    if (this.owners.size > this.capacity) this.owners.delete(this.owners.keys().next().value!);
    return owner;
  }
}
