import { JOB_NAMES, JobName } from '../catalogue/job-catalogue';
import { JobHandler, JobHandlers } from './job-handler';

export class MissingJobHandlers extends Error {
  constructor(readonly jobNames: readonly JobName[]) {
    super(`no processor for job ${jobNames.join(', ')}: every job in the catalogue needs one before the workers start`);
    this.name = 'MissingJobHandlers';
  }
}

/**
 * Which processor runs which job. Registration is per name; `assertComplete` refuses a registry
 * that leaves any catalogue job without a processor, so a job that was added to the catalogue but
 * never wired fails the boot instead of sitting in Redis unprocessed.
 */
export class ProcessorRegistry {
  private readonly handlers = new Map<JobName, JobHandler<never>>();

  static of(handlers: Partial<JobHandlers>): ProcessorRegistry {
    const registry = new ProcessorRegistry();
    for (const name of Object.keys(handlers) as JobName[]) {
      const handler = handlers[name];
      if (handler) registry.register(name, handler as JobHandler<typeof name>);
    }
    return registry;
  }

  register<N extends JobName>(name: N, handler: JobHandler<N>): this {
    if (this.handlers.has(name)) throw new Error(`job ${name} already has a processor`);
    this.handlers.set(name, handler as JobHandler<never>);
    return this;
  }

  assertComplete(): void {
    const missing = JOB_NAMES.filter((name) => !this.handlers.has(name));
    if (missing.length > 0) throw new MissingJobHandlers(missing);
  }

  handlerFor<N extends JobName>(name: N): JobHandler<N> {
    const handler = this.handlers.get(name);
    if (!handler) throw new MissingJobHandlers([name]);
    return handler as unknown as JobHandler<N>;
  }
}
