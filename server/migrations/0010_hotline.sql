-- The hotline (24/7, free, confidential): contacts taken by its operators, callbacks, and the
-- referrals a contact led to. A contact belongs to the hotline body that took it. Who sees it is
-- enforced here by row-level security:
--   * the hotline body's users with a case role read its contacts; only its operators write them;
--   * the special police unit's officers read the contacts linked to a case they see (what the
--     contact was about, when, how it ended) — the notes and the caller's identity are the record's
--     'hotline' part and are shown by the application only to those who see that part;
--   * nobody else, the Coordinator included, reads a contact at all.
-- The notes and, when the caller agrees, the caller's name and number are sealed with the data
-- key like the rest of the unified database, bound to the row. The number is otherwise kept only
-- as a keyed hash (the same keyed hash as the unified database's phone look-up), so that an
-- earlier contact from the same number can be recognised without the number being stored.

CREATE TABLE hotline_contacts (
  id uuid PRIMARY KEY,
  number bigserial NOT NULL UNIQUE,
  -- The reference operators quote ("QX-000123"); it says nothing about the caller.
  reference text GENERATED ALWAYS AS ('QX-' || lpad(number::text, 6, '0')) STORED,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  operator_id uuid NOT NULL REFERENCES users (id),
  started_at timestamptz NOT NULL,
  -- Set when the contact gets its outcome; a contact without one is still open.
  ended_at timestamptz,
  channel text NOT NULL CHECK (channel IN ('phone', 'sms', 'messenger', 'web_form', 'email', 'in_person')),
  language text CHECK (language ~ '^[a-z]{2,3}$'),
  caller_type text NOT NULL CHECK (caller_type IN ('person_concerned', 'relative', 'public', 'employer', 'official', 'anonymous')),
  category text NOT NULL CHECK (category IN ('trafficking_crisis', 'trafficking_tip', 'trafficking_help', 'migration_info',
    'labour_info', 'referral_request', 'silent', 'wrong_number', 'prank', 'abusive')),
  risk_flags text[] NOT NULL DEFAULT '{}',
  -- The structured notes as one sealed value (context 'hotline_notes:<id>').
  notes_sealed text,
  -- The caller agreed that a name and number may be kept; when and by whom it was recorded.
  caller_consent boolean NOT NULL DEFAULT false,
  caller_consent_at timestamptz,
  -- Name and number, sealed (context 'hotline_caller:<id>'); only with consent.
  caller_sealed text CHECK (caller_sealed IS NULL OR caller_consent),
  -- Keyed hash of the normalised number, for the "known caller" hint; never the number itself.
  phone_hash text,
  outcome text CHECK (outcome IN ('information_given', 'referred', 'callback_planned', 'emergency_services',
    'advised_other_service', 'no_action', 'call_dropped')),
  -- The victim's record the contact belongs to: one case gathers the contacts of many operators.
  case_id uuid REFERENCES cases (id),
  revision integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX hotline_contacts_body ON hotline_contacts (organisation_id, started_at DESC);
CREATE INDEX hotline_contacts_open ON hotline_contacts (organisation_id) WHERE outcome IS NULL;
CREATE INDEX hotline_contacts_phone ON hotline_contacts (phone_hash) WHERE phone_hash IS NOT NULL;
CREATE INDEX hotline_contacts_case ON hotline_contacts (case_id) WHERE case_id IS NOT NULL;

-- The referrals a contact led to (the referral itself is a case_referrals row).
CREATE TABLE hotline_contact_referrals (
  contact_id uuid NOT NULL REFERENCES hotline_contacts (id),
  referral_id uuid NOT NULL REFERENCES case_referrals (id),
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (contact_id, referral_id)
);
CREATE INDEX hotline_contact_referrals_at ON hotline_contact_referrals (created_at);

-- Callbacks: tasks with a due time, for one operator or for the whole hotline body.
CREATE TABLE hotline_callbacks (
  id uuid PRIMARY KEY,
  contact_id uuid NOT NULL REFERENCES hotline_contacts (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  assigned_to uuid REFERENCES users (id),
  due_at timestamptz NOT NULL,
  -- What to call back about, sealed (context 'hotline_callback:<id>').
  note_sealed text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'not_done')),
  closed_by uuid REFERENCES users (id),
  closed_at timestamptz,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE INDEX hotline_callbacks_open ON hotline_callbacks (organisation_id, due_at) WHERE status = 'open';
CREATE INDEX hotline_callbacks_contact ON hotline_callbacks (contact_id);

ALTER TABLE hotline_contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY hotline_contacts_read ON hotline_contacts FOR SELECT
  USING (app_has_case_role() AND (organisation_id = app_org_id()
    OR (case_id IS NOT NULL AND app_sees_all_cases() AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))));
-- Only the body's operators write, only for their own body, and only with a case they can see.
CREATE POLICY hotline_contacts_insert ON hotline_contacts FOR INSERT
  WITH CHECK (app_role() = 'hotline_operator' AND organisation_id = app_org_id() AND operator_id = app_user_id()
    AND (case_id IS NULL OR EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)));
CREATE POLICY hotline_contacts_update ON hotline_contacts FOR UPDATE
  USING (app_role() = 'hotline_operator' AND organisation_id = app_org_id())
  WITH CHECK (app_role() = 'hotline_operator' AND organisation_id = app_org_id()
    AND (case_id IS NULL OR EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)));

ALTER TABLE hotline_contact_referrals ENABLE ROW LEVEL SECURITY;
CREATE POLICY hotline_contact_referrals_read ON hotline_contact_referrals FOR SELECT
  USING (EXISTS (SELECT 1 FROM hotline_contacts h WHERE h.id = contact_id));
CREATE POLICY hotline_contact_referrals_insert ON hotline_contact_referrals FOR INSERT
  WITH CHECK (app_role() = 'hotline_operator'
    AND EXISTS (SELECT 1 FROM hotline_contacts h WHERE h.id = contact_id AND h.organisation_id = app_org_id()));

ALTER TABLE hotline_callbacks ENABLE ROW LEVEL SECURITY;
CREATE POLICY hotline_callbacks_read ON hotline_callbacks FOR SELECT
  USING (app_has_case_role() AND organisation_id = app_org_id());
CREATE POLICY hotline_callbacks_insert ON hotline_callbacks FOR INSERT
  WITH CHECK (app_role() = 'hotline_operator' AND organisation_id = app_org_id()
    AND EXISTS (SELECT 1 FROM hotline_contacts h WHERE h.id = contact_id AND h.organisation_id = app_org_id()));
CREATE POLICY hotline_callbacks_update ON hotline_callbacks FOR UPDATE
  USING (app_role() = 'hotline_operator' AND organisation_id = app_org_id())
  WITH CHECK (app_role() = 'hotline_operator' AND organisation_id = app_org_id());

GRANT USAGE ON SEQUENCE hotline_contacts_number_seq TO koordinator_app;
GRANT SELECT, INSERT, UPDATE ON hotline_contacts, hotline_callbacks TO koordinator_app;
GRANT SELECT, INSERT ON hotline_contact_referrals TO koordinator_app;
