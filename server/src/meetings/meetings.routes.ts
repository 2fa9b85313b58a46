import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bakuToday } from '../../../common/src/dates.js';
import { inTransaction, type Tx } from '../db/database.js';
import { actorOf, requestMeta, type AppContext } from '../http/context.js';
import { attachmentDisposition } from '../http/download.js';
import { AppError, notFound } from '../http/problem.js';
import { pagingQuery, typed, uuidParam } from '../http/routing.js';
import { meetingsPolicy } from '../policies/meetings.js';
import type { Actor } from '../policies/policy.js';
import { actionItemInput, agendaInput, decisionInput, MEETING_KINDS, meetingDetailsInput, participantsInput } from './meeting-input.js';
import { meetingSchema, meetingSummarySchema, presentMeeting, presentMeetingSummary } from './meetings.presenter.js';
import { findMeeting, listMeetings } from './meetings.repository.js';
import {
  correctDecision,
  createActionItem,
  createMeeting,
  deleteDecision,
  deleteMeeting,
  MeetingConflict,
  recordDecision,
  saveDetails,
  saveMeetingAgenda,
  saveMinutes,
  saveParticipants,
} from './meetings.service.js';
import { loadMinutes, minutesDocx, minutesFileName } from './minutes-docx.js';

const revision = { revision: z.number().int().min(0) };

async function meetingOrNotFound(tx: Tx, actor: Actor, id: string) {
  const row = await findMeeting(tx, actor, id);
  if (!row) throw notFound();
  return presentMeeting(tx, actor, row, bakuToday());
}

/**
 * Meetings of the Interagency Commission, the Working Group at the Coordinator and ad-hoc ones: the
 * Coordinator's office calls and records them; invited bodies read them and their minutes.
 */
export function meetingRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['meetings'];

  /** A write on one meeting; a stale revision answers with the stored meeting, so nothing is lost. */
  const write = async (actor: Actor, id: string, work: (tx: Tx) => Promise<unknown>) => {
    try {
      return await inTransaction(ctx.db, actor, async (tx) => {
        await work(tx);
        return meetingOrNotFound(tx, actor, id);
      });
    } catch (error) {
      if (!(error instanceof MeetingConflict)) throw error;
      const current = await inTransaction(ctx.db, actor, (tx) => meetingOrNotFound(tx, actor, error.meetingId));
      throw new AppError('MEETING_CONFLICT', [], { current });
    }
  };

  r.get('/api/meetings', {
    config: { access: { resource: 'meetings', action: 'list' } },
    schema: {
      tags,
      querystring: z.object({
        kind: z.enum(MEETING_KINDS).optional(),
        year: z.coerce.number().int().min(2000).max(2100).optional(),
        q: z.string().trim().max(200).optional(),
        organisationId: z.uuid().optional(),
        ...pagingQuery,
      }),
      response: { 200: z.object({ items: z.array(meetingSummarySchema), total: z.number(), page: z.number(), pageSize: z.number(), abilities: z.object({ create: z.boolean() }) }) },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { rows, total } = await inTransaction(ctx.db, actor, (tx) => listMeetings(tx, actor, request.query));
      return { items: rows.map(presentMeetingSummary), total, page: request.query.page, pageSize: request.query.pageSize, abilities: { create: meetingsPolicy.actions.create(actor) } };
    },
  });

  r.post('/api/meetings', {
    config: { access: { resource: 'meetings', action: 'create' } },
    schema: { tags, body: meetingDetailsInput, response: { 201: meetingSchema } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const meeting = await inTransaction(ctx.db, actor, async (tx) => meetingOrNotFound(tx, actor, await createMeeting(tx, requestMeta(request), actor, request.body)));
      return reply.status(201).send(meeting);
    },
  });

  r.get('/api/meetings/:id', {
    config: { access: { resource: 'meetings', action: 'read' } },
    schema: { tags, params: uuidParam, response: { 200: meetingSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, (tx) => meetingOrNotFound(tx, actor, request.params.id));
    },
  });

  r.put('/api/meetings/:id', {
    config: { access: { resource: 'meetings', action: 'edit' } },
    schema: { tags, params: uuidParam, body: meetingDetailsInput.extend(revision), response: { 200: meetingSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const { revision: seen, ...details } = request.body;
      return write(actor, request.params.id, (tx) => saveDetails(tx, requestMeta(request), actor, request.params.id, seen, details));
    },
  });

  r.put('/api/meetings/:id/participants', {
    config: { access: { resource: 'meetings', action: 'edit' } },
    schema: { tags, params: uuidParam, body: participantsInput.extend(revision), response: { 200: meetingSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      const { revision: seen, ...participants } = request.body;
      return write(actor, request.params.id, (tx) => saveParticipants(tx, requestMeta(request), actor, request.params.id, seen, participants));
    },
  });

  r.put('/api/meetings/:id/agenda', {
    config: { access: { resource: 'meetings', action: 'edit' } },
    schema: { tags, params: uuidParam, body: agendaInput.extend(revision), response: { 200: meetingSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return write(actor, request.params.id, (tx) => saveMeetingAgenda(tx, requestMeta(request), actor, request.params.id, request.body.revision, request.body.items));
    },
  });

  r.put('/api/meetings/:id/minutes', {
    config: { access: { resource: 'meetings', action: 'edit' } },
    schema: { tags, params: uuidParam, body: z.object({ minutes: z.string().max(200_000), ...revision }), response: { 200: meetingSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return write(actor, request.params.id, (tx) => saveMinutes(tx, requestMeta(request), actor, request.params.id, request.body.revision, request.body.minutes));
    },
  });

  r.delete('/api/meetings/:id', {
    config: { access: { resource: 'meetings', action: 'delete' } },
    schema: { tags, params: uuidParam },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await inTransaction(ctx.db, actor, (tx) => deleteMeeting(tx, requestMeta(request), actor, request.params.id));
      return reply.status(204).send();
    },
  });

  r.get('/api/meetings/:id/minutes.docx', {
    config: { access: { resource: 'meetings', action: 'exportMinutes' } },
    schema: { tags, params: uuidParam },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const minutes = await inTransaction(ctx.db, actor, (tx) => loadMinutes(tx, actor, request.params.id, bakuToday()));
      if (!minutes) throw notFound();
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachmentDisposition(minutesFileName(minutes), 'minutes.docx'))
        .send(await minutesDocx(minutes));
    },
  });

  r.post('/api/meetings/:id/decisions', {
    config: { access: { resource: 'meetings', action: 'decide' } },
    schema: { tags, params: uuidParam, body: decisionInput, response: { 201: meetingSchema } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const meeting = await inTransaction(ctx.db, actor, async (tx) => {
        await recordDecision(tx, requestMeta(request), actor, request.params.id, request.body);
        return meetingOrNotFound(tx, actor, request.params.id);
      });
      return reply.status(201).send(meeting);
    },
  });

  r.put('/api/meeting-decisions/:id', {
    config: { access: { resource: 'meetings', action: 'decide' } },
    schema: { tags, params: uuidParam, body: decisionInput, response: { 200: meetingSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => meetingOrNotFound(tx, actor, await correctDecision(tx, requestMeta(request), actor, request.params.id, request.body)));
    },
  });

  r.delete('/api/meeting-decisions/:id', {
    config: { access: { resource: 'meetings', action: 'decide' } },
    schema: { tags, params: uuidParam, response: { 200: meetingSchema } },
    handler: async (request) => {
      const actor = actorOf(request);
      return inTransaction(ctx.db, actor, async (tx) => meetingOrNotFound(tx, actor, await deleteDecision(tx, requestMeta(request), actor, request.params.id)));
    },
  });

  r.post('/api/meeting-decisions/:id/action-items', {
    config: { access: { resource: 'meetings', action: 'decide' } },
    schema: { tags, params: uuidParam, body: actionItemInput, response: { 201: meetingSchema } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const meeting = await inTransaction(ctx.db, actor, async (tx) => {
        await createActionItem(tx, requestMeta(request), actor, request.params.id, request.body);
        const decision = await tx.selectFrom('meeting_decisions').select('meeting_id').where('id', '=', request.params.id).executeTakeFirstOrThrow();
        return meetingOrNotFound(tx, actor, decision.meeting_id);
      });
      return reply.status(201).send(meeting);
    },
  });
}
