import { RecordedEvent } from '../event.types';

/** Turns the data of one (type, schema version) into the next version's shape. Pure. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown, event: RecordedEvent): unknown;
}

/**
 * Applies upcasters on read, one version step at a time, until no upcaster matches.
 * Stored rows never change: the hash chain is verified against the stored form.
 */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Upcaster>();

  register(...upcasters: Upcaster[]): this {
    for (const upcaster of upcasters) {
      const key = UpcasterRegistry.key(upcaster.type, upcaster.fromVersion);
      if (this.steps.has(key)) throw new Error(`an upcaster for ${upcaster.type} v${upcaster.fromVersion} is already registered`);
      this.steps.set(key, upcaster);
    }
    return this;
  }

  get isEmpty(): boolean {
    return this.steps.size === 0;
  }

  apply<E extends RecordedEvent>(event: E): E {
    let current = event;
    for (let step = this.steps.get(UpcasterRegistry.key(current.type, current.schemaVersion)); step; ) {
      current = { ...current, data: step.upcast(current.data, current), schemaVersion: current.schemaVersion + 1 };
      step = this.steps.get(UpcasterRegistry.key(current.type, current.schemaVersion));
    }
    return current;
  }

  private static key(type: string, version: number): string {
    return `${type}@${version}`;
  }
}
