export const SETTINGS = Symbol('Settings');
export const PG_POOL = Symbol('PgPool');
export const REDIS = Symbol('Redis');
