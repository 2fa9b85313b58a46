-- Identification of victims by the special police unit against the government's identification
-- indicators. The checklist is versioned: a new version is published as a whole, earlier ones
-- stay as they were, and every decision keeps the version it was made against.

CREATE TABLE identification_checklists (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL UNIQUE CHECK (version > 0),
  title text NOT NULL,
  published_on date NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Indicators of a version; child indicators are assessed in addition when the person is under 18.
CREATE TABLE identification_indicators (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  checklist_id uuid NOT NULL REFERENCES identification_checklists (id),
  code text NOT NULL,
  audience text NOT NULL CHECK (audience IN ('general', 'child')),
  position integer NOT NULL,
  text_az text NOT NULL,
  text_ru text NOT NULL,
  text_en text NOT NULL,
  UNIQUE (checklist_id, code)
);

CREATE TABLE case_identifications (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  checklist_id uuid NOT NULL REFERENCES identification_checklists (id),
  decision text NOT NULL CHECK (decision IN ('identified', 'not_identified', 'more_information')),
  decided_on date NOT NULL,
  officer_id uuid NOT NULL REFERENCES users (id),
  decided_by_org_id uuid NOT NULL REFERENCES organisations (id),
  indicators_met text[] NOT NULL DEFAULT '{}',
  child_path boolean NOT NULL,
  notes_sealed text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_identifications_case ON case_identifications (case_id, decided_on);

-- Record scope: visible, and written, only when the case is (0006_cases.sql).
ALTER TABLE case_identifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_identifications_scope ON case_identifications
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));

GRANT SELECT, INSERT ON identification_checklists, identification_indicators, case_identifications TO koordinator_app;

-- The first version, from the indicators the government adopted for the National Referral Mechanism.
INSERT INTO identification_checklists (id, version, title, published_on)
VALUES ('00000000-0000-4000-8000-0000000013a1', 1, 'İnsan alverinin qurbanlarının müəyyən edilməsi göstəriciləri', '2026-01-01');

INSERT INTO identification_indicators (checklist_id, code, audience, position, text_az, text_ru, text_en) VALUES
('00000000-0000-4000-8000-0000000013a1', 'G1', 'general', 1, 'Şəxsiyyət sənədləri başqasının əlindədir', 'Документы удерживаются другим лицом', 'Identity documents are held by someone else'),
('00000000-0000-4000-8000-0000000013a1', 'G2', 'general', 2, 'Hərəkət azadlığı məhdudlaşdırılıb', 'Свобода передвижения ограничена', 'Freedom of movement is restricted'),
('00000000-0000-4000-8000-0000000013a1', 'G3', 'general', 3, 'Borc əsarəti və ya qazancın əlindən alınması', 'Долговая кабала или изъятие заработка', 'Debt bondage or earnings taken'),
('00000000-0000-4000-8000-0000000013a1', 'G4', 'general', 4, 'Hədə, zorakılıq və ya ailəyə təhlükə', 'Угрозы, насилие или угрозы семье', 'Threats, violence or threats to the family'),
('00000000-0000-4000-8000-0000000013a1', 'G5', 'general', 5, 'İş və ya şərait barədə aldadılma', 'Обман об условиях работы или жизни', 'Deceived about the work or conditions'),
('00000000-0000-4000-8000-0000000013a1', 'G6', 'general', 6, 'Cinsi və ya əmək istismarı əlamətləri', 'Признаки сексуальной или трудовой эксплуатации', 'Signs of sexual or labour exploitation'),
('00000000-0000-4000-8000-0000000013a1', 'C1', 'child', 7, 'Uşaq valideyn və ya qanuni nümayəndəsiz müşayiət olunur', 'Ребёнок сопровождается не родителем и не законным представителем', 'The child is accompanied by someone other than a parent or legal representative'),
('00000000-0000-4000-8000-0000000013a1', 'C2', 'child', 8, 'Uşaq dilənçiliyə, işə və ya cinayətə cəlb olunub', 'Ребёнок вовлечён в попрошайничество, труд или преступления', 'The child is made to beg, work or commit crimes'),
('00000000-0000-4000-8000-0000000013a1', 'C3', 'child', 9, 'Uşaq məktəbə getmir və ya ailəsindən ayrılıb', 'Ребёнок не посещает школу или разлучён с семьёй', 'The child is out of school or separated from the family'),
('00000000-0000-4000-8000-0000000013a1', 'C4', 'child', 10, 'Erkən və ya məcburi nikah əlamətləri', 'Признаки раннего или принудительного брака', 'Signs of early or forced marriage');

-- The reflection period: time for the person to recover and decide, from its start for a number of
-- days (REFLECTION_DAYS, 30 unless configured), alerted before it ends, decided at its end.
CREATE TABLE case_reflection_periods (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL UNIQUE REFERENCES cases (id),
  started_on date NOT NULL,
  days integer NOT NULL CHECK (days BETWEEN 1 AND 365),
  decision text CHECK (decision IN ('assistance_continues', 'cooperates_with_proceedings', 'returns_home', 'declined_assistance')),
  decided_on date,
  decided_by uuid REFERENCES users (id),
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((decision IS NULL) = (decided_on IS NULL))
);

ALTER TABLE case_reflection_periods ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_reflection_periods_scope ON case_reflection_periods
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
GRANT SELECT, INSERT, UPDATE ON case_reflection_periods TO koordinator_app;
