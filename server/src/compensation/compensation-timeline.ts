import type { CasePart } from '../../../common/src/case-parts.js';
import type { TimelineEvent, TimelineSource } from '../cases/timeline/timeline-source.js';

/**
 * Compensation claims (made, decided) and payments, with their amounts in manats. They belong to
 * the 'services' and the 'investigation' part alike (policies/compensation.ts), so each event
 * carries whichever of the two the caller sees.
 */
export const compensationTimelineSource: TimelineSource = {
  name: 'compensation',
  parts: ['services', 'investigation'],
  async collect({ tx, caseId, parts }) {
    const part: CasePart = parts.has('services') ? 'services' : 'investigation';
    const [claims, payments] = await Promise.all([
      tx.selectFrom('case_compensation_claims').select(['id', 'source', 'claimed_on', 'amount_claimed', 'decision', 'decided_on', 'amount_awarded', 'created_at'])
        .where('case_id', '=', caseId).execute(),
      tx.selectFrom('case_compensation_payments as p').innerJoin('case_compensation_claims as c', 'c.id', 'p.claim_id')
        .select(['p.id', 'p.paid_on', 'p.amount', 'p.created_at', 'c.source']).where('p.case_id', '=', caseId).execute(),
    ]);
    const events: TimelineEvent[] = [];
    for (const c of claims) {
      events.push({ id: `compensation:${c.id}:claimed`, at: c.claimed_on, allDay: true, kind: 'compensation_claimed', part, body: null, params: { source: c.source, amount: c.amount_claimed }, recordedAt: new Date(c.created_at).toISOString() });
      if (c.decision && c.decided_on) {
        events.push({ id: `compensation:${c.id}:decided`, at: c.decided_on, allDay: true, kind: `compensation_${c.decision}`, part, body: null, params: { source: c.source, amount: c.amount_awarded } });
      }
    }
    for (const p of payments) {
      events.push({ id: `compensation-payment:${p.id}`, at: p.paid_on, allDay: true, kind: 'compensation_paid', part, body: null, params: { source: p.source, amount: p.amount }, recordedAt: new Date(p.created_at).toISOString() });
    }
    return events;
  },
};
