/**
 * A filing as ONE statement (data-modifying CTEs): the year's counter, the ticket (code and PIN
 * hash computed here, as formatTicketCode and hashPin make them), its attachments and its
 * `received` event. A statement is atomic, so a failed filing gives its number back (gap-free
 * codes), and the counter row is locked only while the server runs it and commits, never across
 * a round trip to the API: that lock is what bounds how many filings a second the system takes.
 */
export const INSERT_FILING_SQL = `
  WITH counter AS (
    INSERT INTO ticket_code_counter (year, last_seq) VALUES ($2, 1)
    ON CONFLICT (year) DO UPDATE SET last_seq = ticket_code_counter.last_seq + 1
    RETURNING last_seq, 'URP-' || $2 || '-' || lpad(last_seq::text, greatest(6, length(last_seq::text)), '0') AS code
  ),
  t AS (
    INSERT INTO ticket (id, code, year, seq, kind, channel, status, priority, subject, body, citizen_name,
                        citizen_email, citizen_phone, privacy_consent_at, pin_hash, created_by, received_at,
                        due_at, paused_ms, updated_at)
    SELECT $1, counter.code, $2, counter.last_seq, $3, $4, 'new', 'normal', $5, $6, $7, $8, $9, $10,
           sha256(convert_to(counter.code || ':' || $11, 'UTF8')), $12, $13, $14, 0, $13
    FROM counter
    RETURNING id, code
  ),
  attachments AS (
    INSERT INTO ticket_attachment (ticket_id, filename, content_type, size_bytes, sha256, content)
    SELECT t.id, f.filename, f.content_type, f.size_bytes, f.sha256, f.content
    FROM t, unnest($15::text[], $16::text[], $17::int[], $18::bytea[], $19::bytea[])
            AS f(filename, content_type, size_bytes, sha256, content)
  ),
  received AS (
    INSERT INTO ticket_event (ticket_id, type, at, actor_kind, actor_id, public, data)
    SELECT t.id, 'received', $13, CASE WHEN $12::uuid IS NULL THEN 'citizen' ELSE 'staff' END, $12, true,
           jsonb_build_object('channel', $4::text, 'kind', $3::text, 'attachments', cardinality($15::text[]))
    FROM t
  )
  SELECT code FROM t`;
