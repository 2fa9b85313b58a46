import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { visibleCase } from '../cases/cases.service.js';
import { inTransaction } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { typed, uuidParam } from '../http/routing.js';
import { createMailer } from '../notifications/mailer.js';
import { sendMail } from '../notifications/reminders.js';
import { inboxQuery, referralInput, referralMoveInput } from './referral-input.js';
import { deadlinesOf } from './referral-timing.js';
import { presentReferral } from './referrals.presenter.js';
import { inboxCounts, listInbox, referralsOfCase } from './referrals.repository.js';
import { moveReferral, sendReferral, type ReferralOutcome } from './referrals.service.js';

/**
 * Referrals of the National Referral Mechanism: sending a case to another body, its steps, the
 * referrals of one case, and each body's inbox (what it received, what it sent).
 */
export function referralRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['referrals'];
  const deadlines = deadlinesOf(ctx.config);
  const mailer = createMailer(ctx.config);
  /** E-mail goes out only once the change is committed; a failure is logged, the change stands. */
  const mailAfterCommit = (outcome: ReferralOutcome) =>
    void sendMail(mailer, outcome.mail, (error) => app.log.warn({ err: error }, 'referral e-mail not sent')).catch(() => undefined);

  r.post('/api/cases/:id/referrals', {
    config: { access: { resource: 'cases', action: 'refer' } },
    schema: { tags, params: uuidParam, body: referralInput, response: { 201: z.object({ id: z.uuid() }) } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTransaction(ctx.db, actor, (tx) => sendReferral(tx, requestMeta(request), actor, request.params.id, request.body));
      mailAfterCommit(outcome);
      return reply.status(201).send({ id: outcome.id });
    },
  });

  r.post('/api/case-referrals/:id/status', {
    config: { access: { resource: 'cases', action: 'refer' } },
    schema: { tags, params: uuidParam, body: referralMoveInput, response: { 200: z.object({ ok: z.literal(true), status: z.string() }) } },
    handler: async (request) => {
      const actor = actorOf(request);
      const outcome = await inTransaction(ctx.db, actor, (tx) => moveReferral(tx, requestMeta(request), actor, request.params.id, request.body));
      mailAfterCommit(outcome);
      return { ok: true as const, status: request.body.status };
    },
  });

  r.get('/api/cases/:id/referrals', {
    config: { access: { resource: 'cases', action: 'read' } },
    schema: { tags, params: uuidParam },
    handler: async (request) => {
      const actor = actorOf(request);
      const now = new Date();
      return inTransaction(ctx.db, actor, async (tx) => {
        const { abilities } = await visibleCase(tx, actor, request.params.id);
        const rows = await referralsOfCase(tx, request.params.id);
        return { items: rows.map((row) => presentReferral(row, actor, deadlines, now)), abilities: { refer: abilities.refer } };
      });
    },
  });

  r.get('/api/referrals', {
    config: { access: { resource: 'referrals', action: 'inbox' } },
    schema: { tags, querystring: inboxQuery },
    handler: async (request) => {
      const actor = actorOf(request);
      const now = new Date();
      return inTransaction(ctx.db, actor, async (tx) => {
        const [list, counts] = await Promise.all([listInbox(tx, actor.organisationId, request.query, deadlines, now), inboxCounts(tx, actor.organisationId, deadlines, now)]);
        return {
          items: list.items.map((row) => presentReferral(row, actor, deadlines, now)),
          total: list.total,
          timeToAcceptance: { accepted: list.accepted, medianMinutes: list.medianMinutes },
          counts,
          limits: { acceptHours: deadlines.acceptHours, urgentAcceptHours: deadlines.urgentAcceptHours },
        };
      });
    },
  });
}
