import { JOB_NAMES } from '../catalogue/job-catalogue';
import { MissingJobHandlers, ProcessorRegistry } from './processor-registry';

describe('ProcessorRegistry', () => {
  const noop = async () => undefined;

  it('refuses to be complete while a catalogue job has no processor', () => {
    const registry = ProcessorRegistry.of({ 'advance-dossier': noop });
    expect(() => registry.assertComplete()).toThrow(MissingJobHandlers);
    expect(() => registry.assertComplete()).toThrow(expect.objectContaining({ jobNames: JOB_NAMES.filter((name) => name !== 'advance-dossier') }));
  });

  it('is complete with a processor for every job', () =>
    expect(() => ProcessorRegistry.of(Object.fromEntries(JOB_NAMES.map((name) => [name, noop]))).assertComplete()).not.toThrow());

  it('refuses a second processor for the same job', () =>
    expect(() => new ProcessorRegistry().register('advance-dossier', noop).register('advance-dossier', noop)).toThrow(/already/));
});
