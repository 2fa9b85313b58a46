import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ParsedMeasure, ParsedPlan } from './import/parsed-plan.js';
import { computePlanChanges, hasChanges, textKey, type PlanSnapshot } from './plan-merge.js';

function measure(code: string, text: string, executors: ParsedMeasure['executors'] = []): ParsedMeasure {
  return { code, section: code.split('.').slice(0, 2).join('.'), text, confidence: 1, executors, period: null, subActions: [], recommended: [] };
}

function plan(measures: ParsedMeasure[], notes: string[] = []): ParsedPlan {
  return {
    plan: { title: 'Plan', act: null, period: null },
    chapters: [],
    sections: [{ code: '4.1', title: 'Bölmə' }],
    measures,
    notes,
    warnings: [],
    source: { format: 'text', layout: 'test', encoding: 'utf-8' },
  };
}

const din = { name: 'Daxili İşlər Nazirliyi', organisationId: 'din', role: 'executor' as const };
const dmx = { name: 'Dövlət Miqrasiya Xidməti', organisationId: 'dmx', role: 'executor' as const };

function snapshotOf(parsed: ParsedPlan): PlanSnapshot {
  return {
    id: 'p',
    hasAct: false,
    hasPeriod: false,
    notes: parsed.notes,
    chapterCount: 0,
    sections: parsed.sections,
    measures: parsed.measures.map((m, i) => ({
      id: `m${i}`,
      code: m.code,
      text: m.text,
      hasPeriod: m.period !== null,
      participants: m.executors.map((e) => ({ role: e.role, nameKey: textKey(e.name), organisationId: e.organisationId })),
      knownVariants: [],
    })),
  };
}

test('a document of a new plan adds everything', () => {
  const changes = computePlanChanges(plan([measure('4.1.1', 'Birinci', [din])]), null);
  assert.equal(changes.planId, null);
  assert.equal(changes.addMeasures.length, 1);
  assert.deepEqual(changes.addMeasures[0]!.participants.map((p) => p.organisationId), ['din']);
});

test('a second source adds missing measures and participants, and reports differing wording', () => {
  const first = plan([measure('4.1.1', 'Birinci tədbir', [din]), measure('4.1.2', 'İkinci tədbir', [din])]);
  const second = plan([measure('4.1.1', 'BİRİNCİ  “tədbir”', [din, dmx]), measure('4.1.2', 'İkinci tədbirin başqa mətni', [din]), measure('4.1.3', 'Üçüncü', [dmx])], ['Qeyd']);
  const changes = computePlanChanges(second, snapshotOf(first));
  assert.deepEqual(changes.addMeasures.map((m) => m.measure.code), ['4.1.3']);
  assert.deepEqual(changes.completeMeasures.map((m) => [m.code, m.participants.map((p) => p.organisationId)]), [['4.1.1', ['dmx']]]);
  assert.deepEqual(changes.wordingDifferences.map((d) => d.code), ['4.1.2'], 'case, quotes and spacing are not wording differences');
  assert.deepEqual(changes.addNotes, ['Qeyd']);
});

test('the same document again changes nothing', () => {
  const parsed = plan([measure('4.1.1', 'Birinci', [din])], ['Qeyd']);
  const changes = computePlanChanges(parsed, snapshotOf(parsed));
  assert.equal(hasChanges(changes), false);
  assert.equal(changes.unchangedMeasures, 1);
});

test('a wording already seen (kept or open) is not reported again', () => {
  const stored = snapshotOf(plan([measure('4.1.1', 'Birinci')]));
  stored.measures[0]!.knownVariants = ['Birinci variant'];
  const changes = computePlanChanges(plan([measure('4.1.1', 'Birinci variant')]), stored);
  assert.equal(changes.wordingDifferences.length, 0);
});
