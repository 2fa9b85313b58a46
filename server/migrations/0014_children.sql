-- The child-protection path of a case whose person is under 18: the guardian and the body responsible
-- for the child's protection (one record per case), and best-interests assessments with their
-- recommendation and the date of the next review. Part of the 'services' side of a record
-- (policies/children.ts); names, contacts and summaries are sealed like other personal notes.

CREATE TABLE case_child_protection (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL UNIQUE REFERENCES cases (id),
  guardian_name_sealed text,
  guardian_relation text CHECK (guardian_relation IN ('parent', 'relative', 'legal_guardian', 'institution', 'other')),
  guardian_contact_sealed text,
  guardian_appointed_on date,
  -- The body that appointed the guardian (a court, the guardianship and custody body), as written.
  guardian_appointed_by text,
  -- The body responsible for the child's protection: a registered organisation, or named as written.
  protection_org_id uuid REFERENCES organisations (id),
  protection_body_name text,
  revision integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users (id),
  updated_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (guardian_name_sealed IS NOT NULL OR (guardian_relation IS NULL AND guardian_contact_sealed IS NULL AND guardian_appointed_on IS NULL))
);

CREATE TABLE case_best_interests_assessments (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  assessed_on date NOT NULL,
  -- Who assessed (the specialist or the multidisciplinary team), as written.
  assessed_by text NOT NULL,
  summary_sealed text NOT NULL,
  recommendation text NOT NULL CHECK (recommendation IN ('stay_in_shelter', 'family_reunification', 'alternative_care', 'return_to_origin', 'other')),
  review_on date,
  recorded_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (review_on IS NULL OR review_on > assessed_on)
);
CREATE INDEX case_best_interests_case ON case_best_interests_assessments (case_id, assessed_on);
CREATE INDEX case_best_interests_review ON case_best_interests_assessments (review_on) WHERE review_on IS NOT NULL;

-- Record scope: seen, and written, exactly as far as the case is (0006_cases.sql).
ALTER TABLE case_child_protection ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_child_protection_scope ON case_child_protection
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
ALTER TABLE case_best_interests_assessments ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_best_interests_assessments_scope ON case_best_interests_assessments
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));

GRANT SELECT, INSERT, UPDATE ON case_child_protection TO koordinator_app;
GRANT SELECT, INSERT ON case_best_interests_assessments TO koordinator_app;
