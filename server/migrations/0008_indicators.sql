-- Monitoring and evaluation: the indicator framework (areas with framework and operational
-- indicators at level 1 and 2), assessment cycles that rate every indicator, recommendations of
-- assessments and international monitors with the measures that answer them, and drafts of the
-- next plan. Who sees what is decided by policies/indicators.ts: the Coordinator's office sees
-- everything, everyone logged in sees published cycles. No personal data is kept here.

CREATE TABLE indicator_areas (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL,
  title text NOT NULL,
  -- Marked in the framework as needing improvement; null: not recorded (a text copy of the
  -- assessment loses the green background that marks it).
  needs_improvement boolean,
  position integer NOT NULL,
  -- Where it came from: 'needs-assessment-2017' for the seed document, null when entered by hand.
  source text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX indicator_areas_code ON indicator_areas (code);

CREATE TABLE indicators (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  area_id uuid NOT NULL REFERENCES indicator_areas (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('framework', 'operational')),
  level integer NOT NULL CHECK (level IN (1, 2)),
  -- Order inside one cell of the grid (an area may have more than one indicator per column).
  position integer NOT NULL,
  text text NOT NULL,
  needs_improvement boolean,
  source text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (area_id, kind, level, position)
);

-- One assessment of the whole framework ("2017 assessment", "2024 assessment"). A draft is seen
-- by the Coordinator's office only; published, by everyone logged in, and no longer edited.
CREATE TABLE assessment_cycles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL,
  year integer CHECK (year BETWEEN 2000 AND 2100),
  description text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  published_at timestamptz,
  published_by uuid REFERENCES users (id),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'published') = (published_at IS NOT NULL))
);
CREATE UNIQUE INDEX assessment_cycles_title ON assessment_cycles (lower(title));

-- The rating of one indicator in one cycle; an indicator without a row is "not assessed".
CREATE TABLE indicator_assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cycle_id uuid NOT NULL REFERENCES assessment_cycles (id) ON DELETE CASCADE,
  indicator_id uuid NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  rating text NOT NULL DEFAULT 'not_assessed' CHECK (rating IN ('met', 'partly_met', 'not_met', 'not_assessed')),
  evidence text NOT NULL DEFAULT '',
  needs_improvement boolean NOT NULL DEFAULT false,
  -- Increases with every save: a save based on an older revision is a conflict.
  revision integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cycle_id, indicator_id)
);
CREATE INDEX indicator_assessments_indicator ON indicator_assessments (indicator_id);

-- What the rating rests on: entries of the reporting periods, and measures of a plan.
CREATE TABLE indicator_assessment_entries (
  assessment_id uuid NOT NULL REFERENCES indicator_assessments (id) ON DELETE CASCADE,
  entry_id uuid NOT NULL REFERENCES report_entries (id) ON DELETE CASCADE,
  PRIMARY KEY (assessment_id, entry_id)
);
CREATE INDEX indicator_assessment_entries_entry ON indicator_assessment_entries (entry_id);

CREATE TABLE indicator_assessment_measures (
  assessment_id uuid NOT NULL REFERENCES indicator_assessments (id) ON DELETE CASCADE,
  measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  PRIMARY KEY (assessment_id, measure_id)
);
CREATE INDEX indicator_assessment_measures_measure ON indicator_assessment_measures (measure_id);

-- Recommendations of assessments and of international monitors (GRETA, OSCE, the US TIP report).
CREATE TABLE recommendations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  source_kind text NOT NULL CHECK (source_kind IN ('assessment', 'greta', 'osce', 'us_tip', 'other')),
  -- The source as its reader names it: "Ehtiyacların qiymətləndirilməsi (2017)", "GRETA 2014, §51".
  source text NOT NULL,
  -- "A"…"Q" of the summary table, "3.1.4" of the detailed ones, a paragraph number, or none.
  code text,
  -- Part of the source it belongs to ("3.1 Müəyyənləşdirmə və istiqamətləndirmə").
  theme text NOT NULL DEFAULT '',
  -- The sentence that introduces its group in the source: what it is for.
  context text NOT NULL DEFAULT '',
  text text NOT NULL,
  area_id uuid REFERENCES indicator_areas (id) ON DELETE SET NULL,
  priority text CHECK (priority IN ('high', 'medium', 'low')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'planned', 'in_progress', 'implemented', 'not_accepted')),
  -- Marks of the survey respondents and seminar groups who chose it among their priorities; null
  -- where the copy does not say; marks whose column was lost are kept apart.
  survey_votes integer CHECK (survey_votes >= 0),
  seminar_votes integer CHECK (seminar_votes >= 0),
  unplaced_votes integer NOT NULL DEFAULT 0 CHECK (unplaced_votes >= 0),
  position integer NOT NULL DEFAULT 0,
  -- Set for recommendations loaded from a seed document, so loading again adds nothing twice.
  seed_key text UNIQUE,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recommendations_source ON recommendations (source_kind, source, position);

CREATE TABLE recommendation_measures (
  recommendation_id uuid NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
  measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  PRIMARY KEY (recommendation_id, measure_id)
);
CREATE INDEX recommendation_measures_measure ON recommendation_measures (measure_id);

-- A draft of the next plan: sections and items in the official table's columns, built from
-- recommendations and unfinished measures of a plan, then edited by hand.
CREATE TABLE draft_plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL,
  based_on_plan_id uuid REFERENCES plans (id) ON DELETE SET NULL,
  period_from integer CHECK (period_from BETWEEN 2000 AND 2100),
  period_to integer CHECK (period_to BETWEEN 2000 AND 2100),
  revision integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to)
);

CREATE TABLE draft_plan_sections (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  draft_id uuid NOT NULL REFERENCES draft_plans (id) ON DELETE CASCADE,
  code text NOT NULL,
  title text NOT NULL,
  position integer NOT NULL,
  UNIQUE (draft_id, position)
);

CREATE TABLE draft_plan_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  draft_id uuid NOT NULL REFERENCES draft_plans (id) ON DELETE CASCADE,
  section_id uuid NOT NULL REFERENCES draft_plan_sections (id) ON DELETE CASCADE,
  position integer NOT NULL,
  text text NOT NULL,
  -- The executing-bodies cell as it will be printed.
  executors text NOT NULL DEFAULT '',
  period_text text NOT NULL DEFAULT '',
  origin text NOT NULL CHECK (origin IN ('measure', 'recommendation', 'manual')),
  measure_id uuid REFERENCES measures (id) ON DELETE SET NULL,
  recommendation_id uuid REFERENCES recommendations (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX draft_plan_items_section ON draft_plan_items (section_id, position);

GRANT SELECT, INSERT, UPDATE, DELETE ON indicator_areas, indicators, assessment_cycles, indicator_assessments,
  indicator_assessment_entries, indicator_assessment_measures, recommendations, recommendation_measures,
  draft_plans, draft_plan_sections, draft_plan_items TO koordinator_app;
