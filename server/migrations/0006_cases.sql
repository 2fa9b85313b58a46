-- The unified database of victims and presumed victims (HTCDS v2 as the model).
-- Record scope is enforced here by row-level security; which parts of a record a role may see is
-- enforced by the application's policies (server/src/policies/cases.ts). Identifying fields are
-- stored sealed (AES-256-GCM with a data key that is itself wrapped by a key kept outside the
-- database); exact look-ups use keyed hashes.

ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('national_coordinator', 'secretariat',
  'agency_focal_point', 'agency_head', 'frontline_officer', 'police_investigator', 'police_supervisor',
  'shelter_worker', 'hotline_operator', 'ngo_partner', 'oversight_reader', 'admin'));

-- The body that keeps the unified database (the special police unit); its investigators see every case.
ALTER TABLE organisations ADD COLUMN holds_unified_database boolean NOT NULL DEFAULT false;
UPDATE organisations SET holds_unified_database = true WHERE key = 'iamb';

-- Data keys, wrapped by the master key. 'encryption' keys seal identities (the newest active one
-- seals new data; older ones still open what they sealed); the 'lookup' key makes keyed hashes.
CREATE TABLE data_keys (
  id serial PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('encryption', 'lookup')),
  wrapped text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX data_keys_one_lookup ON data_keys (purpose) WHERE purpose = 'lookup';
GRANT SELECT ON data_keys TO koordinator_app;

CREATE FUNCTION app_has_case_role() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(app_role() IN ('frontline_officer', 'police_investigator', 'police_supervisor',
    'shelter_worker', 'hotline_operator', 'ngo_partner'), false)
$$;

-- Runs with the owner's rights so that the check does not depend on what the caller may read.
CREATE FUNCTION app_sees_all_cases() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp AS $$
  SELECT coalesce(app_role() IN ('police_investigator', 'police_supervisor'), false)
     AND EXISTS (SELECT 1 FROM organisations WHERE id = app_org_id() AND holds_unified_database)
$$;

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number bigserial NOT NULL UNIQUE,
  -- The reference people quote ("İA-000123"); it says nothing about the person.
  reference text GENERATED ALWAYS AS ('İA-' || lpad(number::text, 6, '0')) STORED,
  owner_org_id uuid NOT NULL REFERENCES organisations (id),
  case_worker_id uuid REFERENCES users (id),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'follow_up', 'closed', 'closed_referred')),
  closure_reason text,
  identification_channel text NOT NULL CHECK (identification_channel IN ('hotline', 'police', 'border', 'migration',
    'labour_inspection', 'consulate', 'health', 'ngo', 'self_referral', 'other')),
  first_contact_on date NOT NULL,
  revision integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_owner ON cases (owner_org_id, created_at DESC);

-- Referrals (the National Referral Mechanism builds its workflow on this table). While a referral
-- is sent or accepted, the receiving body sees the case through the parts it names.
CREATE TABLE case_referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  from_org_id uuid NOT NULL REFERENCES organisations (id),
  to_org_id uuid NOT NULL REFERENCES organisations (id),
  status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'accepted', 'declined', 'completed', 'withdrawn')),
  parts text[] NOT NULL,
  reason text NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz
);
CREATE INDEX case_referrals_case ON case_referrals (case_id);
CREATE INDEX case_referrals_to ON case_referrals (to_org_id, status);

-- Access asked for after a search, granted or refused by the owner; and emergency access by a
-- supervisor of the special police unit, which is granted at once and flagged for review.
CREATE TABLE case_access_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  -- Kept here because the asking body cannot read the case until access is granted.
  case_reference text NOT NULL,
  owner_org_id uuid NOT NULL REFERENCES organisations (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  requested_by uuid NOT NULL REFERENCES users (id),
  reason text NOT NULL,
  emergency boolean NOT NULL DEFAULT false,
  status text NOT NULL CHECK (status IN ('requested', 'granted', 'refused', 'revoked')),
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  expires_at timestamptz,
  reviewed_by uuid REFERENCES users (id),
  reviewed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_access_grants_case ON case_access_grants (case_id);
CREATE INDEX case_access_grants_org ON case_access_grants (organisation_id, status);

CREATE FUNCTION app_case_access_open(p_case uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM case_referrals r WHERE r.case_id = p_case AND r.to_org_id = app_org_id()
                   AND r.status IN ('sent', 'accepted'))
      OR EXISTS (SELECT 1 FROM case_access_grants g WHERE g.case_id = p_case AND g.organisation_id = app_org_id()
                   AND g.status = 'granted' AND (g.expires_at IS NULL OR g.expires_at > now()))
$$;

-- One person per case: the same human recorded by several bodies has several person rows that
-- share a cluster; statistics count clusters, so each human once.
CREATE TABLE persons (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL UNIQUE REFERENCES cases (id),
  cluster_id uuid NOT NULL,
  identity_sealed text NOT NULL,
  sex text NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  birth_year integer CHECK (birth_year BETWEEN 1900 AND 2100),
  estimated_age integer CHECK (estimated_age BETWEEN 0 AND 120),
  citizenships text[] NOT NULL DEFAULT '{}',
  stateless boolean NOT NULL DEFAULT false,
  languages text[] NOT NULL DEFAULT '{}',
  migration_status text,
  disabilities text[] NOT NULL DEFAULT '{}',
  child_at_identification boolean,
  child_at_exploitation boolean,
  revision integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX persons_cluster ON persons (cluster_id);

-- Keyed hashes (HMAC with the lookup key) of name keys, document numbers and phone numbers.
CREATE TABLE person_keys (
  person_id uuid NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('name', 'document', 'phone')),
  hash text NOT NULL,
  PRIMARY KEY (person_id, kind, hash)
);
CREATE INDEX person_keys_hash ON person_keys (hash);

CREATE TABLE victim_contexts (
  case_id uuid PRIMARY KEY REFERENCES cases (id),
  trafficking_status text NOT NULL CHECK (trafficking_status IN ('potential', 'presumed', 'identified', 'not_victim')),
  status_decided_by_org_id uuid REFERENCES organisations (id),
  status_decided_on date,
  exploitation text[] NOT NULL DEFAULT '{}',
  forced_labour_industry text,
  sex_exploitation text[] NOT NULL DEFAULT '{}',
  recruitment_methods text[] NOT NULL DEFAULT '{}',
  control_methods text[] NOT NULL DEFAULT '{}',
  relationship_to_trafficker text CHECK (relationship_to_trafficker IN ('familial', 'acquainted', 'unacquainted')),
  transnational boolean,
  exploitation_started_on date,
  revision integer NOT NULL DEFAULT 1
);

CREATE TABLE victim_status_history (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  trafficking_status text NOT NULL,
  decided_by_org_id uuid REFERENCES organisations (id),
  decided_on date,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX victim_status_history_case ON victim_status_history (case_id, recorded_at);

CREATE TABLE trafficking_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL CHECK (kind IN ('recruitment', 'transit', 'exploitation')),
  country text NOT NULL,
  place_sealed text,
  date_from date,
  date_to date
);
CREATE INDEX trafficking_events_case ON trafficking_events (case_id);

CREATE TABLE case_consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  purpose text NOT NULL CHECK (purpose IN ('data_processing', 'sharing_with_bodies', 'assistance', 'investigation', 'contact', 'statistics')),
  given boolean NOT NULL,
  recorded_on date NOT NULL,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_consents_case ON case_consents (case_id);

CREATE TABLE case_assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL CHECK (kind IN ('risk', 'needs')),
  assessed_on date NOT NULL,
  level text NOT NULL CHECK (level IN ('low', 'medium', 'high')),
  body_sealed text NOT NULL,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_assessments_case ON case_assessments (case_id);

CREATE TABLE case_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  part text NOT NULL CHECK (part IN ('victim', 'services', 'safety', 'investigation', 'hotline')),
  body_sealed text NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_notes_case ON case_notes (case_id, created_at);

-- Documents of a case (scans of identity papers, medical and legal papers), sealed like the rest;
-- each belongs to a part of the record and is seen with it.
CREATE TABLE case_documents (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  part text NOT NULL CHECK (part IN ('identity', 'victim', 'services', 'safety', 'investigation', 'hotline')),
  file_name_sealed text NOT NULL,
  media_type text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  content_sealed bytea NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_documents_case ON case_documents (case_id, created_at);

CREATE TABLE perpetrators (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  roles text[] NOT NULL DEFAULT '{}',
  sex text CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  citizenship text,
  identity_sealed text
);
CREATE INDEX perpetrators_case ON perpetrators (case_id);

CREATE TABLE proceedings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  number text NOT NULL,
  article text NOT NULL,
  stage text NOT NULL CHECK (stage IN ('preliminary_investigation', 'indictment', 'trial', 'verdict', 'appeal', 'closed')),
  -- [{ sex, citizenship, convicted, sentenceMonths }] — no names: persons are in perpetrators.
  defendants jsonb NOT NULL DEFAULT '[]'::jsonb,
  proceeds_traced numeric(14, 2),
  proceeds_confiscated numeric(14, 2),
  compensation_ordered numeric(14, 2),
  currency text NOT NULL DEFAULT 'AZN',
  opened_on date,
  revision integer NOT NULL DEFAULT 1
);
CREATE INDEX proceedings_case ON proceedings (case_id);

-- Duplicate merges: linking a person into another's cluster, with the cluster it had, so a merge can be undone.
CREATE TABLE person_merges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES persons (id),
  from_cluster uuid NOT NULL,
  to_cluster uuid NOT NULL,
  -- Every person that moved with it (the whole cluster), so that undoing restores exactly them.
  moved uuid[] NOT NULL,
  score real NOT NULL,
  merged_by uuid NOT NULL REFERENCES users (id),
  merged_at timestamptz NOT NULL DEFAULT now(),
  undone_by uuid REFERENCES users (id),
  undone_at timestamptz
);
CREATE INDEX person_merges_person ON person_merges (person_id);

-- Candidate duplicates found on create and by the nightly job, for the owner of `person_id` to
-- merge or dismiss. The other person may belong to a case the owner cannot read: only the
-- score and a minimal summary are ever shown.
CREATE TABLE duplicate_candidates (
  person_id uuid NOT NULL REFERENCES persons (id),
  other_person_id uuid NOT NULL REFERENCES persons (id),
  score real NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'dismissed')),
  found_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  PRIMARY KEY (person_id, other_person_id)
);

-- Record scope. Every personal-data table is reachable by the application role only through these.
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY cases_scope ON cases
  USING (app_has_case_role() AND (app_sees_all_cases() OR owner_org_id = app_org_id() OR app_case_access_open(id)))
  WITH CHECK (app_has_case_role() AND (app_sees_all_cases() OR owner_org_id = app_org_id() OR app_case_access_open(id)));

ALTER TABLE case_referrals ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_referrals_scope ON case_referrals
  USING (app_has_case_role() AND (app_sees_all_cases() OR from_org_id = app_org_id() OR to_org_id = app_org_id()))
  WITH CHECK (app_has_case_role() AND (app_sees_all_cases() OR from_org_id = app_org_id() OR to_org_id = app_org_id()));

ALTER TABLE case_access_grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_access_grants_scope ON case_access_grants
  USING (app_has_case_role() AND (app_sees_all_cases() OR owner_org_id = app_org_id() OR organisation_id = app_org_id()))
  WITH CHECK (app_has_case_role() AND (app_sees_all_cases() OR owner_org_id = app_org_id() OR organisation_id = app_org_id()));

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['persons', 'victim_contexts', 'victim_status_history', 'trafficking_events', 'case_consents',
                           'case_assessments', 'case_notes', 'case_documents', 'perpetrators', 'proceedings']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) '
                   'WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))', t || '_scope', t);
  END LOOP;
END $$;

ALTER TABLE person_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_keys_scope ON person_keys
  USING (EXISTS (SELECT 1 FROM persons p WHERE p.id = person_id))
  WITH CHECK (EXISTS (SELECT 1 FROM persons p WHERE p.id = person_id));

ALTER TABLE duplicate_candidates ENABLE ROW LEVEL SECURITY;
CREATE POLICY duplicate_candidates_scope ON duplicate_candidates
  USING (EXISTS (SELECT 1 FROM persons p WHERE p.id = person_id))
  WITH CHECK (EXISTS (SELECT 1 FROM persons p WHERE p.id = person_id));

ALTER TABLE person_merges ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_merges_scope ON person_merges
  USING (EXISTS (SELECT 1 FROM persons p WHERE p.id = person_id))
  WITH CHECK (EXISTS (SELECT 1 FROM persons p WHERE p.id = person_id));

GRANT USAGE ON SEQUENCE cases_number_seq TO koordinator_app;
GRANT SELECT, INSERT, UPDATE ON cases, case_referrals, case_access_grants, persons, victim_contexts, trafficking_events,
  case_consents, case_assessments, perpetrators, proceedings, person_merges TO koordinator_app;
GRANT SELECT, INSERT ON victim_status_history, case_notes, case_documents TO koordinator_app;
GRANT SELECT, INSERT, DELETE ON person_keys TO koordinator_app;
GRANT SELECT, INSERT, UPDATE ON duplicate_candidates TO koordinator_app;
GRANT DELETE ON trafficking_events, perpetrators, proceedings TO koordinator_app;

-- Candidates for a search or a duplicate check across the whole database, whatever the caller may
-- read: the application scores them and shows the caller only a minimal summary.
CREATE FUNCTION case_candidates(p_hashes text[]) RETURNS TABLE (
  case_id uuid, person_id uuid, cluster_id uuid, reference text, owner_org_id uuid, case_status text,
  trafficking_status text, identity_sealed text, sex text, birth_year integer, estimated_age integer,
  citizenships text[], created_at timestamptz, matched_keys integer
) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT c.id, p.id, p.cluster_id, c.reference, c.owner_org_id, c.status, v.trafficking_status,
         p.identity_sealed, p.sex, p.birth_year, p.estimated_age, p.citizenships, c.created_at, k.matched::int
    FROM (SELECT person_id, count(*) AS matched FROM person_keys WHERE hash = ANY (p_hashes) GROUP BY person_id) k
    JOIN persons p ON p.id = k.person_id
    JOIN cases c ON c.id = p.case_id
    LEFT JOIN victim_contexts v ON v.case_id = c.id
   WHERE app_has_case_role()
   ORDER BY k.matched DESC, c.created_at DESC
   LIMIT 200
$$;
REVOKE ALL ON FUNCTION case_candidates(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_candidates(text[]) TO koordinator_app;

-- Asks the owner for access to a case the caller found by a search, or (a supervisor of the
-- special police unit, with a reason) takes emergency access to every part for a day, flagged
-- for the owner's review. Runs with the owner's rights because the caller may not see the case.
CREATE FUNCTION request_case_access(p_case uuid, p_reason text, p_emergency boolean) RETURNS uuid
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  target cases%ROWTYPE;
  grant_id uuid;
BEGIN
  IF NOT app_has_case_role() THEN RAISE EXCEPTION 'not allowed' USING ERRCODE = '42501'; END IF;
  IF p_emergency AND NOT (app_role() = 'police_supervisor' AND app_sees_all_cases()) THEN RETURN NULL; END IF;
  SELECT * INTO target FROM cases WHERE id = p_case;
  IF NOT FOUND THEN RETURN NULL; END IF;
  INSERT INTO case_access_grants (case_id, case_reference, owner_org_id, organisation_id, requested_by, reason, emergency, status, decided_at, expires_at)
  VALUES (p_case, target.reference, target.owner_org_id, app_org_id(), app_user_id(), p_reason, p_emergency,
          CASE WHEN p_emergency THEN 'granted' ELSE 'requested' END,
          CASE WHEN p_emergency THEN now() END,
          CASE WHEN p_emergency THEN now() + interval '24 hours' END)
  RETURNING id INTO grant_id;
  RETURN grant_id;
END $$;
REVOKE ALL ON FUNCTION request_case_access(uuid, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION request_case_access(uuid, text, boolean) TO koordinator_app;

-- The minimal summary of persons whatever the caller may read, for candidate lists.
CREATE FUNCTION person_summaries(p_persons uuid[]) RETURNS TABLE (
  person_id uuid, cluster_id uuid, case_id uuid, reference text, owner_org_id uuid, case_status text,
  trafficking_status text, identity_sealed text, sex text, birth_year integer, estimated_age integer,
  citizenships text[], created_at timestamptz
) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT p.id, p.cluster_id, c.id, c.reference, c.owner_org_id, c.status, v.trafficking_status,
         p.identity_sealed, p.sex, p.birth_year, p.estimated_age, p.citizenships, c.created_at
    FROM persons p JOIN cases c ON c.id = p.case_id LEFT JOIN victim_contexts v ON v.case_id = c.id
   WHERE app_has_case_role() AND p.id = ANY (p_persons)
$$;
REVOKE ALL ON FUNCTION person_summaries(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION person_summaries(uuid[]) TO koordinator_app;

-- Merging moves the whole cluster of a person the caller may change into the cluster of a
-- candidate the caller may not be able to read; undoing moves exactly those persons back. The
-- application checks that the caller sees `p_person` (or the merge) before calling.
CREATE FUNCTION merge_person_clusters(p_person uuid, p_other uuid, p_score real) RETURNS uuid
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  from_c uuid;
  to_c uuid;
  moved_ids uuid[];
  merge_id uuid;
BEGIN
  IF NOT app_has_case_role() THEN RAISE EXCEPTION 'not allowed' USING ERRCODE = '42501'; END IF;
  SELECT cluster_id INTO from_c FROM persons WHERE id = p_person FOR UPDATE;
  SELECT cluster_id INTO to_c FROM persons WHERE id = p_other FOR UPDATE;
  IF from_c IS NULL OR to_c IS NULL OR from_c = to_c THEN RETURN NULL; END IF;
  SELECT array_agg(id ORDER BY id) INTO moved_ids FROM persons WHERE cluster_id = from_c;
  UPDATE persons SET cluster_id = to_c WHERE cluster_id = from_c;
  INSERT INTO person_merges (person_id, from_cluster, to_cluster, moved, score, merged_by)
    VALUES (p_person, from_c, to_c, moved_ids, p_score, app_user_id()) RETURNING id INTO merge_id;
  UPDATE duplicate_candidates SET status = 'merged', decided_by = app_user_id(), decided_at = now()
   WHERE (person_id = p_person AND other_person_id = p_other) OR (person_id = p_other AND other_person_id = p_person);
  RETURN merge_id;
END $$;

CREATE FUNCTION undo_person_merge(p_merge uuid) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m person_merges%ROWTYPE;
BEGIN
  IF NOT app_has_case_role() THEN RAISE EXCEPTION 'not allowed' USING ERRCODE = '42501'; END IF;
  SELECT * INTO m FROM person_merges WHERE id = p_merge AND undone_at IS NULL FOR UPDATE;
  IF NOT FOUND THEN RETURN false; END IF;
  UPDATE persons SET cluster_id = m.from_cluster WHERE id = ANY (m.moved) AND cluster_id = m.to_cluster;
  UPDATE person_merges SET undone_by = app_user_id(), undone_at = now() WHERE id = p_merge;
  UPDATE duplicate_candidates SET status = 'open', decided_by = NULL, decided_at = NULL
   WHERE status = 'merged' AND (person_id = m.person_id OR other_person_id = m.person_id);
  RETURN true;
END $$;
REVOKE ALL ON FUNCTION merge_person_clusters(uuid, uuid, real) FROM PUBLIC;
REVOKE ALL ON FUNCTION undo_person_merge(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION merge_person_clusters(uuid, uuid, real) TO koordinator_app;
GRANT EXECUTE ON FUNCTION undo_person_merge(uuid) TO koordinator_app;

-- De-identified facts for statistics: one row per human (cluster), the most advanced record of
-- them (identified before presumed, the earliest first). No names, no dates finer than a year.
CREATE FUNCTION case_statistics_facts() RETURNS TABLE (
  year integer, sex text, age integer, citizenship text, exploitation text[], transnational boolean,
  channel text, trafficking_status text
) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT f.year, f.sex,
         CASE WHEN f.birth_year IS NOT NULL THEN f.year - f.birth_year
              WHEN f.estimated_age IS NOT NULL THEN f.estimated_age + (f.year - f.recorded_year) END,
         f.citizenship, f.exploitation, f.transnational, f.channel, f.trafficking_status
    FROM (
      SELECT DISTINCT ON (p.cluster_id)
             extract(year FROM coalesce(CASE WHEN v.trafficking_status = 'identified' THEN v.status_decided_on END, c.first_contact_on))::int AS year,
             p.sex, p.birth_year, p.estimated_age, extract(year FROM c.first_contact_on)::int AS recorded_year,
             CASE WHEN p.stateless THEN 'stateless' ELSE coalesce(p.citizenships[1], 'unknown') END AS citizenship,
             coalesce(v.exploitation, '{}') AS exploitation, v.transnational, c.identification_channel AS channel,
             coalesce(v.trafficking_status, 'potential') AS trafficking_status
        FROM persons p
        JOIN cases c ON c.id = p.case_id
        LEFT JOIN victim_contexts v ON v.case_id = c.id
       ORDER BY p.cluster_id, (v.trafficking_status = 'identified') DESC NULLS LAST,
                (v.trafficking_status = 'presumed') DESC NULLS LAST, c.first_contact_on, c.id
    ) f
$$;

-- Criminal proceedings, each once even when several cases name it.
CREATE FUNCTION proceeding_statistics_facts() RETURNS TABLE (
  year integer, stage text, article text, defendants jsonb, proceeds_traced numeric, proceeds_confiscated numeric,
  compensation_ordered numeric, currency text
) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT ON (pr.number, pr.article)
         extract(year FROM coalesce(pr.opened_on, c.first_contact_on))::int, pr.stage, pr.article, pr.defendants,
         pr.proceeds_traced, pr.proceeds_confiscated, pr.compensation_ordered, pr.currency
    FROM proceedings pr JOIN cases c ON c.id = pr.case_id
   ORDER BY pr.number, pr.article, pr.revision DESC
$$;
REVOKE ALL ON FUNCTION case_statistics_facts() FROM PUBLIC;
REVOKE ALL ON FUNCTION proceeding_statistics_facts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_statistics_facts() TO koordinator_app;
GRANT EXECUTE ON FUNCTION proceeding_statistics_facts() TO koordinator_app;

-- A candidate pair is kept for both owners, each of whom may not be able to read the other's case.
CREATE FUNCTION record_duplicate_candidate(p_person uuid, p_other uuid, p_score real) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  INSERT INTO duplicate_candidates (person_id, other_person_id, score)
  SELECT a, b, p_score FROM (VALUES (p_person, p_other), (p_other, p_person)) AS pair (a, b)
   WHERE app_has_case_role()
  ON CONFLICT (person_id, other_person_id) DO UPDATE SET score = excluded.score WHERE duplicate_candidates.status = 'open'
$$;
REVOKE ALL ON FUNCTION record_duplicate_candidate(uuid, uuid, real) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION record_duplicate_candidate(uuid, uuid, real) TO koordinator_app;
