import { Migration } from '@app/database';

/**
 * `es_append` answers with the revision and position of the last event only, so a writer that
 * wants the events as stored had to read them back: a second round trip on every command. Their
 * hashes are the one thing it cannot compute without the stream's previous head, so this wrapper
 * appends exactly as `es_append` does (same checks, same errors) and also returns the hashes of
 * the events it wrote, read in the same transaction. An idempotent retry returns none: what is
 * stored there may have been written with other data, and the writer reads it if it needs it.
 */
export const appendReturningHashes: Migration = {
  component: 'event-store',
  version: 2,
  name: 'append returning the hashes of the events written',
  sql: `
CREATE OR REPLACE FUNCTION es_append_returning_hashes(
  p_stream text,
  p_expected_kind text,
  p_expected bigint,
  p_ids uuid[],
  p_types text[],
  p_versions integer[],
  p_data text[],
  p_metadata text[],
  p_recorded_at timestamptz,
  p_digests text[]
) RETURNS TABLE (out_revision bigint, out_position bigint, out_idempotent boolean, out_hashes text[])
LANGUAGE plpgsql AS $fn$
DECLARE
  v_result record;
BEGIN
  SELECT * INTO v_result FROM es_append(p_stream, p_expected_kind, p_expected, p_ids, p_types, p_versions, p_data, p_metadata, p_recorded_at, p_digests);
  RETURN QUERY SELECT v_result.out_revision, v_result.out_position, v_result.out_idempotent,
    CASE WHEN v_result.out_idempotent THEN NULL::text[] ELSE (
      SELECT array_agg(e.hash ORDER BY e.revision) FROM es_events e
       WHERE e.stream_name = p_stream
         AND e.revision > v_result.out_revision - array_length(p_ids, 1)
         AND e.revision <= v_result.out_revision
    ) END;
END
$fn$;
`,
};
