import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import { inTransaction, type Database } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { actionItemEditInput, agendaInput, meetingDetailsInput, participantsInput } from '../meetings/meeting-input.js';
import { createActionItem, createMeeting, editActionItem, recordDecision, saveMeetingAgenda, saveMinutes, saveParticipants } from '../meetings/meetings.service.js';
import { findActionItem } from '../meetings/meetings.repository.js';
import type { Actor } from '../policies/policy.js';

/** The calendar day `days` from `today` (negative: before), YYYY-MM-DD. */
export function shiftDay(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const MINUTES = [
  'İclası Milli Koordinator açaraq gündəlikdəki məsələləri elan etdi.',
  '**Birinci məsələ** üzrə Dövlət Miqrasiya Xidmətinin nümayəndəsi əcnəbilərin yaşamasının qanuniləşdirilməsi və əmək miqrantları arasında məcburi əmək riskləri barədə maarifləndirmə haqqında məlumat verdi.',
  '**İkinci məsələ** üzrə çıxış edənlər:',
  '- İnsan Alverinə qarşı Mübarizə Baş İdarəsi — qaynar xəttə daxil olan müraciətlərin araşdırılması;\n- QHT Koalisiyası — qaynar xəttin növbətçilik qrafiki və könüllülərin hazırlığı.',
  'Müzakirələrdən sonra aşağıdakı qərarlar qəbul edildi.',
].join('\n\n');

/**
 * On a demonstration database without meetings: one past meeting of the Interagency Commission,
 * with its agenda, attendance, minutes, and decisions whose action items are done, under way, and
 * one overdue for the State Migration Service (so the Coordinator's dashboard shows it).
 */
export async function seedDemoMeetings(db: Database, today = bakuToday()): Promise<number> {
  const existing = await sql<{ n: number }>`select count(*)::int as n from meetings`.execute(db.owner);
  if (existing.rows[0]!.n > 0) return 0;
  const user = await db.owner.selectFrom('users').select(['id', 'login', 'full_name', 'organisation_id', 'role']).where('login', '=', 'katiblik').executeTakeFirst();
  if (!user) return 0;
  const actor = { userId: user.id, login: user.login, fullName: user.full_name, organisationId: user.organisation_id, role: user.role, mustChangePassword: false, sessionId: 'seed' } as Actor;
  const meta: RequestMeta = { actor, ip: 'seed', requestId: 'seed' };

  const orgs = new Map((await db.owner.selectFrom('organisations').select(['id', 'key']).where('key', 'is not', null).execute()).map((o) => [o.key!, o.id]));
  const org = (key: string) => orgs.get(key) ?? null;
  const measure = async (code: string) =>
    (await db.owner.selectFrom('measures').select('id').where('code', 'in', [code, `${code}.`]).orderBy('created_at').executeTakeFirst())?.id;
  const measures = async (...codes: string[]) => (await Promise.all(codes.map(measure))).filter((id): id is string => Boolean(id));

  const body = (key: string, standing: 'member' | 'observer', present: boolean) => (org(key) ? [{ organisationId: org(key)!, standing, present }] : []);
  const person = (name: string, key: string) => ({ name, organisationId: org(key), present: true });

  const agendaMeasures = [await measures('4.2.4', '4.8.3'), await measures('4.9.1')];

  await inTransaction(db, actor, async (tx) => {
    const id = await createMeeting(
      tx,
      meta,
      actor,
      meetingDetailsInput.parse({
        kind: 'commission',
        title: 'İdarələrarası Komissiyanın növbəti iclası',
        heldOn: shiftDay(today, -40),
        startsAt: '11:00',
        place: 'Bakı şəhəri, Milli Koordinatorun iclas zalı',
      }),
    );
    let revision = 0;
    await saveParticipants(
      tx,
      meta,
      actor,
      id,
      revision++,
      participantsInput.parse({
        bodies: [
          ...body('dmx', 'member', true),
          ...body('din', 'member', true),
          ...body('iamb', 'member', true),
          ...body('eesmn', 'member', true),
          ...body('xin', 'member', false),
          ...body('ngo_coalition', 'observer', true),
          ...body('hotline_ngo', 'observer', true),
          ...body('iom', 'observer', true),
        ],
        persons: [person('Aydın Məmmədov', 'national_coordinator'), person('Elçin Hüseynov', 'dmx'), person('Vüqar Nəsirov', 'iamb'), person('Leyla Kərimova', 'ngo_coalition'), person('Nərgiz Abbasova', 'hotline_ngo')],
      }),
    );
    await saveMeetingAgenda(
      tx,
      meta,
      actor,
      id,
      revision++,
      agendaInput.parse({
        items: [
          { title: 'Əmək miqrantları arasında məcburi əmək risklərinin qarşısının alınması', measureIds: agendaMeasures[0] },
          { title: 'Qaynar xəttin fəaliyyəti və müraciətlərin araşdırılması', measureIds: agendaMeasures[1] },
        ],
      }).items,
    );
    await saveMinutes(tx, meta, actor, id, revision++, MINUTES);
    const agenda = await tx.selectFrom('meeting_agenda_items').select('id').where('meeting_id', '=', id).orderBy('position').execute();

    const first = await recordDecision(tx, meta, actor, id, {
      text: 'Dövlət Miqrasiya Xidməti əmək miqrantları arasında keçirilmiş maarifləndirmə tədbirləri və qanuniləşdirilmiş əcnəbilər barədə arayışı Milli Koordinatora təqdim etsin; Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi yoxlamaların nəticələrini ümumiləşdirsin.',
      agendaItemId: agenda[0]?.id ?? null,
    });
    const second = await recordDecision(tx, meta, actor, id, {
      text: 'Qaynar xəttə daxil olan müraciətlərin ümumiləşdirilmiş statistikası rüblük olaraq Komissiyaya təqdim edilsin.',
      agendaItemId: agenda[1]?.id ?? null,
    });

    const give = async (decisionId: string, key: string, task: string, dueOn: string) =>
      org(key) ? createActionItem(tx, meta, actor, decisionId, { organisationId: org(key)!, task, dueOn }) : null;
    const move = async (itemId: string | null, status: 'in_progress' | 'done', note: string) => {
      if (!itemId) return;
      const item = (await findActionItem(tx, actor, itemId, today))!;
      await editActionItem(tx, meta, actor, itemId, actionItemEditInput.parse({ organisationId: item.item_organisation_id, task: item.task, dueOn: item.due_on, revision: item.revision, status, note }), today);
    };

    await give(first, 'dmx', 'Maarifləndirmə tədbirləri və qanuniləşdirilmiş əcnəbilər barədə arayış təqdim etsin', shiftDay(today, -10));
    await move(await give(first, 'eesmn', 'Əmək yoxlamalarının nəticələrini ümumiləşdirsin', shiftDay(today, -20)), 'done', 'Arayış Milli Koordinatora göndərilib');
    await move(await give(second, 'iamb', 'Müraciətlərin rüblük statistikasını hazırlasın', shiftDay(today, 30)), 'in_progress', 'Birinci rübün məlumatları toplanır');
  });
  return 1;
}
