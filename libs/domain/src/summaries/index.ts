export * from './evidence';
export * from './attainment';
export * from './value-combination';
export * from './year-report';
export * from './approved-dossiers';
export * from './summary';
export * from './summarise';
export * from './summary-dossier';
