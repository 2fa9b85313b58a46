-- Repatriation and compensation of victims (National Referral Mechanism).
--
-- Repatriation: an Azerbaijani citizen found abroad brought home, or a foreign victim returned to
-- their country, through fixed steps of its direction (common/src/repatriation.ts). The steps are
-- created with it, planned, then done on a day; at most one repatriation of a case is open at once.
CREATE TABLE case_repatriations (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  direction text NOT NULL CHECK (direction IN ('to_azerbaijan', 'to_home_country')),
  -- Where the person is returned from (to_azerbaijan) or to (to_home_country): ISO 3166-1 alpha-2.
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$' AND country <> 'AZ'),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'completed', 'cancelled')),
  opened_on date NOT NULL,
  completed_on date,
  cancelled_on date,
  cancel_reason_sealed text,
  revision integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'completed') = (completed_on IS NOT NULL)),
  CHECK ((status = 'cancelled') = (cancelled_on IS NOT NULL AND cancel_reason_sealed IS NOT NULL))
);
CREATE UNIQUE INDEX case_repatriations_one_open ON case_repatriations (case_id) WHERE status IN ('planned', 'in_progress');
CREATE INDEX case_repatriations_case ON case_repatriations (case_id, opened_on);

CREATE TABLE case_repatriation_steps (
  id uuid PRIMARY KEY,
  repatriation_id uuid NOT NULL REFERENCES case_repatriations (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL CHECK (kind IN ('consent', 'consulate_contact', 'return_certificate', 'travel_document', 'risk_assessment',
    'travel', 'reception', 'departure', 'handover')),
  position integer NOT NULL,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done')),
  planned_on date,
  done_on date,
  -- The consulate or embassy, the body that received the person, the organisation handed over to.
  body_name text,
  -- Number of the return certificate or travel document: sealed.
  document_sealed text,
  means text CHECK (means IN ('air', 'land', 'sea')),
  escorted boolean,
  note_sealed text,
  revision integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (repatriation_id, kind),
  CHECK ((status = 'done') = (done_on IS NOT NULL))
);
CREATE INDEX case_repatriation_steps_repatriation ON case_repatriation_steps (repatriation_id, position);

-- Compensation: a claim against the perpetrators (in the criminal or a civil proceeding) or to the
-- state Assistance Fund, its decision and the payments made on it. Amounts are AZN, exact numerics.
-- The court's figure in a proceeding (proceedings.compensation_ordered) stays where it is; a claim
-- may name that proceeding.
CREATE TABLE case_compensation_claims (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  source text NOT NULL CHECK (source IN ('criminal_proceeding', 'civil_proceeding', 'assistance_fund')),
  proceeding_id uuid REFERENCES proceedings (id),
  claimed_on date NOT NULL,
  amount_claimed numeric(14, 2) NOT NULL CHECK (amount_claimed > 0),
  decision text CHECK (decision IN ('awarded', 'partly', 'refused')),
  decided_on date,
  amount_awarded numeric(14, 2),
  revision integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (source <> 'assistance_fund' OR proceeding_id IS NULL),
  CHECK ((decision IS NULL) = (decided_on IS NULL)),
  CHECK (CASE WHEN decision IN ('awarded', 'partly') THEN amount_awarded > 0 ELSE amount_awarded IS NULL END),
  CHECK (decided_on IS NULL OR decided_on >= claimed_on)
);
CREATE INDEX case_compensation_claims_case ON case_compensation_claims (case_id, claimed_on);

CREATE TABLE case_compensation_payments (
  id uuid PRIMARY KEY,
  claim_id uuid NOT NULL REFERENCES case_compensation_claims (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  paid_on date NOT NULL,
  amount numeric(14, 2) NOT NULL CHECK (amount > 0),
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_compensation_payments_claim ON case_compensation_payments (claim_id, paid_on);

-- Record scope: seen, and written, exactly as far as the case is (0006_cases.sql).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['case_repatriations', 'case_repatriation_steps', 'case_compensation_claims', 'case_compensation_payments']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) '
                   'WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))', t || '_scope', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON case_repatriations, case_repatriation_steps, case_compensation_claims TO koordinator_app;
GRANT SELECT, INSERT ON case_compensation_payments TO koordinator_app;
