"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.eventStoreSchema = void 0;
/**
 * Events and stream heads, plus the append function.
 *
 * Global order. A position is (transaction id << 16) + index within the transaction. Readers only
 * see positions below (oldest transaction still running << 16), so an event becomes visible to
 * readAll and subscriptions only once nothing older can still commit: no reader ever skips an event
 * that commits late, and every reader sees the same order. Same-stream appends take a stream lock
 * before their transaction gets an id, so stream revisions follow global order too.
 *
 * Hash chain: the link step (see hashing/event-hash.ts) is computed here, under the stream lock,
 * from the previous event's hash and a content digest computed by the writer.
 */
exports.eventStoreSchema = {
    component: 'event-store',
    version: 1,
    name: 'events, streams and append function',
    sql: `
CREATE TABLE IF NOT EXISTS es_streams (
  stream_name text PRIMARY KEY,
  revision bigint NOT NULL,
  last_hash text NOT NULL
);

CREATE TABLE IF NOT EXISTS es_events (
  position bigint PRIMARY KEY,
  event_id uuid NOT NULL,
  stream_name text NOT NULL,
  revision bigint NOT NULL,
  type text NOT NULL,
  schema_version integer NOT NULL,
  data json NOT NULL,
  metadata json NOT NULL,
  recorded_at timestamptz NOT NULL,
  hash text NOT NULL,
  CONSTRAINT es_events_event_id_key UNIQUE (event_id),
  CONSTRAINT es_events_stream_revision_key UNIQUE (stream_name, revision)
);

CREATE OR REPLACE FUNCTION es_visible_below() RETURNS bigint
LANGUAGE sql STABLE AS $fn$
  SELECT (pg_snapshot_xmin(pg_current_snapshot())::text::bigint) << 16
$fn$;

CREATE OR REPLACE FUNCTION es_append(
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
) RETURNS TABLE (out_revision bigint, out_position bigint, out_idempotent boolean)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_count integer := array_length(p_ids, 1);
  v_current bigint;
  v_hash text;
  v_found integer;
  v_first record;
  v_base bigint;
  v_revision bigint;
  v_position bigint;
BEGIN
  -- Taken before this transaction has an id, so the transaction that appends after us on this
  -- stream always gets a larger id, hence larger positions.
  PERFORM pg_advisory_xact_lock(7302, hashtext(p_stream));

  SELECT s.revision, s.last_hash INTO v_current, v_hash FROM es_streams s WHERE s.stream_name = p_stream;

  SELECT count(*) INTO v_found FROM es_events e WHERE e.event_id = ANY (p_ids);
  IF v_found > 0 THEN
    -- A retry is idempotent only if every id sits, in order, at consecutive revisions of this stream.
    SELECT e.stream_name, e.revision INTO v_first FROM es_events e WHERE e.event_id = p_ids[1];
    IF v_found = v_count AND v_first.stream_name = p_stream
       AND (SELECT bool_and(e.stream_name = p_stream AND e.revision = v_first.revision + t.ord - 1)
              FROM unnest(p_ids) WITH ORDINALITY AS t(id, ord) JOIN es_events e ON e.event_id = t.id)
       AND (p_expected_kind IN ('any', 'stream_exists')
            OR (p_expected_kind = 'no_stream' AND v_first.revision = 0)
            OR (p_expected_kind = 'exact' AND v_first.revision = p_expected + 1)) THEN
      RETURN QUERY SELECT e.revision, e.position, true FROM es_events e
        WHERE e.event_id = p_ids[v_count];
      RETURN;
    END IF;
    SELECT t.id, e.stream_name, e.revision INTO v_first
      FROM unnest(p_ids) WITH ORDINALITY AS t(id, ord) JOIN es_events e ON e.event_id = t.id
      ORDER BY t.ord LIMIT 1;
    RAISE EXCEPTION 'duplicate event id' USING ERRCODE = 'P0E02',
      DETAIL = json_build_object('eventId', v_first.id, 'stream', v_first.stream_name, 'revision', v_first.revision)::text;
  END IF;

  IF (p_expected_kind = 'exact' AND v_current IS DISTINCT FROM p_expected)
     OR (p_expected_kind = 'no_stream' AND v_current IS NOT NULL)
     OR (p_expected_kind = 'stream_exists' AND v_current IS NULL) THEN
    RAISE EXCEPTION 'wrong expected revision' USING ERRCODE = 'P0E01',
      DETAIL = json_build_object('actual', v_current)::text;
  END IF;

  v_base := (pg_current_xact_id()::text::bigint) << 16;
  -- Several appends in one transaction continue the index instead of colliding.
  SELECT coalesce(max(e.position) + 1, v_base) INTO v_position
    FROM es_events e WHERE e.position >= v_base AND e.position < v_base + 65536;
  v_revision := coalesce(v_current, -1);
  v_hash := coalesce(v_hash, repeat('0', 64));

  FOR i IN 1 .. v_count LOOP
    v_revision := v_revision + 1;
    v_hash := encode(sha256(convert_to(v_hash || E'\\n' || v_revision::text || E'\\n' || p_digests[i], 'UTF8')), 'hex');
    INSERT INTO es_events (position, event_id, stream_name, revision, type, schema_version, data, metadata, recorded_at, hash)
      VALUES (v_position, p_ids[i], p_stream, v_revision, p_types[i], p_versions[i], p_data[i]::json, p_metadata[i]::json, p_recorded_at, v_hash);
    v_position := v_position + 1;
  END LOOP;

  INSERT INTO es_streams AS s (stream_name, revision, last_hash) VALUES (p_stream, v_revision, v_hash)
    ON CONFLICT (stream_name) DO UPDATE SET revision = EXCLUDED.revision, last_hash = EXCLUDED.last_hash;

  RETURN QUERY SELECT v_revision, v_position - 1, false;
END
$fn$;
`,
};
//# sourceMappingURL=001-event-store.migration.js.map