-- The case list: record scope evaluated once per statement instead of once per row.
--
-- The same rule as 0006_cases.sql, written so that PostgreSQL can compute the caller's part of it
-- once: app_sees_all_cases() runs with its owner's rights (SECURITY DEFINER), which PostgreSQL
-- never inlines, so in a policy it ran for every row of `cases`, and again for every row of each
-- case-linked table whose policy looks the case up. A sub-select that does not depend on the row
-- (`(SELECT app_sees_all_cases())`) is an InitPlan: evaluated once per statement, its value then
-- compared per row. app_has_case_role() and app_org_id() read the acting identity set for the
-- transaction, which a statement cannot change, so they are the same value for every row too.
-- The third way in, an open referral or a granted access to the caller's body, was asked per row
-- (app_case_access_open(id): two look-ups for every case the body does not own); it is now the set
-- of those cases, read once per statement and hashed. app_case_access_open() keeps its meaning and
-- is written over the same set, so the rule stays in one place. Nothing else changes: the owner,
-- the special police unit and bodies with an open referral or a granted access see exactly the
-- cases they saw before.

-- The cases the caller's body reaches through an open referral or a granted access. Runs with the
-- caller's rights, as app_case_access_open() did: the rows it reads are those the caller may read.
CREATE FUNCTION app_open_case_ids() RETURNS SETOF uuid LANGUAGE sql STABLE AS $$
  SELECT r.case_id FROM case_referrals r WHERE r.to_org_id = app_org_id() AND r.status IN ('sent', 'accepted')
  UNION ALL
  SELECT g.case_id FROM case_access_grants g WHERE g.organisation_id = app_org_id()
     AND g.status = 'granted' AND (g.expires_at IS NULL OR g.expires_at > now())
$$;

-- For one case (functions that check a single case): inlined, the case id reaches both look-ups.
CREATE OR REPLACE FUNCTION app_case_access_open(p_case uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM app_open_case_ids() AS o (case_id) WHERE o.case_id = p_case)
$$;

ALTER POLICY cases_scope ON cases
  USING ((SELECT app_has_case_role()) AND ((SELECT app_sees_all_cases()) OR owner_org_id = (SELECT app_org_id()) OR id IN (SELECT o.case_id FROM app_open_case_ids() AS o (case_id))))
  WITH CHECK ((SELECT app_has_case_role()) AND ((SELECT app_sees_all_cases()) OR owner_org_id = (SELECT app_org_id()) OR id IN (SELECT o.case_id FROM app_open_case_ids() AS o (case_id))));

ALTER POLICY case_referrals_scope ON case_referrals
  USING ((SELECT app_has_case_role()) AND ((SELECT app_sees_all_cases()) OR from_org_id = (SELECT app_org_id()) OR to_org_id = (SELECT app_org_id())))
  WITH CHECK ((SELECT app_has_case_role()) AND ((SELECT app_sees_all_cases()) OR from_org_id = (SELECT app_org_id()) OR to_org_id = (SELECT app_org_id())));

ALTER POLICY case_access_grants_scope ON case_access_grants
  USING ((SELECT app_has_case_role()) AND ((SELECT app_sees_all_cases()) OR owner_org_id = (SELECT app_org_id()) OR organisation_id = (SELECT app_org_id())))
  WITH CHECK ((SELECT app_has_case_role()) AND ((SELECT app_sees_all_cases()) OR owner_org_id = (SELECT app_org_id()) OR organisation_id = (SELECT app_org_id())));

-- The list's order (newest first, the id breaking ties): a page is read in index order and the
-- scan stops after it, instead of sorting every visible case. Bodies that see only their own
-- cases already have cases_owner (owner_org_id, created_at DESC).
CREATE INDEX cases_created ON cases (created_at DESC, id);
