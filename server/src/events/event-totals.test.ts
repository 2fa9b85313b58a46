import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eventTotals, participantsOf, summariseEvaluations, type TotalsEvent } from './event-totals.js';
import { knowledgeGain } from './knowledge-gain.js';

const dmx = { id: 'o1', shortName: 'DMX', nameAz: 'Dövlət Miqrasiya Xidməti' };
const din = { id: 'o2', shortName: 'DİN', nameAz: 'Daxili İşlər Nazirliyi' };
const event = (overrides: Partial<TotalsEvent>): TotalsEvent => ({
  year: 2021, kind: 'training', organiser: dmx, audiences: [], participants: null, women: null, men: null, reach: null, gain: null, ...overrides,
});

describe('totals of the event register', () => {
  test('each event once in the total, once per year, body and kind, and in every audience it names', () => {
    const totals = eventTotals([
      event({ audiences: ['police', 'judges'], participants: 20, women: 8, men: 12, gain: knowledgeGain({ mode: 'aggregate', maxScore: 10, tested: 20, preMean: 4, postMean: 7 }) }),
      event({ year: 2022, kind: 'broadcast', organiser: din, audiences: ['general_public'], reach: 50000 }),
      event({ year: 2022, kind: 'seminar', organiser: din, women: 3, men: 4 }),
    ]);
    assert.deepEqual(
      { events: totals.all.events, participants: totals.all.participants, women: totals.all.women, reach: totals.all.reach, without: totals.all.withoutParticipants },
      { events: 3, participants: 27, women: 11, reach: 50000, without: 1 },
    );
    assert.deepEqual([totals.all.trainings, totals.all.awareness], [2, 1]);
    assert.deepEqual(totals.byYear.map((y) => [y.year, y.events]), [[2021, 1], [2022, 2]]);
    assert.deepEqual(totals.byOrganiser.map((o) => [o.organisation.shortName, o.events]), [['DİN', 2], ['DMX', 1]]);
    const audiences = Object.fromEntries(totals.byAudience.map((a) => [a.audience, a.events]));
    assert.equal(audiences.police, 1);
    assert.equal(audiences.judges, 1);
    assert.equal(audiences.general_public, 1);
    assert.equal(audiences.teachers, 0);
    assert.equal(totals.withoutAudience.events, 1);
    assert.equal(totals.byKind.find((k) => k.kind === 'broadcast')?.reach, 50000);
    assert.deepEqual(totals.knowledge, { trainings: 1, tested: 20, meanNormalisedGain: 0.5 });
  });

  test('participants are the number given, else women and men together, else unknown', () => {
    assert.equal(participantsOf({ participants: 10, women: 3, men: 4 }), 10);
    assert.equal(participantsOf({ participants: null, women: 3, men: null }), 3);
    assert.equal(participantsOf({ participants: null, women: null, men: null }), null);
  });

  test('evaluations: per question the answers given, their mean and spread', () => {
    const summary = summariseEvaluations([
      { respondent: 'participant', relevance: 5, clarity: 4, organisation: null, usefulness: 5 },
      { respondent: 'participant', relevance: 4, clarity: 2, organisation: 3, usefulness: 5 },
      { respondent: 'organiser', relevance: 3, clarity: null, organisation: 4, usefulness: 4 },
    ]);
    assert.deepEqual([summary.responses, summary.organisers, summary.participants], [3, 1, 2]);
    assert.deepEqual(summary.questions[0], { question: 'relevance', answered: 3, mean: 4, distribution: [0, 0, 1, 1, 1] });
    assert.deepEqual(summary.questions[1], { question: 'clarity', answered: 2, mean: 3, distribution: [0, 1, 0, 1, 0] });
    assert.equal(summary.mean, 3.9);
    assert.equal(summariseEvaluations([]).mean, null);
  });
});
