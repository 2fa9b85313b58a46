import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { notFound } from '../http/problem.js';
import { typed, uuidParam } from '../http/routing.js';
import { attachmentDisposition } from '../http/download.js';
import { abilitiesOf } from '../policies/policy.js';
import { plansPolicy } from '../policies/plans.js';
import { recordAudit } from '../audit/audit.repository.js';
import { listImports } from './plan-imports.repository.js';
import { deletePlan, findPlan, findPlanContents, listPlans } from './plans.repository.js';
import { planAbilities, planSummarySchema, presentPlanSummary } from './plans.presenter.js';
import { planDocx } from './export/plan-docx.js';
import { planXlsx } from './export/plan-xlsx.js';
import { loadPlanForExport } from './export/export.repository.js';

const planDetailSchema = planSummarySchema.extend({
  notes: z.array(z.string()),
  chapters: z.array(z.object({ number: z.string().nullable(), title: z.string(), body: z.string() })),
  sections: z.array(z.object({ code: z.string(), title: z.string(), measureCount: z.number() })),
  imports: z.array(z.object({ id: z.string(), fileName: z.string(), appliedAt: z.string().nullable(), by: z.string().nullable() })),
  abilities: z.object({ import: z.boolean(), edit: z.boolean(), delete: z.boolean() }),
});

export function planRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['plans'];

  r.get('/api/plans', {
    config: { access: { resource: 'plans', action: 'list' } },
    schema: { tags, response: { 200: z.object({ items: z.array(planSummarySchema), abilities: z.object({ import: z.boolean() }) }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      const rows = await inTransaction(ctx.db, actor, (tx) => listPlans(tx).execute());
      return { items: rows.map(presentPlanSummary), abilities: abilitiesOf(plansPolicy, actor, ['import']) };
    },
  });

  r.get('/api/plans/:id', {
    config: { access: { resource: 'plans', action: 'read' } },
    schema: { tags, params: uuidParam, response: { 200: planDetailSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => {
        const plan = await findPlan(tx, request.params.id);
        if (!plan) throw notFound();
        const [contents, imports] = await Promise.all([findPlanContents(tx, plan.id), listImports(tx, plan.id)]);
        return {
          ...presentPlanSummary(plan),
          notes: plan.notes,
          chapters: contents.chapters,
          sections: contents.sections.map((s) => ({ code: s.code, title: s.title, measureCount: s.measure_count ?? 0 })),
          imports: imports.map((i) => ({ id: i.id, fileName: i.file_name, appliedAt: i.applied_at?.toISOString() ?? null, by: i.by })),
          abilities: planAbilities(actor),
        };
      });
    },
  });

  r.delete('/api/plans/:id', {
    config: { access: { resource: 'plans', action: 'delete' } },
    schema: { tags, params: uuidParam },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, async (tx) => {
        const plan = await findPlan(tx, request.params.id);
        if (!plan) throw notFound();
        await deletePlan(tx, plan.id);
        await recordAudit(tx, requestMeta(request), { action: 'plan.delete', resource: 'plan', recordId: plan.id, details: { title: plan.title, measures: plan.measure_count } });
      });
      return reply.status(204).send();
    },
  });

  for (const [extension, build, type] of [
    ['docx', planDocx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', planXlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ] as const) {
    r.get(`/api/plans/:id/export.${extension}`, {
      config: { access: { resource: 'plans', action: 'export' } },
      schema: { tags, params: uuidParam },
      handler: async (request, reply) => {
        const actor = actorOf(request);
        const plan = await inTransaction(ctx.db, actor, (tx) => loadPlanForExport(tx, request.params.id));
        if (!plan) throw notFound();
        const file = await build(plan);
        const period = plan.periodFrom && plan.periodTo ? `${plan.periodFrom.slice(0, 4)}-${plan.periodTo.slice(0, 4)}` : 'plan';
        return reply.type(type).header('content-disposition', attachmentDisposition(`Milli Fəaliyyət Planı ${period}.${extension}`)).send(file);
      },
    });
  }
}
