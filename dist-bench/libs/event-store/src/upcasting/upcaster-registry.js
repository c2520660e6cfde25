"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UpcasterRegistry = void 0;
/**
 * Applies upcasters on read, one version step at a time, until no upcaster matches.
 * Stored rows never change: the hash chain is verified against the stored form.
 */
class UpcasterRegistry {
    steps = new Map();
    register(...upcasters) {
        for (const upcaster of upcasters) {
            const key = UpcasterRegistry.key(upcaster.type, upcaster.fromVersion);
            if (this.steps.has(key))
                throw new Error(`an upcaster for ${upcaster.type} v${upcaster.fromVersion} is already registered`);
            this.steps.set(key, upcaster);
        }
        return this;
    }
    get isEmpty() {
        return this.steps.size === 0;
    }
    apply(event) {
        let current = event;
        for (let step = this.steps.get(UpcasterRegistry.key(current.type, current.schemaVersion)); step;) {
            current = { ...current, data: step.upcast(current.data, current), schemaVersion: current.schemaVersion + 1 };
            step = this.steps.get(UpcasterRegistry.key(current.type, current.schemaVersion));
        }
        return current;
    }
    static key(type, version) {
        return `${type}@${version}`;
    }
}
exports.UpcasterRegistry = UpcasterRegistry;
//# sourceMappingURL=upcaster-registry.js.map