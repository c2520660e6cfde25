export * from './calendar-days';
