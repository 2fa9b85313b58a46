import type { CasePart } from '../../../common/src/case-parts.js';
import type { Actor } from '../policies/policy.js';
import { caseAbilities, casePartsFor, type CaseRelation } from '../policies/cases.js';
import type { IdentityVault } from './crypto/identity-vault.js';
import { openIdentity } from './identity.js';
import type { CaseDetails, CaseRow } from './cases.repository.js';

const iso = (value: Date | string) => new Date(value).toISOString();

export function relationOf(row: CaseRow): CaseRelation {
  return { ownerOrgId: row.owner_org_id, seesAllCases: row.sees_all, referralParts: row.referral_parts, grants: row.grants };
}

export function accessOf(actor: Actor, row: CaseRow) {
  const relation = relationOf(row);
  const parts = casePartsFor(actor, relation);
  return { relation, parts, abilities: caseAbilities(actor, relation, parts) };
}

function header(row: CaseRow) {
  return {
    id: row.id,
    reference: row.reference,
    owner: { id: row.owner_org_id, shortName: row.owner_short_name, nameAz: row.owner_name_az },
    status: row.status,
    traffickingStatus: row.trafficking_status,
    identificationChannel: row.identification_channel,
    firstContactOn: row.first_contact_on,
    revision: row.revision,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function identity(vault: IdentityVault, row: CaseRow) {
  const sealed = openIdentity(vault, row.person_id, row.identity_sealed);
  return {
    personId: row.person_id,
    revision: row.person_revision,
    ...sealed,
    sex: row.sex,
    birthYear: row.birth_year,
    estimatedAge: row.estimated_age,
    citizenships: row.citizenships,
    stateless: row.stateless,
    languages: row.languages,
    migrationStatus: row.migration_status,
    disabilities: row.disabilities,
    childAtIdentification: row.child_at_identification,
    childAtExploitation: row.child_at_exploitation,
  };
}

/** A row of the case list: the header, and the main name only where the caller sees identities. */
export function presentCaseSummary(vault: IdentityVault, actor: Actor, row: CaseRow) {
  const { parts } = accessOf(actor, row);
  const name = parts.has('identity') ? openIdentity(vault, row.person_id, row.identity_sealed).names[0] ?? null : null;
  return { ...header(row), name, sex: parts.has('identity') ? row.sex : null, parts: [...parts] };
}

export function presentCase(vault: IdentityVault, actor: Actor, row: CaseRow, details: CaseDetails) {
  const { parts, abilities } = accessOf(actor, row);
  const has = (part: CasePart) => parts.has(part);
  const openText = (sealed: string, context: string) => vault.open(sealed, context);
  const notesOf = (part: CasePart) =>
    details.notes.filter((note) => note.part === part).map((note) => ({ id: note.id, part: note.part, body: openText(note.body_sealed, `note:${note.id}`), author: note.author, authorOrg: note.author_org, createdAt: iso(note.created_at) }));
  return {
    ...header(row),
    closureReason: row.closure_reason,
    parts: [...parts],
    abilities,
    consents: details.consents.map((c) => ({ id: c.id, purpose: c.purpose, given: c.given, recordedOn: c.recorded_on })),
    referrals: details.referrals.map((r) => ({ id: r.id, status: r.status, parts: r.parts, reason: r.reason, fromOrg: r.from_org, toOrg: r.to_org, fromOrgId: r.from_org_id, toOrgId: r.to_org_id, createdAt: iso(r.created_at), closedAt: r.closed_at ? iso(r.closed_at) : null })),
    identity: has('identity') ? identity(vault, row) : null,
    victim: has('victim')
      ? {
          revision: row.victim_revision ?? 1,
          traffickingStatus: row.trafficking_status,
          statusDecidedByOrgId: row.status_decided_by_org_id,
          statusDecidedOn: row.status_decided_on,
          exploitation: row.exploitation ?? [],
          forcedLabourIndustry: row.forced_labour_industry,
          sexExploitation: row.sex_exploitation ?? [],
          recruitmentMethods: row.recruitment_methods ?? [],
          controlMethods: row.control_methods ?? [],
          relationshipToTrafficker: row.relationship_to_trafficker,
          transnational: row.transnational,
          exploitationStartedOn: row.exploitation_started_on,
          events: details.events.map((e) => ({ kind: e.kind, country: e.country, place: e.place_sealed ? openText(e.place_sealed, `event:${e.id}`) : null, dateFrom: e.date_from, dateTo: e.date_to })),
          statusHistory: details.statusHistory.map((h) => ({ traffickingStatus: h.trafficking_status, decidedOn: h.decided_on, decidedBy: h.decided_by, recordedAt: iso(h.recorded_at) })),
          notes: notesOf('victim'),
        }
      : null,
    services: has('services')
      ? {
          assessments: details.assessments.map((a) => ({ id: a.id, kind: a.kind, assessedOn: a.assessed_on, level: a.level, body: openText(a.body_sealed, `assessment:${a.id}`) })),
          notes: notesOf('services'),
        }
      : null,
    safety: has('safety') ? { notes: notesOf('safety') } : null,
    investigation: has('investigation')
      ? {
          perpetrators: details.perpetrators.map((p) => ({ id: p.id, roles: p.roles, sex: p.sex, citizenship: p.citizenship, name: p.identity_sealed ? openText(p.identity_sealed, `perpetrator:${p.id}`) : null })),
          proceedings: details.proceedings.map((p) => ({
            id: p.id, number: p.number, article: p.article, stage: p.stage, openedOn: p.opened_on, defendants: p.defendants, revision: p.revision,
            proceedsTraced: p.proceeds_traced === null ? null : Number(p.proceeds_traced),
            proceedsConfiscated: p.proceeds_confiscated === null ? null : Number(p.proceeds_confiscated),
            compensationOrdered: p.compensation_ordered === null ? null : Number(p.compensation_ordered),
            currency: p.currency,
          })),
          notes: notesOf('investigation'),
        }
      : null,
    hotline: has('hotline') ? { notes: notesOf('hotline') } : null,
  };
}
