import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction, type Tx } from '../../db/database.js';
import { actorOf, type AppContext } from '../../http/context.js';
import { notFound } from '../../http/problem.js';
import { typed, uuidParam } from '../../http/routing.js';
import type { Actor } from '../../policies/policy.js';
import { periodRows } from '../reports.repository.js';
import {
  countsByOrganisation,
  countsBySection,
  endedWithoutDone,
  heatmapCells,
  largestNeeds,
  lateOrganisations,
  listNeeds,
  needFilterOptions,
  totals,
  type NeedFilter,
  type StateCounts,
} from './dashboard.repository.js';
import { NEED_KINDS, needTotals } from './need-totals.js';

const stateCounts = { draft: z.number(), submitted: z.number(), accepted: z.number(), returned: z.number(), late: z.number() };
const withTotal = { ...stateCounts, total: z.number() };

export const dashboardSchema = z.object({
  period: z.object({ id: z.string(), year: z.number(), half: z.number().nullable(), dueOn: z.string(), status: z.enum(['open', 'closed']) }),
  byState: z.object(stateCounts),
  byOrganisation: z.array(z.object({ organisation: z.object({ id: z.string(), shortName: z.string(), nameAz: z.string() }), ...withTotal })),
  bySection: z.array(z.object({ section: z.object({ code: z.string(), title: z.string() }), ...withTotal })),
  heatmap: z.object({
    organisations: z.array(z.object({ id: z.string(), shortName: z.string() })),
    sections: z.array(z.object({ code: z.string(), title: z.string() })),
    cells: z.array(z.object({ organisationId: z.string(), section: z.string(), total: z.number(), accepted: z.number(), submitted: z.number(), returned: z.number() })),
  }),
  endedWithoutDone: z.array(z.object({ measure: z.object({ id: z.string(), code: z.string(), text: z.string() }), organisations: z.array(z.string()) })),
  lateOrganisations: z.array(z.object({ id: z.string(), shortName: z.string(), late: z.number(), missing: z.number() })),
  largestNeeds: z.array(
    z.object({ organisation: z.string(), measure: z.string(), kind: z.string(), description: z.string(), amount: z.number().nullable(), currency: z.string().nullable() }),
  ),
});

export type Dashboard = z.infer<typeof dashboardSchema>;

const counts = ({ draft, submitted, accepted, returned, late, total }: StateCounts) => ({ draft, submitted, accepted, returned, late, total });

export async function periodDashboard(tx: Tx, actor: Actor, periodId: string): Promise<Dashboard> {
  const period = await periodRows(tx).where('reporting_periods.id', '=', periodId).executeTakeFirst();
  if (!period) throw notFound();
  const [all, organisations, sections, cells, ended, late, needs] = await Promise.all([
    totals(tx, actor, periodId),
    countsByOrganisation(tx, actor, periodId),
    countsBySection(tx, actor, periodId),
    heatmapCells(tx, actor, periodId),
    endedWithoutDone(tx, actor, periodId),
    lateOrganisations(tx, actor, periodId),
    largestNeeds(tx, actor, periodId),
  ]);
  const measures = new Map<string, Dashboard['endedWithoutDone'][number]>();
  for (const row of ended) {
    const measure = measures.get(row.id) ?? { measure: { id: row.id, code: row.code, text: row.text }, organisations: [] };
    measure.organisations.push(row.short_name);
    measures.set(row.id, measure);
  }
  const { total: _total, ...byState } = counts(all);
  return {
    period: { id: period.id, year: period.year, half: period.half, dueOn: period.due_on, status: period.status },
    byState,
    byOrganisation: organisations.map((o) => ({ organisation: { id: o.id, shortName: o.short_name, nameAz: o.name_az }, ...counts(o) })),
    bySection: sections.map((s) => ({ section: { code: s.code, title: s.title }, ...counts(s) })),
    heatmap: {
      organisations: organisations.map((o) => ({ id: o.id, shortName: o.short_name })),
      sections: sections.map((s) => ({ code: s.code, title: s.title })),
      cells: cells.map((c) => ({ organisationId: c.organisation_id, section: c.section, total: c.total, accepted: c.accepted, submitted: c.submitted, returned: c.returned })),
    },
    endedWithoutDone: [...measures.values()],
    lateOrganisations: late.map((o) => ({ id: o.id, shortName: o.short_name, late: o.late, missing: o.missing })),
    largestNeeds: needs.map((n) => ({ organisation: n.short_name, measure: n.code, kind: n.kind, description: n.description, amount: n.amount, currency: n.currency })),
  };
}

const amountSchema = z.object({ currency: z.string().nullable(), amount: z.number() });

export const needsSchema = z.object({
  items: z.array(
    z.object({
      /** Unique within the answer: the entry and the need's place among the entry's needs listed. */
      key: z.string(),
      entryId: z.string(),
      state: z.enum(['draft', 'submitted', 'accepted', 'returned']),
      organisation: z.object({ id: z.string(), shortName: z.string(), nameAz: z.string() }),
      measure: z.object({ id: z.string(), code: z.string(), text: z.string() }),
      section: z.object({ code: z.string(), title: z.string() }),
      kind: z.string(),
      description: z.string(),
      amount: z.number().nullable(),
      currency: z.string().nullable(),
    }),
  ),
  totals: z.object({
    count: z.number(),
    byKind: z.array(z.object({ kind: z.enum(NEED_KINDS), count: z.number(), withAmount: z.number(), amounts: z.array(amountSchema) })),
    amounts: z.array(amountSchema),
  }),
  /** Every body and section with needs in the period, whatever the filters. */
  options: z.object({
    organisations: z.array(z.object({ id: z.string(), shortName: z.string(), nameAz: z.string() })),
    sections: z.array(z.object({ code: z.string(), title: z.string() })),
  }),
});

export type Needs = z.infer<typeof needsSchema>;

/** Every need the bodies named in a period (as far as the actor sees entries), filtered, with totals by kind. */
export async function periodNeeds(tx: Tx, actor: Actor, periodId: string, filter: NeedFilter): Promise<Needs> {
  const period = await tx.selectFrom('reporting_periods').select('id').where('id', '=', periodId).executeTakeFirst();
  if (!period) throw notFound();
  const [rows, options] = await Promise.all([listNeeds(tx, actor, periodId, filter), needFilterOptions(tx, actor, periodId)]);
  const seen = new Map<string, number>();
  return {
    items: rows.map((n) => {
      const index = seen.get(n.entry_id) ?? 0;
      seen.set(n.entry_id, index + 1);
      return {
        key: `${n.entry_id}/${index}`,
        entryId: n.entry_id,
        state: n.state,
        organisation: { id: n.organisation_id, shortName: n.short_name, nameAz: n.name_az },
        measure: { id: n.measure_id, code: n.code, text: n.text },
        section: { code: n.section_code, title: n.section_title },
        kind: n.kind,
        description: n.description,
        amount: n.amount,
        currency: n.currency,
      };
    }),
    totals: needTotals(rows),
    options: {
      organisations: options.organisations.map((o) => ({ id: o.id, shortName: o.short_name, nameAz: o.name_az })),
      sections: options.sections.map((s) => ({ code: s.code, title: s.title })),
    },
  };
}

export function reportDashboardRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);

  r.get('/api/report-periods/:id/dashboard', {
    config: { access: { resource: 'reports', action: 'viewDashboard' } },
    schema: { tags: ['reports'], params: uuidParam, response: { 200: dashboardSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => periodDashboard(tx, actor, request.params.id));
    },
  });

  // Filtered on the server so the totals follow the filters; sorted in the client.
  r.get('/api/report-periods/:id/needs', {
    config: { access: { resource: 'reports', action: 'viewDashboard' } },
    schema: {
      tags: ['reports'],
      params: uuidParam,
      querystring: z.object({ organisationId: z.uuid().optional(), kind: z.enum(NEED_KINDS).optional(), section: z.string().trim().min(1).max(50).optional() }),
      response: { 200: needsSchema },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => periodNeeds(tx, actor, request.params.id, request.query));
    },
  });
}
