/** Organisation ids are short slugs chosen by administrators, e.g. `ministry-culture`. */
export const ORG_ID = /^[a-z0-9][a-z0-9_-]{1,62}$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
