export * from './tokens';
export * from './runtime-context';
export * from './platform.module';
export * from './start-process';
export * from './root.module';
export * from './log-levels';
