-- Documents a body attaches to a report entry (PDF, Word, Excel, images), type checked by content.

CREATE TABLE report_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entry_id uuid NOT NULL REFERENCES report_entries (id) ON DELETE CASCADE,
  file_name text NOT NULL,
  media_type text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_attachments_entry ON report_attachments (entry_id, created_at);

GRANT SELECT, INSERT, DELETE ON report_attachments TO koordinator_app;
