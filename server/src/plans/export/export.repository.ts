import type { Tx } from '../../db/database.js';
import { participantsOf, subActionsOf } from '../plans.repository.js';
import { periodOf } from '../plans.presenter.js';
import { periodText } from '../../../../common/src/plan-format.js';

/** How the plans write "on a regular basis". */
const ONGOING = 'mütəmadi';

export interface ExportParticipant {
  role: 'executor' | 'involved' | 'generic' | 'recommended';
  name: string;
  organisationName: string | null;
  organisationShortName: string | null;
}

export interface ExportMeasure {
  code: string;
  text: string;
  periodText: string;
  periodFrom: string | null;
  periodTo: string | null;
  participants: ExportParticipant[];
  subActions: { text: string; periodText: string }[];
}

export interface ExportPlan {
  title: string;
  act: { kind: string | null; number: string; date: string | null } | null;
  periodFrom: string | null;
  periodTo: string | null;
  sections: { code: string; title: string; measures: ExportMeasure[] }[];
  notes: string[];
}

/** The whole plan in reading order, shaped for the Word and Excel exports. */
export async function loadPlanForExport(tx: Tx, planId: string): Promise<ExportPlan | null> {
  const plan = await tx.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) return null;
  const sections = await tx.selectFrom('plan_sections').select(['id', 'code', 'title']).where('plan_id', '=', planId).orderBy('position').execute();
  const measures = await tx
    .selectFrom('measures')
    .select(['id', 'section_id', 'code', 'text', 'period_kind', 'period_text', 'period_from', 'period_to'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  const ids = measures.map((m) => m.id);
  const [participants, subActions] = await Promise.all([participantsOf(tx, ids), subActionsOf(tx, ids)]);
  return {
    title: plan.title,
    act: plan.act_number ? { kind: plan.act_kind, number: plan.act_number, date: plan.act_date } : null,
    periodFrom: plan.period_from,
    periodTo: plan.period_to,
    notes: plan.notes,
    sections: sections.map((section) => ({
      code: section.code,
      title: section.title,
      measures: measures
        .filter((m) => m.section_id === section.id)
        .map((m) => ({
          code: m.code,
          text: m.text,
          periodText: periodText(periodOf(m), ONGOING),
          periodFrom: m.period_from,
          periodTo: m.period_to,
          participants: participants
            .filter((p) => p.measure_id === m.id)
            .map((p) => ({ role: p.role, name: p.name, organisationName: p.name_az, organisationShortName: p.short_name })),
          subActions: subActions.filter((a) => a.measure_id === m.id).map((a) => ({ text: a.text, periodText: periodText(periodOf(a), ONGOING) })),
        })),
    })),
  };
}

/** The executing-bodies cell as the plans write it: executors, then "… cəlb etməklə" for involved parties. */
export function executorsCell(participants: ExportParticipant[]): string {
  const executors = participants.filter((p) => p.role === 'executor' || p.role === 'generic').map((p) => p.name);
  const involved = participants.filter((p) => p.role === 'involved').map((p) => p.name);
  if (!involved.length) return executors.join(', ');
  const involvement = `${involved.join(', ')} cəlb etməklə`;
  return executors.length ? `${executors.join(', ')} (${involvement})` : involvement;
}
