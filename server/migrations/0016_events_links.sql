-- A report entry that reports an event of the register organised by another body, or by the
-- same body under another measure (a training two bodies held together): the entry points at the
-- event instead of making a copy, so the event stays one row, counted once in every total. See
-- docs/decisions/021-linked-event-reports.md.
CREATE TABLE event_reports (
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  entry_id uuid NOT NULL REFERENCES report_entries (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  linked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_id, entry_id)
);
CREATE INDEX event_reports_entry ON event_reports (entry_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON event_reports TO koordinator_app;
