-- Action plans: plans with their chapters, sections, measures, sub-actions and participants;
-- remembered name mappings, imports, wording differences between sources, corrections history
-- and continuation links between plans. Plans are public documents: no row-level security.

CREATE TABLE plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL,
  -- Normalised title: a second source of the same plan is recognised by it.
  title_key text NOT NULL,
  act_kind text,
  act_number text,
  act_date date,
  period_from date,
  period_to date,
  notes text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX plans_title_key ON plans (title_key);

CREATE TABLE plan_chapters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position integer NOT NULL,
  number text,
  title text NOT NULL,
  body text NOT NULL,
  UNIQUE (plan_id, position)
);

CREATE TABLE plan_sections (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  code text NOT NULL,
  title text NOT NULL,
  position integer NOT NULL,
  UNIQUE (plan_id, code)
);

CREATE TABLE measures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  section_id uuid NOT NULL REFERENCES plan_sections (id) ON DELETE CASCADE,
  code text NOT NULL,
  position integer NOT NULL,
  text text NOT NULL,
  period_kind text CHECK (period_kind IN ('range', 'year', 'month', 'ongoing')),
  period_from date,
  period_to date,
  period_text text,
  confidence real NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, code)
);
CREATE INDEX measures_plan_position ON measures (plan_id, position);

CREATE TABLE measure_sub_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  position integer NOT NULL,
  text text NOT NULL,
  period_kind text CHECK (period_kind IN ('range', 'year', 'month', 'ongoing')),
  period_from date,
  period_to date,
  period_text text,
  UNIQUE (measure_id, position)
);

-- Executors, involved parties, generic entries and recommended participants of a measure.
-- The name is kept as written; organisation_id is null until the name is recognised or mapped.
CREATE TABLE measure_participants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  position integer NOT NULL,
  role text NOT NULL CHECK (role IN ('executor', 'involved', 'generic', 'recommended')),
  name text NOT NULL,
  name_key text NOT NULL,
  organisation_id uuid REFERENCES organisations (id),
  generic_key text
);
CREATE INDEX measure_participants_measure ON measure_participants (measure_id, position);
CREATE INDEX measure_participants_organisation ON measure_participants (organisation_id);
CREATE INDEX measure_participants_unmatched ON measure_participants (name_key) WHERE organisation_id IS NULL AND role <> 'generic';

-- A name an administrator mapped to an organisation by hand; applied at every later import.
CREATE TABLE organisation_name_mappings (
  name_key text PRIMARY KEY,
  name text NOT NULL,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- An uploaded document between preview and confirmation, and the record of a confirmed import.
CREATE TABLE plan_imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid REFERENCES plans (id) ON DELETE SET NULL,
  status text NOT NULL CHECK (status IN ('previewed', 'applied', 'discarded')),
  file_name text NOT NULL,
  media_type text,
  sha256 text NOT NULL,
  content bytea,
  format text,
  layout text,
  summary jsonb NOT NULL DEFAULT '{}'::jsonb,
  warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  applied_at timestamptz
);
CREATE INDEX plan_imports_plan ON plan_imports (plan_id, created_at);

-- Where two sources of one plan word a measure differently: kept for a person to choose.
CREATE TABLE measure_wording_variants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  import_id uuid REFERENCES plan_imports (id) ON DELETE SET NULL,
  proposed_text text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'taken')),
  resolved_by uuid REFERENCES users (id),
  resolved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX measure_wording_variants_open ON measure_wording_variants (measure_id, md5(proposed_text));

-- Corrections of a measure, with what it was before and after.
CREATE TABLE measure_revisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz NOT NULL DEFAULT now(),
  source text NOT NULL CHECK (source IN ('edit', 'import', 'wording_choice')),
  before jsonb NOT NULL,
  after jsonb NOT NULL,
  reason text
);
CREATE INDEX measure_revisions_measure ON measure_revisions (measure_id, changed_at);

-- A measure that continues a measure of an earlier plan.
CREATE TABLE measure_links (
  measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  continues_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (measure_id, continues_id),
  CHECK (measure_id <> continues_id)
);
CREATE INDEX measure_links_continues ON measure_links (continues_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON plans, plan_chapters, plan_sections, measures, measure_sub_actions,
  measure_participants, organisation_name_mappings, plan_imports, measure_wording_variants, measure_revisions,
  measure_links TO koordinator_app;
