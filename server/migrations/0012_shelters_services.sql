-- Shelters and the state assistance centre: the registry, placements of a case's person (entry,
-- transfer, exit), minimum-standards inspections with their follow-up actions; and the services of
-- a case with its individual rehabilitation and reintegration plan.
--
-- Placements, services and plans hang from a case: row-level security ties them to the case's own
-- visibility (migrations/0006_cases.sql), and the parts rule in the application decides which
-- parts of a visible case a caller sees ('services'; where a person stays is 'safety').
-- Occupancy is never stored: it is counted from placements by `shelter_occupancy`, which every
-- caller may run because it returns counts per shelter only.

CREATE TABLE shelters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('assistance_centre', 'shelter')),
  name text NOT NULL,
  -- The body that runs it: its case workers place people there and keep its records.
  operator_org_id uuid NOT NULL REFERENCES organisations (id),
  -- The ministry that inspects it against the minimum standards (the Ombudsman inspects every shelter).
  supervising_org_id uuid REFERENCES organisations (id),
  region text NOT NULL,
  capacity_female integer NOT NULL DEFAULT 0 CHECK (capacity_female BETWEEN 0 AND 10000),
  capacity_male integer NOT NULL DEFAULT 0 CHECK (capacity_male BETWEEN 0 AND 10000),
  capacity_children integer NOT NULL DEFAULT 0 CHECK (capacity_children BETWEEN 0 AND 10000),
  services text[] NOT NULL DEFAULT '{}',
  -- Address, telephone, person to call: sealed like identities (a shelter's address is safety-critical).
  contacts_sealed text,
  -- "Near capacity" from this share of places taken, in percent.
  near_capacity_percent integer NOT NULL DEFAULT 90 CHECK (near_capacity_percent BETWEEN 1 AND 100),
  active boolean NOT NULL DEFAULT true,
  revision integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX shelters_name_unique ON shelters (lower(name));
CREATE INDEX shelters_operator ON shelters (operator_org_id);

CREATE TABLE shelter_placements (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  shelter_id uuid NOT NULL REFERENCES shelters (id),
  -- The places it takes: women's, men's or children's.
  category text NOT NULL CHECK (category IN ('female', 'male', 'children')),
  entered_on date NOT NULL,
  reason_sealed text NOT NULL,
  -- Placed although every place of the category was taken: the reason is kept, the act is audited.
  over_capacity boolean NOT NULL DEFAULT false,
  override_reason_sealed text,
  -- The placement this one continues (a transfer).
  transferred_from uuid REFERENCES shelter_placements (id),
  exited_on date,
  exit_reason text CHECK (exit_reason IN ('returned_home', 'independent_living', 'repatriated', 'transferred', 'left_voluntarily', 'other')),
  exit_note_sealed text,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  exited_by uuid REFERENCES users (id),
  CHECK (exited_on IS NULL OR exited_on >= entered_on),
  CHECK ((exited_on IS NULL) = (exit_reason IS NULL)),
  CHECK (over_capacity = (override_reason_sealed IS NOT NULL))
);
CREATE INDEX shelter_placements_case ON shelter_placements (case_id, entered_on);
CREATE INDEX shelter_placements_shelter ON shelter_placements (shelter_id, entered_on);
-- A person is in one place at a time.
CREATE UNIQUE INDEX shelter_placements_one_open ON shelter_placements (case_id) WHERE exited_on IS NULL;

-- The minimum standards a shelter is inspected against; the Coordinator's office keeps the list.
CREATE TABLE shelter_checklist_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  position integer NOT NULL,
  text_az text NOT NULL,
  text_ru text NOT NULL DEFAULT '',
  text_en text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO shelter_checklist_items (position, text_az, text_ru, text_en) VALUES
  (1, 'Sakinlər sığınacağı istədikləri vaxt tərk edə bilirlər; sığınacaq saxlanma yeri deyil.',
      'Проживающие могут покинуть приют в любое время; приют не является местом содержания под стражей.',
      'Residents may leave whenever they wish; the shelter is never a place of detention.'),
  (2, 'Qadınlar, kişilər və uşaqlar ayrı yerləşdirilir.', 'Женщины, мужчины и дети размещаются раздельно.', 'Women, men and children are accommodated separately.'),
  (3, 'Binanın təhlükəsizliyi və mühafizəsi təmin olunub.', 'Обеспечены безопасность и охрана здания.', 'The building is safe and guarded.'),
  (4, 'Sakinlərin qeydləri məxfi saxlanılır və yalnız səlahiyyətli işçilərə açıqdır.',
      'Записи о проживающих хранятся конфиденциально и доступны только уполномоченным сотрудникам.',
      'Residents'' records are kept confidential and open to authorised staff only.'),
  (5, 'Müsahibə üçün ayrıca otaq var.', 'Есть отдельная комната для бесед.', 'There is a private room for interviews.'),
  (6, 'Tibbi yardım əlçatandır.', 'Медицинская помощь доступна.', 'Medical care is available.'),
  (7, 'Psixoloji yardım göstərilir.', 'Оказывается психологическая помощь.', 'Psychological support is given.'),
  (8, 'Hüquqi yardım təmin olunur.', 'Обеспечивается юридическая помощь.', 'Legal aid is provided.'),
  (9, 'Lazım olduqda tərcüməçi təmin olunur.', 'При необходимости предоставляется переводчик.', 'An interpreter is provided when needed.'),
  (10, 'Sanitariya-gigiyena şəraiti və qidalanma normalara uyğundur.', 'Санитарно-гигиенические условия и питание соответствуют нормам.', 'Hygiene, sanitation and food meet the norms.'),
  (11, 'Uşaqların təhsilə çıxışı var.', 'Дети имеют доступ к образованию.', 'Children have access to education.'),
  (12, 'İşçilər insan alverindən zərər çəkmiş şəxslərlə iş üzrə təlim keçib.', 'Сотрудники прошли обучение работе с пострадавшими от торговли людьми.', 'Staff are trained to work with people who suffered from trafficking.'),
  (13, 'Sakinlər şikayət qaydası barədə məlumatlandırılıb.', 'Проживающие проинформированы о порядке подачи жалоб.', 'Residents are told how to complain.');

-- An inspection against the checklist: each item's result with the item's text as it was, findings,
-- and the follow-up actions it asked for.
CREATE TABLE shelter_inspections (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  shelter_id uuid NOT NULL REFERENCES shelters (id),
  inspector_org_id uuid NOT NULL REFERENCES organisations (id),
  inspected_on date NOT NULL,
  -- [{ itemId, text: { az, ru, en }, result, comment }]
  results jsonb NOT NULL DEFAULT '[]'::jsonb,
  findings text NOT NULL DEFAULT '',
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX shelter_inspections_shelter ON shelter_inspections (shelter_id, inspected_on DESC);

CREATE TABLE shelter_inspection_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  inspection_id uuid NOT NULL REFERENCES shelter_inspections (id),
  shelter_id uuid NOT NULL REFERENCES shelters (id),
  text text NOT NULL,
  due_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
  done_on date,
  note text,
  revision integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'done') = (done_on IS NOT NULL))
);
CREATE INDEX shelter_inspection_actions_inspection ON shelter_inspection_actions (inspection_id);
CREATE INDEX shelter_inspection_actions_open ON shelter_inspection_actions (shelter_id) WHERE status <> 'done';

-- Services of a case: asked for (by which body, when), provided by whom, when, with what outcome.
CREATE TABLE case_services (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL CHECK (kind IN ('medical', 'psychological', 'legal_aid', 'interpreter', 'education', 'vocational_training',
    'financial_help', 'housing', 'family_tracing')),
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'in_progress', 'provided', 'declined', 'unavailable', 'cancelled')),
  requested_on date NOT NULL,
  requested_by_org_id uuid NOT NULL REFERENCES organisations (id),
  details_sealed text,
  provider_org_id uuid REFERENCES organisations (id),
  -- A provider outside the registry of bodies (a clinic, a school), named as written.
  provider_name text,
  started_on date,
  completed_on date,
  outcome_sealed text,
  revision integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (started_on IS NULL OR started_on >= requested_on),
  CHECK (completed_on IS NULL OR (started_on IS NOT NULL AND completed_on >= started_on))
);
CREATE INDEX case_services_case ON case_services (case_id, requested_on);

-- The individual rehabilitation and reintegration plan: one per case, its goals and its reviews.
CREATE TABLE care_plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL UNIQUE REFERENCES cases (id),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'completed', 'discontinued')),
  started_on date NOT NULL,
  responsible_org_id uuid NOT NULL REFERENCES organisations (id),
  next_review_on date,
  revision integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX care_plans_review ON care_plans (next_review_on) WHERE status = 'active';

CREATE TABLE care_plan_goals (
  id uuid PRIMARY KEY,
  plan_id uuid NOT NULL REFERENCES care_plans (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  area text NOT NULL CHECK (area IN ('medical', 'psychological', 'legal_aid', 'interpreter', 'education', 'vocational_training',
    'financial_help', 'housing', 'family_tracing', 'safety', 'family', 'other')),
  text_sealed text NOT NULL,
  responsible_org_id uuid REFERENCES organisations (id),
  target_on date,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'achieved', 'not_achieved', 'dropped')),
  revision integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX care_plan_goals_plan ON care_plan_goals (plan_id, created_at);

CREATE TABLE care_plan_reviews (
  id uuid PRIMARY KEY,
  plan_id uuid NOT NULL REFERENCES care_plans (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  held_on date NOT NULL,
  summary_sealed text NOT NULL,
  next_review_on date,
  reviewed_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (next_review_on IS NULL OR next_review_on > held_on)
);
CREATE INDEX care_plan_reviews_plan ON care_plan_reviews (plan_id, held_on);

-- Record scope: a case's placements, services and plan are seen exactly as far as the case is.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['shelter_placements', 'case_services', 'care_plans', 'care_plan_goals', 'care_plan_reviews']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) '
                   'WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))', t || '_scope', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON shelters, shelter_placements, shelter_inspection_actions, case_services, care_plans, care_plan_goals TO koordinator_app;
GRANT SELECT, INSERT ON shelter_inspections, care_plan_reviews TO koordinator_app;
GRANT SELECT, INSERT, UPDATE ON shelter_checklist_items TO koordinator_app;

-- Current occupancy of every shelter on a day, by category, counted over all placements whatever
-- the caller may read: counts per shelter only, never who.
CREATE FUNCTION shelter_occupancy(p_on date) RETURNS TABLE (shelter_id uuid, female integer, male integer, children integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.id,
         (count(p.id) FILTER (WHERE p.category = 'female'))::int,
         (count(p.id) FILTER (WHERE p.category = 'male'))::int,
         (count(p.id) FILTER (WHERE p.category = 'children'))::int
    FROM shelters s
    LEFT JOIN shelter_placements p ON p.shelter_id = s.id AND p.entered_on <= p_on AND (p.exited_on IS NULL OR p.exited_on > p_on)
   GROUP BY s.id
$$;
REVOKE ALL ON FUNCTION shelter_occupancy(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shelter_occupancy(date) TO koordinator_app;

-- Takes the shelter's row lock for the rest of the transaction, then counts the places taken on
-- each of the days: two placements into one shelter queue here, so both cannot take the last place.
CREATE FUNCTION shelter_lock_and_count(p_shelter uuid, p_days date[]) RETURNS TABLE (day date, female integer, male integer, children integer)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF app_role() IS NULL THEN RAISE EXCEPTION 'not allowed' USING ERRCODE = '42501'; END IF;
  PERFORM 1 FROM shelters WHERE id = p_shelter FOR UPDATE;
  RETURN QUERY
    SELECT d.day,
           (count(p.id) FILTER (WHERE p.category = 'female'))::int,
           (count(p.id) FILTER (WHERE p.category = 'male'))::int,
           (count(p.id) FILTER (WHERE p.category = 'children'))::int
      FROM unnest(p_days) AS d (day)
      LEFT JOIN shelter_placements p ON p.shelter_id = p_shelter AND p.entered_on <= d.day AND (p.exited_on IS NULL OR p.exited_on > d.day)
     GROUP BY d.day;
END $$;
REVOKE ALL ON FUNCTION shelter_lock_and_count(uuid, date[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shelter_lock_and_count(uuid, date[]) TO koordinator_app;

-- Whether a body may take the person of a case the caller sees: it owns the case, or it accepted a
-- referral of it. Referrals between other bodies are hidden from the caller, so this looks with
-- the owner's rights, for a case the caller can see only.
CREATE FUNCTION case_accepted_by(p_case uuid, p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM cases c
     WHERE c.id = p_case
       AND app_has_case_role() AND (app_sees_all_cases() OR c.owner_org_id = app_org_id() OR app_case_access_open(c.id))
       AND (c.owner_org_id = p_org
            OR EXISTS (SELECT 1 FROM case_referrals r WHERE r.case_id = c.id AND r.to_org_id = p_org AND r.status = 'accepted')))
$$;
REVOKE ALL ON FUNCTION case_accepted_by(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_accepted_by(uuid, uuid) TO koordinator_app;
