-- The register of events (trainings, seminars, campaigns, broadcasts, materials distributed,
-- meetings…), shared with the activities of report entries, and the donors' support matched to
-- the needs the bodies state in their reports. See docs/decisions/016-event-register.md.

-- One row per event. An activity of an accepted report entry is an event here: its id is the
-- event's id, the entry is named in entry_id, and its facts (kind, title, dates, place,
-- participants, partners) come from the entry. Events recorded directly in the register have no
-- entry until a body reports them.
CREATE TABLE events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organiser_id uuid NOT NULL REFERENCES organisations (id),
  origin text NOT NULL CHECK (origin IN ('register', 'report')),
  entry_id uuid REFERENCES report_entries (id) ON DELETE SET NULL,
  kind text NOT NULL CHECK (kind IN ('training', 'seminar', 'awareness', 'campaign', 'broadcast', 'materials', 'meeting',
                                     'legal_draft', 'inspection', 'research', 'international', 'assistance', 'other')),
  title text NOT NULL,
  date_from date,
  date_to date,
  -- The year the event counts in: of its first day, or of the reporting period when it has no date.
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  place text,
  participants integer CHECK (participants >= 0),
  women integer CHECK (women >= 0),
  men integer CHECK (men >= 0),
  partners text[] NOT NULL DEFAULT '{}',
  audiences text[] NOT NULL DEFAULT '{}' CHECK (audiences <@ ARRAY['police', 'judges', 'prosecutors', 'border_guards', 'labour_inspectors',
                                                                   'medical_staff', 'teachers', 'tourism_staff', 'migrants', 'pupils', 'general_public']),
  -- Participants by organisation: [{ organisationId, name, participants, women, men }].
  participant_groups jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Materials: [{ title, copies }]; languages as codes (az, ru, en, …).
  materials jsonb NOT NULL DEFAULT '[]'::jsonb,
  languages text[] NOT NULL DEFAULT '{}',
  -- People an awareness event reached (audience of a broadcast, recipients of materials).
  reach integer CHECK (reach >= 0),
  -- Pre- and post-test scores of a training, per participant or in aggregate (see knowledge-gain.ts).
  assessment jsonb,
  notes text NOT NULL DEFAULT '',
  revision integer NOT NULL DEFAULT 0,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (date_to IS NULL OR date_from IS NULL OR date_to >= date_from)
);
CREATE INDEX events_year ON events (year, organiser_id);
CREATE INDEX events_entry ON events (entry_id) WHERE entry_id IS NOT NULL;
CREATE INDEX events_audiences ON events USING gin (audiences);

CREATE TABLE event_measures (
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, measure_id)
);
CREATE INDEX event_measures_measure ON event_measures (measure_id);

-- The short evaluation questionnaire (4.8.4): organisers and participants rate each event 1–5.
CREATE TABLE event_evaluations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  respondent text NOT NULL CHECK (respondent IN ('organiser', 'participant')),
  relevance smallint CHECK (relevance BETWEEN 1 AND 5),
  clarity smallint CHECK (clarity BETWEEN 1 AND 5),
  organisation smallint CHECK (organisation BETWEEN 1 AND 5),
  usefulness smallint CHECK (usefulness BETWEEN 1 AND 5),
  comment text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_evaluations_event ON event_evaluations (event_id);

-- Donors and partners, and the support each offers.
CREATE TABLE donors (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('international_organisation', 'embassy', 'foundation', 'company', 'other')),
  country text,
  website text,
  notes text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX donors_name ON donors (lower(name));

CREATE TABLE supports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  donor_id uuid NOT NULL REFERENCES donors (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('technical', 'material', 'financial', 'methodological', 'advisory')),
  description text NOT NULL,
  amount numeric(16, 2) CHECK (amount >= 0),
  currency text,
  starts_on date,
  ends_on date,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX supports_donor ON supports (donor_id);

-- The bodies and measures a support concerns: a body sees a support (and its donor) only when named here.
CREATE TABLE support_organisations (
  support_id uuid NOT NULL REFERENCES supports (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  PRIMARY KEY (support_id, organisation_id)
);
CREATE INDEX support_organisations_organisation ON support_organisations (organisation_id);

CREATE TABLE support_measures (
  support_id uuid NOT NULL REFERENCES supports (id) ON DELETE CASCADE,
  measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  PRIMARY KEY (support_id, measure_id)
);
CREATE INDEX support_measures_measure ON support_measures (measure_id);

-- A need named in a report entry (its place in the entry's needs, and what it said when matched)
-- met by a support. The text kept lets the match find its need again if the list is reordered.
CREATE TABLE need_matches (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entry_id uuid NOT NULL REFERENCES report_entries (id) ON DELETE CASCADE,
  need_position integer NOT NULL CHECK (need_position >= 0),
  need_kind text NOT NULL,
  need_description text NOT NULL,
  support_id uuid NOT NULL REFERENCES supports (id) ON DELETE CASCADE,
  note text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (entry_id, need_position, support_id)
);
CREATE INDEX need_matches_support ON need_matches (support_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON events, event_measures, event_evaluations, donors, supports, support_organisations,
  support_measures, need_matches TO koordinator_app;
