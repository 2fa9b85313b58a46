-- Foundation: organisations, users, sessions, the audit trail and the row-level-security plumbing.
-- Runs unchanged on PGlite (embedded) and on a PostgreSQL server (15 or later).

-- The application's own database role. Requests run as this role (SET ROLE), so row-level
-- security applies to them and the audit trail is insert-only for them. Migrations, backup and
-- `audit:verify` run as the connecting (owner) role.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'koordinator_app') THEN
    CREATE ROLE koordinator_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

DO $$
BEGIN
  EXECUTE format('GRANT koordinator_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN NULL; -- superusers need no membership; others get it when allowed
END $$;

GRANT USAGE ON SCHEMA public TO koordinator_app;

-- Per-transaction identity of the acting user, set by the application at the start of every
-- transaction with set_config(..., true). Row-level-security policies are written against these.
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
CREATE FUNCTION app_org_id() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.org_id', true), '')::uuid $$;
CREATE FUNCTION app_role() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.role', true), '') $$;

-- Azerbaijani alphabetical order without ICU (PGlite has none): letters are mapped to
-- characters that sort in the order a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z.
-- Order by it with COLLATE "C" so the server's locale cannot reorder the mapped characters.
CREATE FUNCTION az_sort_key(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(
    lower(translate(input, 'Iİ', 'ıi')),
    'abcçdeəfgğhxıijkqlmnoöprsştuüvyzw',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`{'
  )
$$;

-- Case- and diacritic-folded text for searching: "mecburi emek" finds "Məcburi əmək".
CREATE FUNCTION az_fold(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(lower(translate(input, 'Iİ', 'ıi')), 'əıöüçşğёй', 'eioucsgеи')
$$;

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text UNIQUE,
  name_az text NOT NULL,
  short_name text NOT NULL,
  name_ru text NOT NULL DEFAULT '',
  name_en text NOT NULL DEFAULT '',
  kind text NOT NULL CHECK (kind IN ('ministry', 'state_committee', 'state_service', 'agency', 'court',
    'prosecution', 'ombudsman', 'parliament', 'ngo', 'international', 'company', 'local_authority', 'other')),
  aliases text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisations_name_az_unique ON organisations (lower(name_az));
CREATE INDEX organisations_sort ON organisations ((az_sort_key(name_az) COLLATE "C"));

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  login text NOT NULL,
  full_name text NOT NULL,
  email text,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  role text NOT NULL CHECK (role IN ('national_coordinator', 'secretariat', 'agency_focal_point', 'agency_head',
    'police_investigator', 'police_supervisor', 'shelter_worker', 'hotline_operator', 'ngo_partner',
    'oversight_reader', 'admin')),
  locale text NOT NULL DEFAULT 'az' CHECK (locale IN ('az', 'ru', 'en')),
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT false,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  totp_secret text,
  totp_enabled boolean NOT NULL DEFAULT false,
  totp_last_step bigint,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_login_unique ON users (lower(login));
CREATE INDEX users_organisation ON users (organisation_id);

CREATE TABLE sessions (
  id text PRIMARY KEY, -- SHA-256 of the cookie token; the token itself is never stored
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('second_factor', 'enrolment', 'active')),
  pending_totp_secret text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user ON sessions (user_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON organisations, users, sessions TO koordinator_app;

-- The audit trail: append-only for the application role, hash-chained so that any altered or
-- removed entry is found by `npm run audit:verify`.
CREATE TABLE audit_log (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  user_id uuid,
  organisation_id uuid,
  role text,
  action text NOT NULL,
  resource text NOT NULL,
  record_id text,
  ip text,
  request_id text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user ON audit_log (user_id);
CREATE INDEX audit_log_record ON audit_log (resource, record_id);

CREATE TABLE audit_head (
  id integer PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION audit_entry_hash(prev text, e audit_log) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    e.seq::text, prev,
    to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(e.user_id::text, ''), coalesce(e.organisation_id::text, ''), coalesce(e.role, ''),
    e.action, e.resource, coalesce(e.record_id, ''), coalesce(e.ip, ''), coalesce(e.request_id, ''),
    coalesce(e.details::text, '{}')), 'UTF8')), 'hex')
$$;

-- Runs with the owner's rights so the application role needs only INSERT on audit_log and
-- nothing at all on audit_head. The advisory lock makes the chain's order the commit order.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(7262701);
  SELECT seq, hash INTO head_seq, head_hash FROM audit_head WHERE id = 1 FOR UPDATE;
  NEW.seq := head_seq + 1;
  NEW.prev_hash := head_hash;
  NEW.at := coalesce(NEW.at, now());
  NEW.hash := audit_entry_hash(NEW.prev_hash, NEW);
  UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
  RETURN NEW;
END $$;

CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

GRANT SELECT, INSERT ON audit_log TO koordinator_app;
