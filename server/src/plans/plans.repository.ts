import { sql, type SqlBool, type Expression, type ExpressionBuilder } from 'kysely';
import type { Tx } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { containing } from '../db/like.js';

export function listPlans(tx: Tx) {
  return tx
    .selectFrom('plans')
    .select([
      'plans.id',
      'plans.title',
      'plans.act_kind',
      'plans.act_number',
      'plans.act_date',
      'plans.period_from',
      'plans.period_to',
      'plans.notes',
      (eb) => eb.selectFrom('measures').whereRef('measures.plan_id', '=', 'plans.id').select(sql<number>`count(*)::int`.as('n')).as('measure_count'),
      (eb) => eb.selectFrom('plan_sections').whereRef('plan_sections.plan_id', '=', 'plans.id').select(sql<number>`count(*)::int`.as('n')).as('section_count'),
      (eb) =>
        eb
          .selectFrom('measure_wording_variants')
          .innerJoin('measures', 'measures.id', 'measure_wording_variants.measure_id')
          .whereRef('measures.plan_id', '=', 'plans.id')
          .where('measure_wording_variants.status', '=', 'open')
          .select(sql<number>`count(*)::int`.as('n'))
          .as('open_variants'),
      (eb) =>
        eb
          .selectFrom('measure_participants')
          .innerJoin('measures', 'measures.id', 'measure_participants.measure_id')
          .whereRef('measures.plan_id', '=', 'plans.id')
          .where('measure_participants.organisation_id', 'is', null)
          .where('measure_participants.role', '!=', 'generic')
          .select(sql<number>`count(distinct measure_participants.name_key)::int`.as('n'))
          .as('unmatched_names'),
    ])
    .orderBy('plans.period_from', 'desc')
    .orderBy('plans.title');
}

export type PlanRow = Awaited<ReturnType<ReturnType<typeof listPlans>['executeTakeFirstOrThrow']>>;

export function findPlan(tx: Tx, id: string) {
  return listPlans(tx).where('plans.id', '=', id).executeTakeFirst();
}

export async function findPlanContents(tx: Tx, planId: string) {
  const [chapters, sections] = await Promise.all([
    tx.selectFrom('plan_chapters').select(['number', 'title', 'body']).where('plan_id', '=', planId).orderBy('position').execute(),
    tx
      .selectFrom('plan_sections')
      .select(['code', 'title', (eb) => eb.selectFrom('measures').whereRef('measures.section_id', '=', 'plan_sections.id').select(sql<number>`count(*)::int`.as('n')).as('measure_count')])
      .where('plan_id', '=', planId)
      .orderBy('position')
      .execute(),
  ]);
  return { chapters, sections };
}

export async function deletePlan(tx: Tx, id: string) {
  await tx.deleteFrom('plans').where('id', '=', id).execute();
}

/** What a measure is shown with, in lists and single reads alike. */
const measureColumns = [
  'measures.id',
  'measures.plan_id',
  'measures.code',
  'measures.text',
  'measures.period_kind',
  'measures.period_from',
  'measures.period_to',
  'measures.period_text',
  'measures.confidence',
  'plan_sections.code as section_code',
  'plan_sections.title as section_title',
  (eb: ExpressionBuilder<DB, 'measures'>) =>
    eb
      .selectFrom('measure_wording_variants')
      .whereRef('measure_wording_variants.measure_id', '=', 'measures.id')
      .where('measure_wording_variants.status', '=', 'open')
      .select(sql<number>`count(*)::int`.as('n'))
      .as('open_variants'),
] as const;

export interface MeasureFilter {
  planId?: string;
  q?: string;
  organisationId?: string;
  section?: string;
  period?: 'this_year' | 'overdue' | 'ongoing';
  role?: 'executor' | 'involved' | 'generic' | 'recommended';
  page: number;
  pageSize: number;
}

/** Each word of the query must occur in the text, ignoring case and diacritics. */
function matchesWords(words: string[]) {
  return (eb: ExpressionBuilder<DB, 'measures'>): Expression<SqlBool> =>
    eb.and(words.map((word) => eb(sql`az_fold(measures.text)`, 'like', sql`az_fold(${containing(word)})`)));
}

function participatesAs(organisationId: string | undefined, role: MeasureFilter['role']) {
  return (eb: ExpressionBuilder<DB, 'measures'>): Expression<SqlBool> => {
    let inner = eb.selectFrom('measure_participants').select('measure_participants.id').whereRef('measure_participants.measure_id', '=', 'measures.id');
    if (organisationId) inner = inner.where('measure_participants.organisation_id', '=', organisationId);
    if (role) inner = inner.where('measure_participants.role', '=', role);
    return eb.exists(inner);
  };
}

export async function listMeasures(tx: Tx, filter: MeasureFilter, today: string) {
  let query = tx.selectFrom('measures').innerJoin('plan_sections', 'plan_sections.id', 'measures.section_id');
  if (filter.planId) query = query.where('measures.plan_id', '=', filter.planId);
  const words = filter.q?.split(/\s+/).filter(Boolean) ?? [];
  if (words.length) query = query.where(matchesWords(words));
  if (filter.organisationId || filter.role) query = query.where(participatesAs(filter.organisationId, filter.role));
  if (filter.section) query = query.where('plan_sections.code', '=', filter.section);
  if (filter.period === 'ongoing') query = query.where('measures.period_kind', '=', 'ongoing');
  if (filter.period === 'overdue') query = query.where('measures.period_kind', '!=', 'ongoing').where('measures.period_to', '<', today);
  if (filter.period === 'this_year') {
    const year = today.slice(0, 4);
    query = query.where('measures.period_kind', '!=', 'ongoing').where('measures.period_to', '>=', `${year}-01-01`).where('measures.period_to', '<=', `${year}-12-31`);
  }
  const [rows, total] = await Promise.all([
    query
      .innerJoin('plans', 'plans.id', 'measures.plan_id')
      .select(measureColumns)
      .orderBy('plans.period_from', 'desc')
      .orderBy('measures.plan_id')
      .orderBy('measures.position')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

export type MeasureRow = Awaited<ReturnType<typeof listMeasures>>['rows'][number];

export function findMeasureRow(tx: Tx, id: string) {
  return tx
    .selectFrom('measures')
    .innerJoin('plan_sections', 'plan_sections.id', 'measures.section_id')
    .select(measureColumns)
    .where('measures.id', '=', id)
    .executeTakeFirst();
}

export async function participantsOf(tx: Tx, measureIds: string[]) {
  if (!measureIds.length) return [];
  return tx
    .selectFrom('measure_participants')
    .leftJoin('organisations', 'organisations.id', 'measure_participants.organisation_id')
    .select([
      'measure_participants.measure_id',
      'measure_participants.role',
      'measure_participants.name',
      'measure_participants.generic_key',
      'organisations.id as organisation_id',
      'organisations.short_name',
      'organisations.name_az',
      'organisations.name_ru',
      'organisations.name_en',
    ])
    .where('measure_participants.measure_id', 'in', measureIds)
    .orderBy('measure_participants.measure_id')
    .orderBy('measure_participants.position')
    .execute();
}

export async function subActionsOf(tx: Tx, measureIds: string[]) {
  if (!measureIds.length) return [];
  return tx
    .selectFrom('measure_sub_actions')
    .select(['measure_id', 'text', 'period_kind', 'period_from', 'period_to', 'period_text'])
    .where('measure_id', 'in', measureIds)
    .orderBy('measure_id')
    .orderBy('position')
    .execute();
}
