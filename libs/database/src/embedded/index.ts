export * from './embedded-postgres';
export { hydrateSymlinks, locateBinaries } from './binaries';
