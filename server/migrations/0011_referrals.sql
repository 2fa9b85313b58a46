-- Referrals of the National Referral Mechanism as records with a state (sent → accepted / declined
-- → completed, or withdrawn): the urgency, the services asked for, the basis for sharing the
-- person's data, who moved the referral and when (time to acceptance), and the alert raised once
-- when a referral to the special police unit waits too long. Record scope is unchanged: an open
-- referral (sent or accepted) lets the receiving body see the case (0006_cases.sql).

ALTER TABLE case_referrals
  -- Kept here because the receiving body no longer sees the case once the referral has ended.
  ADD COLUMN case_reference text,
  ADD COLUMN urgency text NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent')),
  ADD COLUMN services text[] NOT NULL DEFAULT '{}' CHECK (services <@ ARRAY['medical', 'psychological', 'legal_aid',
    'interpreter', 'shelter', 'education', 'vocational_training', 'financial_help', 'housing', 'family_tracing', 'repatriation']::text[]),
  -- The person's recorded consent, or the legal ground for sharing without it (with the provision relied on).
  ADD COLUMN sharing_basis text NOT NULL DEFAULT 'consent'
    CHECK (sharing_basis IN ('consent', 'vital_interests', 'child_protection', 'criminal_proceedings', 'legal_obligation')),
  ADD COLUMN legal_ground text,
  ADD COLUMN accepted_at timestamptz,
  ADD COLUMN accepted_by uuid REFERENCES users (id),
  ADD COLUMN closed_by uuid REFERENCES users (id),
  ADD COLUMN decline_reason text,
  -- When the alert for a referral not accepted in time went out; it goes out once.
  ADD COLUMN overdue_alerted_at timestamptz,
  ADD CONSTRAINT case_referrals_legal_ground CHECK (sharing_basis = 'consent' OR legal_ground IS NOT NULL);

UPDATE case_referrals r SET case_reference = c.reference FROM cases c WHERE c.id = r.case_id;
ALTER TABLE case_referrals ALTER COLUMN case_reference SET NOT NULL;

-- One open referral of a case to a body at a time: two people sending the same one, one wins.
CREATE UNIQUE INDEX case_referrals_one_open ON case_referrals (case_id, to_org_id) WHERE status IN ('sent', 'accepted');
CREATE INDEX case_referrals_from ON case_referrals (from_org_id, status);
-- What the alert pass looks at every few minutes.
CREATE INDEX case_referrals_waiting ON case_referrals (created_at) WHERE status = 'sent' AND overdue_alerted_at IS NULL;

-- Notifications of referrals: received (the receiving body), declined (the sender), not accepted in
-- time (the unit's supervisors and the sender). Every kind allowed so far stays allowed, whichever
-- migration added it.
DO $$
DECLARE
  kinds text[];
BEGIN
  SELECT coalesce(array_agg(DISTINCT m[1]), '{}') INTO kinds
    FROM pg_constraint c, regexp_matches(pg_get_constraintdef(c.oid), '''([a-z0-9_]+)''', 'g') AS m
   WHERE c.conrelid = 'notifications'::regclass AND c.conname = 'notifications_kind_check';
  ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_kind_check;
  SELECT array_agg(DISTINCT k ORDER BY k) INTO kinds
    FROM unnest(kinds || ARRAY['referral_received', 'referral_declined', 'referral_overdue']) AS k;
  EXECUTE format('ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind = ANY (%L::text[]))', kinds);
END $$;
