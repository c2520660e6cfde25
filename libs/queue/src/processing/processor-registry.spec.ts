import { MissingJobHandlers, ProcessorRegistry } from './processor-registry';

describe('ProcessorRegistry', () => {
  const noop = async () => undefined;

  it('refuses to be complete while a catalogue job has no processor', () => {
    const registry = ProcessorRegistry.of({ 'advance-dossier': noop });
    expect(() => registry.assertComplete()).toThrow(MissingJobHandlers);
    expect(() => registry.assertComplete()).toThrow(expect.objectContaining({ jobNames: ['deliver-webhook', 'fire-deadline'] }));
  });

  it('is complete with a processor for every job', () =>
    expect(() => ProcessorRegistry.of({ 'advance-dossier': noop, 'deliver-webhook': noop, 'fire-deadline': noop }).assertComplete()).not.toThrow());

  it('refuses a second processor for the same job', () =>
    expect(() => new ProcessorRegistry().register('advance-dossier', noop).register('advance-dossier', noop)).toThrow(/already/));
});
