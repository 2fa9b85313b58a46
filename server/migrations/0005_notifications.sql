-- Notifications in the application (and by e-mail when SMTP is configured): reminders before a
-- reporting due date, for late bodies, and news of an entry's review.

CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('report_due_soon', 'report_late', 'entry_returned')),
  -- What the message names: period, entry, measure code, due date, counts. Never personal data.
  params jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_user ON notifications (user_id, created_at DESC);

-- When a reminder went to a body, so that it is not repeated too often.
CREATE TABLE reminder_log (
  period_id uuid NOT NULL REFERENCES reporting_periods (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kind text NOT NULL,
  sent_on date NOT NULL,
  PRIMARY KEY (period_id, organisation_id, kind, sent_on)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON notifications TO koordinator_app;
GRANT SELECT, INSERT ON reminder_log TO koordinator_app;
