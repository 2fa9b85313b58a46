-- Coordination meetings: the Interagency Commission, the Working Group at the Coordinator and
-- ad-hoc meetings, with their agenda (items may point to measures), the invited bodies with their
-- standing and attendance, the persons, the minutes, the decisions, and the action items that
-- decisions give to bodies. Who sees what is decided by the application's row rules
-- (server/src/policies/meetings.ts): a meeting by its invited bodies and the Coordinator's office,
-- an action item by its responsible body and the Coordinator's office.

CREATE TABLE meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('commission', 'working_group', 'ad_hoc')),
  title text NOT NULL,
  held_on date NOT NULL,
  -- Baku wall-clock time; none when only the day is known.
  starts_at time,
  place text,
  online_url text,
  -- Formatted text in the report entries' markup (paragraphs, lists, bold): never rendered as HTML.
  minutes text NOT NULL DEFAULT '',
  -- Increases with every save: a save based on an older revision is a conflict, never an overwrite.
  revision integer NOT NULL DEFAULT 0,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meetings_held_on ON meetings (held_on DESC);

-- The invited bodies: members or observers (NGOs may be either), and whether each was present.
CREATE TABLE meeting_bodies (
  meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  standing text NOT NULL CHECK (standing IN ('member', 'observer')),
  present boolean NOT NULL DEFAULT false,
  PRIMARY KEY (meeting_id, organisation_id)
);
CREATE INDEX meeting_bodies_organisation ON meeting_bodies (organisation_id);

-- Invited persons, named as written, with the body they come from and whether they were present.
CREATE TABLE meeting_persons (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position integer NOT NULL,
  name text NOT NULL,
  organisation_id uuid REFERENCES organisations (id),
  present boolean NOT NULL DEFAULT false,
  UNIQUE (meeting_id, position)
);

-- Agenda items in order; their ids outlive reordering, so decisions keep pointing at them.
CREATE TABLE meeting_agenda_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position integer NOT NULL,
  title text NOT NULL,
  UNIQUE (meeting_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE meeting_agenda_measures (
  agenda_item_id uuid NOT NULL REFERENCES meeting_agenda_items (id) ON DELETE CASCADE,
  measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  PRIMARY KEY (agenda_item_id, measure_id)
);
CREATE INDEX meeting_agenda_measures_measure ON meeting_agenda_measures (measure_id);

-- Decisions, numbered within their meeting; a number once given is not given again.
CREATE TABLE meeting_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number > 0),
  text text NOT NULL,
  agenda_item_id uuid REFERENCES meeting_agenda_items (id) ON DELETE SET NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (meeting_id, number)
);
CREATE INDEX meeting_decisions_agenda_item ON meeting_decisions (agenda_item_id);

-- What a decision asks of one body, by when, and how far it has got.
CREATE TABLE meeting_action_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  decision_id uuid NOT NULL REFERENCES meeting_decisions (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  -- What the body is to do, when the decision's text does not say it alone.
  task text NOT NULL DEFAULT '',
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
  note text NOT NULL DEFAULT '',
  revision integer NOT NULL DEFAULT 0,
  -- When it was marked done or cancelled; cleared when it is opened again.
  closed_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meeting_action_items_decision ON meeting_action_items (decision_id);
CREATE INDEX meeting_action_items_organisation ON meeting_action_items (organisation_id, due_on);
CREATE INDEX meeting_action_items_pending ON meeting_action_items (due_on) WHERE status IN ('open', 'in_progress');

GRANT SELECT, INSERT, UPDATE, DELETE ON meetings, meeting_bodies, meeting_persons, meeting_agenda_items,
  meeting_agenda_measures, meeting_decisions, meeting_action_items TO koordinator_app;
