import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePeriod, parsePeriodCell, periodText, unionPeriods } from './period.js';

const PLAN = { from: '2020-01-01', to: '2024-12-31' };
const span = (text: string, plan = PLAN) => {
  const p = parsePeriod(text, plan);
  return p === null ? null : [p.kind, p.from, p.to];
};

test('year ranges with any dash, a space, or ordinal endings (seeds 000 and 004)', () => {
  for (const text of ['2020─2022', '2020-2022', '2020–2022', '2020—2022', '2020 2022', '2020 ─ 2022', '2020-2022-ci illər', '2020–2022-ci illərdə']) {
    assert.deepEqual(span(text), ['range', '2020-01-01', '2022-12-31'], text);
  }
  assert.deepEqual(span('2021–2024-cü illər'), ['range', '2021-01-01', '2024-12-31']);
  assert.deepEqual(span('2021─2022'), ['range', '2021-01-01', '2022-12-31']);
  assert.deepEqual(span('20202024'), ['range', '2020-01-01', '2024-12-31'], 'a copy that lost the dash');
  assert.deepEqual(span('2020-ci ildən 2022-ci ilədək'), ['range', '2020-01-01', '2022-12-31']);
  assert.deepEqual(span('2021-ci ildən'), ['range', '2021-01-01', '2024-12-31'], 'open end: the end of the plan');
});

test('single years', () => {
  for (const text of ['2020', '2020-ci il', '2020-ci ildə', '2020-ci il ərzində', '2020-cı il']) {
    assert.deepEqual(span(text), ['year', '2020-01-01', '2020-12-31'], text);
  }
  assert.deepEqual(span('2004-cü ilin sonunadək'), ['year', '2004-01-01', '2004-12-31']);
  assert.deepEqual(span('2024-cü il'), ['year', '2024-01-01', '2024-12-31']);
});

test('"mütəmadi" and other ongoing words span the plan, or nothing when the plan is unknown', () => {
  for (const text of ['mütəmadi', 'Mütəmadi', 'MÜTƏMADİ', 'mütəmadi olaraq', 'daimi', 'hər il', 'müntəzəm']) {
    assert.deepEqual(span(text), ['ongoing', '2020-01-01', '2024-12-31'], text);
  }
  assert.deepEqual(parsePeriod('mütəmadi', null), { kind: 'ongoing', from: null, to: null, text: 'mütəmadi' });
  assert.deepEqual(span('mütəmadi, 2021–2023'), ['ongoing', '2021-01-01', '2023-12-31']);
});

test('months in Azerbaijani (the 2004 plan), alone, with a year, in ranges', () => {
  assert.deepEqual(span('İyun 2004'), ['month', '2004-06-01', '2004-06-30']);
  assert.deepEqual(span('iyun 2004-cü il'), ['month', '2004-06-01', '2004-06-30']);
  assert.deepEqual(span('2004-cü ilin iyun ayı'), ['month', '2004-06-01', '2004-06-30']);
  assert.deepEqual(span('May 2004'), ['month', '2004-05-01', '2004-05-31']);
  assert.deepEqual(span('Fevral 2024'), ['month', '2024-02-01', '2024-02-29'], 'leap year');
  assert.deepEqual(span('Fevral 2005'), ['month', '2005-02-01', '2005-02-28']);
  const months = ['Yanvar', 'Fevral', 'Mart', 'Aprel', 'May', 'İyun', 'İyul', 'Avqust', 'Sentyabr', 'Oktyabr', 'Noyabr', 'Dekabr'];
  months.forEach((name, i) => {
    const month = String(i + 1).padStart(2, '0');
    assert.equal(parsePeriod(`${name} 2005`, PLAN)?.from, `2005-${month}-01`, name);
    assert.equal(parsePeriod(name, PLAN)?.from, `2020-${month}-01`, `${name} without a year takes the plan's first year`);
  });
  assert.equal(parsePeriod('Yanvar', null), null, 'no year anywhere');
  assert.deepEqual(span('Yanvar–Mart 2005'), ['range', '2005-01-01', '2005-03-31']);
  assert.deepEqual(span('sentyabr 2004 – may 2005'), ['range', '2004-09-01', '2005-05-31']);
  assert.deepEqual(span('март 2020 г.'), ['month', '2020-03-01', '2020-03-31']);
});

test('quarters and halves', () => {
  assert.deepEqual(span('I rüb 2005'), ['range', '2005-01-01', '2005-03-31']);
  assert.deepEqual(span('IV rüb 2005'), ['range', '2005-10-01', '2005-12-31']);
  assert.deepEqual(span('2005-ci ilin II rübü'), ['range', '2005-04-01', '2005-06-30']);
  assert.deepEqual(span('2005-ci ilin ikinci yarısı'), ['range', '2005-07-01', '2005-12-31']);
  assert.deepEqual(span('birinci yarım il 2006'), ['range', '2006-01-01', '2006-06-30']);
});

test('labels and punctuation around the period are tolerated; the text is kept as written', () => {
  assert.deepEqual(parsePeriod('İcra müddəti: 2014–2015-ci illər', PLAN), {
    kind: 'range',
    from: '2014-01-01',
    to: '2015-12-31',
    text: 'İcra müddəti: 2014–2015-ci illər',
  });
  assert.equal(parsePeriod(' 2020 ─\n2022 ', PLAN)?.text, '2020─2022');
  assert.equal(periodText('2020 - 2022'), '2020-2022');
  assert.equal(periodText('2020 2022'), '2020 2022');
});

test('what is not a period is not guessed', () => {
  for (const text of ['', 'tezliklə', 'lazım olduqda', '2022-2020', '13.1.1', 'Daxili İşlər Nazirliyi', '2020 2021 2022', 'iyun iyul avqust 2020 2021 2022']) {
    assert.equal(parsePeriod(text, PLAN), null, text);
  }
});

test('period cells with several deadlines are united', () => {
  assert.deepEqual(parsePeriodCell('İyun 2004\nDekabr 2004', PLAN), {
    kind: 'range',
    from: '2004-06-01',
    to: '2004-12-31',
    text: 'İyun 2004; Dekabr 2004',
  });
  assert.equal(parsePeriodCell('İyun 2004; tezliklə', PLAN), null);
  assert.deepEqual(parsePeriodCell('2020─\n2022', PLAN)?.to, '2022-12-31', 'a wrapped range is one period');
  const ongoing = { kind: 'ongoing' as const, from: '2020-01-01', to: '2024-12-31', text: 'mütəmadi' };
  assert.deepEqual(unionPeriods([ongoing, ongoing], 'mütəmadi'), ongoing);
  assert.deepEqual(unionPeriods([ongoing, { kind: 'month', from: '2019-06-01', to: '2019-06-30', text: 'İyun 2019' }], 'x'), {
    kind: 'range',
    from: '2019-06-01',
    to: '2024-12-31',
    text: 'x',
  });
});
