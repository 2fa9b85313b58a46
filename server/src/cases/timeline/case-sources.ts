import { isCasePart, type CasePart } from '../../../../common/src/case-parts.js';
import { iso, type TimelineSource } from './timeline-source.js';

const part = (value: string): CasePart | null => (isCasePart(value) ? value : null);

/** The case itself: the first contact, and when and by which body it was recorded. */
export const caseSource: TimelineSource = {
  name: 'case',
  parts: [null],
  async collect({ tx, caseId }) {
    const row = await tx
      .selectFrom('cases')
      .innerJoin('organisations as owner', 'owner.id', 'cases.owner_org_id')
      .select(['cases.id', 'cases.created_at', 'cases.first_contact_on', 'cases.identification_channel', 'owner.short_name'])
      .where('cases.id', '=', caseId)
      .executeTakeFirst();
    if (!row) return [];
    return [
      { id: `case:${row.id}:contact`, at: row.first_contact_on, allDay: true, kind: 'case_first_contact', part: null, body: row.short_name, params: { channel: row.identification_channel } },
      { id: `case:${row.id}:recorded`, at: iso(row.created_at), allDay: false, kind: 'case_recorded', part: null, body: row.short_name, params: { channel: row.identification_channel } },
    ];
  },
};

/** Consents given or refused; they go with every part. */
export const consentSource: TimelineSource = {
  name: 'consents',
  parts: [null],
  async collect({ tx, caseId }) {
    const rows = await tx
      .selectFrom('case_consents as c')
      .innerJoin('users as u', 'u.id', 'c.recorded_by')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['c.id', 'c.purpose', 'c.given', 'c.recorded_on', 'c.recorded_at', 'o.short_name'])
      .where('c.case_id', '=', caseId)
      .execute();
    return rows.map((row) => ({ id: `consent:${row.id}`, at: row.recorded_on, allDay: true, kind: row.given ? 'consent_given' : 'consent_refused', part: null, body: row.short_name, params: { purpose: row.purpose }, recordedAt: iso(row.recorded_at) }));
  },
};

/** Decisions on the person's status (potential, presumed, identified, not a victim), as the victim context records them. */
export const decisionSource: TimelineSource = {
  name: 'decisions',
  parts: ['victim'],
  async collect({ tx, caseId }) {
    const rows = await tx
      .selectFrom('victim_status_history as h')
      .innerJoin('users as u', 'u.id', 'h.recorded_by')
      .innerJoin('organisations as recorder', 'recorder.id', 'u.organisation_id')
      .leftJoin('organisations as decider', 'decider.id', 'h.decided_by_org_id')
      .select(['h.id', 'h.trafficking_status', 'h.decided_on', 'h.recorded_at', 'recorder.short_name as recorder', 'decider.short_name as decider'])
      .where('h.case_id', '=', caseId)
      .execute();
    return rows.map((row) => ({
      id: `decision:${row.id}`,
      at: row.decided_on ?? iso(row.recorded_at),
      allDay: row.decided_on !== null,
      kind: 'status_decided',
      part: 'victim' as const,
      body: row.decider ?? row.recorder,
      params: { status: row.trafficking_status },
      recordedAt: iso(row.recorded_at),
    }));
  },
};

/** Risk and needs assessments (the services part). */
export const assessmentSource: TimelineSource = {
  name: 'assessments',
  parts: ['services'],
  async collect({ tx, caseId }) {
    const rows = await tx
      .selectFrom('case_assessments as a')
      .innerJoin('users as u', 'u.id', 'a.recorded_by')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['a.id', 'a.kind', 'a.level', 'a.assessed_on', 'a.recorded_at', 'o.short_name'])
      .where('a.case_id', '=', caseId)
      .execute();
    return rows.map((row) => ({ id: `assessment:${row.id}`, at: row.assessed_on, allDay: true, kind: 'assessment', part: 'services' as const, body: row.short_name, params: { assessment: row.kind, level: row.level }, recordedAt: iso(row.recorded_at) }));
  },
};

/** Notes, each in its own part; the text stays on the record, the timeline says who wrote one when. */
export const noteSource: TimelineSource = {
  name: 'notes',
  parts: ['victim', 'services', 'safety', 'investigation', 'hotline'],
  async collect({ tx, caseId }) {
    const rows = await tx
      .selectFrom('case_notes as n')
      .innerJoin('users as u', 'u.id', 'n.created_by')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['n.id', 'n.part', 'n.created_at', 'o.short_name'])
      .where('n.case_id', '=', caseId)
      .execute();
    return rows.map((row) => ({ id: `note:${row.id}`, at: iso(row.created_at), allDay: false, kind: 'note_added', part: part(row.part), body: row.short_name, params: { part: row.part } }));
  },
};

/** Documents added, each in its own part (the file's name is sealed and not shown here). */
export const documentSource: TimelineSource = {
  name: 'documents',
  parts: ['identity', 'victim', 'services', 'safety', 'investigation', 'hotline'],
  async collect({ tx, caseId }) {
    const rows = await tx
      .selectFrom('case_documents as d')
      .innerJoin('users as u', 'u.id', 'd.created_by')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['d.id', 'd.part', 'd.created_at', 'o.short_name'])
      .where('d.case_id', '=', caseId)
      .execute();
    return rows.map((row) => ({ id: `document:${row.id}`, at: iso(row.created_at), allDay: false, kind: 'document_added', part: part(row.part), body: row.short_name, params: { part: row.part } }));
  },
};

/** Criminal proceedings, from the day they were opened (the investigation part). */
export const proceedingSource: TimelineSource = {
  name: 'proceedings',
  parts: ['investigation'],
  async collect({ tx, caseId }) {
    const rows = await tx.selectFrom('proceedings').select(['id', 'number', 'article', 'stage', 'opened_on']).where('case_id', '=', caseId).where('opened_on', 'is not', null).execute();
    return rows.map((row) => ({
      id: `proceeding:${row.id}`, at: row.opened_on!, allDay: true, kind: 'proceeding_opened', part: 'investigation' as const, body: null,
      params: { number: row.number, article: row.article, stage: row.stage },
    }));
  },
};
