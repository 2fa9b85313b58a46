-- Implementation reporting: reporting periods of a plan, one entry per measure and reporting
-- body, the versions each submission leaves behind, and the reviews of the secretariat.

CREATE TABLE reporting_periods (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('year', 'half_year')),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  half integer CHECK (half IN (1, 2)),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  CHECK ((kind = 'year') = (half IS NULL)),
  UNIQUE (plan_id, year, half)
);

-- One entry per measure and body that takes part in it (executor, involved party, recommended).
CREATE TABLE report_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  period_id uuid NOT NULL REFERENCES reporting_periods (id) ON DELETE CASCADE,
  measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  role text NOT NULL CHECK (role IN ('executor', 'involved', 'recommended')),
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'accepted', 'returned')),
  status text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done', 'continuing')),
  -- Formatted text in a small markup (paragraphs, lists, bold): never rendered as HTML.
  narrative text NOT NULL DEFAULT '',
  activities jsonb NOT NULL DEFAULT '[]'::jsonb,
  figures jsonb NOT NULL DEFAULT '[]'::jsonb,
  needs jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Increases with every save: a save based on an older revision is a conflict, never an overwrite.
  revision integer NOT NULL DEFAULT 0,
  submitted_version integer NOT NULL DEFAULT 0,
  submitted_at timestamptz,
  late boolean NOT NULL DEFAULT false,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (period_id, measure_id, organisation_id)
);
CREATE INDEX report_entries_organisation ON report_entries (period_id, organisation_id);
CREATE INDEX report_entries_measure ON report_entries (measure_id);

-- What each step of the workflow left behind: the submitted content, and the reviewer's word.
CREATE TABLE report_entry_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entry_id uuid NOT NULL REFERENCES report_entries (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('submitted', 'accepted', 'returned', 'reopened')),
  version integer NOT NULL,
  snapshot jsonb,
  comment text,
  by_user uuid REFERENCES users (id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_entry_events_entry ON report_entry_events (entry_id, at);

GRANT SELECT, INSERT, UPDATE, DELETE ON reporting_periods, report_entries, report_entry_events TO koordinator_app;
