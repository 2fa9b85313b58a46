import { sql } from 'kysely';
import { inTransaction, type Database } from '../db/database.js';
import { addSupport, createDonor, matchNeed } from '../donors/donors.service.js';
import type { RequestMeta } from '../http/context.js';
import type { Actor } from '../policies/policy.js';
import type { EventInput } from './event-content.js';
import { addEvaluation, createEvent } from './events.service.js';

type DemoEvent = Omit<EventInput, 'organiserId' | 'measureIds' | 'participantGroups'> & {
  organiser: string;
  measures: string[];
  groups?: { organiser: string; participants: number }[];
  evaluations?: [number, number, number, number, string][];
};

const base = { dateTo: null, place: null, participants: null, women: null, men: null, partners: [], audiences: [], materials: [], languages: ['az'], reach: null, assessment: null, notes: '' };

/** Invented events of the kinds the bodies report: trainings with tests, campaigns, broadcasts, materials. */
const DEMO_EVENTS: DemoEvent[] = [
  {
    ...base, organiser: 'dsx', measures: ['4.7.1'], kind: 'training', title: 'Sərhəd-keçid məntəqələrində insan alveri qurbanlarının müəyyən edilməsi üzrə təlim',
    dateFrom: '2023-04-11', dateTo: '2023-04-13', place: 'Bakı', participants: 32, women: 6, men: 26, partners: ['BMqT'], audiences: ['border_guards'],
    assessment: { mode: 'aggregate', maxScore: 20, tested: 30, preMean: 9.4, postMean: 15.8 },
    evaluations: [[5, 4, 5, 5, 'Praktik hallar faydalı idi'], [4, 4, 4, 5, '']],
  },
  {
    ...base, organiser: 'din', measures: ['4.7.1'], kind: 'seminar', title: 'Cinayət təqibi orqanları üçün məcburi əmək işlərinin araşdırılması seminarı',
    dateFrom: '2023-10-02', place: 'Gəncə', participants: 24, women: 5, men: 19, partners: ['ATƏT'], audiences: ['police', 'prosecutors'],
    assessment: { mode: 'individual', maxScore: 10, scores: [{ pre: 4, post: 8 }, { pre: 5, post: 9 }, { pre: 6, post: 7 }, { pre: 3, post: 7 }, { pre: 7, post: 9 }] },
    groups: [{ organiser: 'din', participants: 18 }, { organiser: 'bas_prokurorluq', participants: 6 }],
    evaluations: [[5, 5, 4, 5, 'Növbəti dəfə hakimləri də dəvət etmək olar']],
  },
  {
    ...base, organiser: 'eesmn', measures: ['4.7.2'], kind: 'training', title: 'Əmək müfəttişləri üçün məcburi əmək əlamətləri üzrə təlim',
    dateFrom: '2024-02-20', dateTo: '2024-02-21', place: 'Sumqayıt', participants: 28, women: 12, men: 16, audiences: ['labour_inspectors'],
    assessment: { mode: 'aggregate', maxScore: 100, tested: 28, preMean: 52, postMean: 74 },
  },
  {
    ...base, organiser: 'tehsil', measures: ['4.8.1'], kind: 'campaign', title: '"Təhlükəsiz miqrasiya" maarifləndirmə kampaniyası məktəblərdə',
    dateFrom: '2023-09-15', dateTo: '2023-12-15', place: 'Bakı, Gəncə, Lənkəran', participants: 1450, audiences: ['pupils', 'teachers'],
    materials: [{ title: 'Şagirdlər üçün buklet', copies: 5000 }], languages: ['az', 'ru'], reach: 12000,
    evaluations: [[4, 5, 4, 4, 'Müəllimlər üçün metodik vəsait lazımdır'], [5, 5, 5, 4, '']],
  },
  {
    ...base, organiser: 'aztv', measures: ['4.8.2'], kind: 'broadcast', title: 'İnsan alverinin qarşısının alınmasına dair televeriliş', dateFrom: '2024-07-30',
    audiences: ['general_public'], reach: 250000, partners: ['Milli Koordinator Aparatı'],
  },
  {
    ...base, organiser: 'dmx', measures: ['4.8.1'], kind: 'materials', title: 'Əmək miqrantları üçün hüquqi məlumat vərəqələrinin yayılması', dateFrom: '2024-03-01', dateTo: '2024-06-30',
    audiences: ['migrants'], materials: [{ title: 'Məlumat vərəqəsi', copies: 8000 }], languages: ['az', 'ru', 'en'], reach: 7600,
  },
  {
    ...base, organiser: 'dta', measures: ['4.7.2'], kind: 'training', title: 'Otel və turizm işçiləri üçün risk əlamətlərinə dair təlim', dateFrom: '2024-05-14', place: 'Qəbələ',
    participants: 40, women: 22, men: 18, audiences: ['tourism_staff'], assessment: { mode: 'aggregate', maxScore: 10, tested: 36, preMean: 5.1, postMean: 7.9 },
  },
  {
    ...base, organiser: 'sehiyye', measures: ['4.7.2'], kind: 'training', title: 'Tibb işçiləri üçün potensial qurbanlarla iş üzrə təlim', dateFrom: '2022-11-08', place: 'Bakı',
    participants: 35, women: 27, men: 8, audiences: ['medical_staff'],
  },
];

const DEMO_DONORS = [
  {
    donor: { name: 'Beynəlxalq Miqrasiya Təşkilatı (BMqT)', kind: 'international_organisation' as const, country: null, website: 'https://azerbaijan.iom.int', notes: '' },
    supports: [
      { kind: 'technical' as const, description: 'Sərhədçilər və polis üçün təlim proqramı, təlimçilər', amount: null, currency: null, startsOn: '2024-01-01', endsOn: '2025-12-31', organisations: ['dsx', 'din'], measures: ['4.7.1'] },
      { kind: 'financial' as const, description: 'Qurbanlara tərcüməçi və hüquqi yardım üçün qrant', amount: 40000, currency: 'USD', startsOn: '2024-03-01', endsOn: '2024-12-31', organisations: ['assistance_centre'], measures: [] },
    ],
  },
  {
    donor: { name: 'ATƏT-in Bakıdakı Layihə Koordinatoru', kind: 'international_organisation' as const, country: null, website: null, notes: '' },
    supports: [{ kind: 'methodological' as const, description: 'Məcburi əmək işlərinin araşdırılması üzrə metodik vəsait', amount: null, currency: null, startsOn: '2023-06-01', endsOn: null, organisations: ['din'], measures: ['4.7.1'] }],
  },
  {
    donor: { name: 'Almaniya Federativ Respublikasının Səfirliyi', kind: 'embassy' as const, country: 'DE', website: null, notes: '' },
    supports: [{ kind: 'material' as const, description: 'Sığınacaq üçün avadanlıq və mebel', amount: 15000, currency: 'EUR', startsOn: '2024-01-01', endsOn: '2024-12-31', organisations: ['assistance_centre'], measures: [] }],
  },
];

/**
 * On a demonstration database without events or donors: events of several bodies across years
 * (trainings with test scores, awareness with reach, evaluations), and donors with their support.
 */
export async function seedDemoEvents(db: Database): Promise<number> {
  const existing = await sql<{ n: number }>`select (select count(*) from events) + (select count(*) from donors) as n`.execute(db.owner);
  if (Number(existing.rows[0]!.n) > 0) return 0;
  const user = await db.owner.selectFrom('users').select(['id', 'login', 'full_name', 'organisation_id', 'role']).where('login', '=', 'katiblik').executeTakeFirst();
  if (!user) return 0;
  const actor = { userId: user.id, login: user.login, fullName: user.full_name, organisationId: user.organisation_id, role: user.role, mustChangePassword: false, sessionId: 'seed' } as Actor;
  const meta: RequestMeta = { actor, ip: 'seed', requestId: 'seed' };
  const orgs = new Map((await db.owner.selectFrom('organisations').select(['id', 'key']).where('key', 'is not', null).execute()).map((o) => [o.key!, o.id]));
  const planMeasures = await db.owner
    .selectFrom('measures')
    .innerJoin('plans', 'plans.id', 'measures.plan_id')
    .select(['measures.id', 'measures.code'])
    .orderBy('plans.created_at', 'desc')
    .execute();
  const measure = (code: string) => planMeasures.find((m) => m.code === code || m.code === `${code}.`)?.id;
  const ids = (keys: string[], lookup: (key: string) => string | undefined) => keys.flatMap((k) => (lookup(k) ? [lookup(k)!] : []));

  return inTransaction(db, actor, async (tx) => {
    let count = 0;
    for (const e of DEMO_EVENTS) {
      const organiserId = orgs.get(e.organiser);
      if (!organiserId) continue;
      const { organiser: _o, measures, groups = [], evaluations = [], ...fields } = e;
      const id = await createEvent(tx, meta, actor, {
        ...fields,
        organiserId,
        measureIds: ids(measures, measure),
        participantGroups: groups.flatMap((g) => (orgs.get(g.organiser) ? [{ organisationId: orgs.get(g.organiser)!, name: null, participants: g.participants, women: null, men: null }] : [])),
      });
      for (const [relevance, clarity, organisation, usefulness, comment] of evaluations) {
        await addEvaluation(tx, meta, actor, id, { respondent: 'participant', relevance, clarity, organisation, usefulness, comment });
      }
      count += 1;
    }
    for (const { donor, supports } of DEMO_DONORS) {
      const donorId = await createDonor(tx, meta, actor, donor);
      for (const { organisations, measures, ...support } of supports) {
        await addSupport(tx, meta, actor, donorId, { ...support, organisationIds: ids(organisations, (k) => orgs.get(k)), measureIds: ids(measures, measure) });
      }
    }
    // A need named in an open period's report, matched to a support, when there is one.
    const need = await tx
      .selectFrom('report_entries')
      .select('id')
      .where(sql<boolean>`jsonb_array_length(needs) > 0`)
      .limit(1)
      .executeTakeFirst();
    const support = await tx.selectFrom('supports').select('id').where('kind', '=', 'financial').executeTakeFirst();
    if (need && support) await matchNeed(tx, meta, actor, { entryId: need.id, position: 0, supportId: support.id, note: '' });
    return count;
  });
}
