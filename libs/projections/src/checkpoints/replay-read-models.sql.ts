/**
 * SQL closing a migration that changes what the read models hold: empties every one of `tables`
 * that exists yet and drops the runner's checkpoint, so the log is replayed into them from the
 * start. The list is fixed per migration (its text is checksummed once applied).
 */
export function replayReadModelsSql(tables: readonly string[]): string {
  const names = tables.map((table) => `'${table}'`).join(', ');
  return `DO $$
DECLARE
  read_model text;
BEGIN
  FOREACH read_model IN ARRAY ARRAY[${names}] LOOP
    IF to_regclass(read_model) IS NOT NULL THEN
      EXECUTE format('TRUNCATE %I', read_model);
    END IF;
  END LOOP;
END $$;
DELETE FROM checkpoints WHERE name = 'read-models';
`;
}
