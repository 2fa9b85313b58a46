import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, monthOf, writtenYears } from './dates.js';

/** The one date of a text: [from, to, precision, yearAssumed, the text it covers]. */
function only(text: string, defaultYear: number | null = null) {
  const dates = findDates(text, defaultYear);
  assert.equal(dates.length, 1, `${text}: ${JSON.stringify(dates)}`);
  const [d] = dates;
  return d === undefined ? null : [d.from, d.to, d.precision, d.yearAssumed, text.slice(d.start, d.end)];
}

test('textual dates: single days, day ranges, ranges across months and years, months', () => {
  assert.deepEqual(only('görüş – 13 yanvar 2016-cı il, Bakı'), ['2016-01-13', '2016-01-13', 'day', false, '13 yanvar 2016-cı il']);
  assert.deepEqual(only('seminar – 14-16 mart 2016-cı il, Bakı'), ['2016-03-14', '2016-03-16', 'day', false, '14-16 mart 2016-cı il']);
  assert.deepEqual(only('seminar -14-15 aprel 2016-cı il, Bakı'), ['2016-04-14', '2016-04-15', 'day', false, '14-15 aprel 2016-cı il']);
  assert.deepEqual(only('14 mart – 2 aprel 2016'), ['2016-03-14', '2016-04-02', 'day', false, '14 mart – 2 aprel 2016']);
  assert.deepEqual(only('30 dekabr 2015 – 2 yanvar 2016'), ['2015-12-30', '2016-01-02', 'day', false, '30 dekabr 2015 – 2 yanvar 2016']);
  assert.deepEqual(only('30 dekabr – 2 yanvar 2016'), ['2015-12-30', '2016-01-02', 'day', false, '30 dekabr – 2 yanvar 2016']);
  assert.deepEqual(only('sorğu – iyun 2021;'), ['2021-06-01', '2021-06-30', 'month', false, 'iyun 2021']);
  assert.deepEqual(only('mart – aprel 2016'), ['2016-03-01', '2016-04-30', 'month', false, 'mart – aprel 2016']);
  assert.deepEqual(only('İYUN 2021'), ['2021-06-01', '2021-06-30', 'month', false, 'İYUN 2021']);
  assert.deepEqual(only('14 марта 2021 г.'), ['2021-03-14', '2021-03-14', 'day', false, '14 марта 2021 г']);
  assert.deepEqual(only('29 fevral 2016'), ['2016-02-29', '2016-02-29', 'day', false, '29 fevral 2016']);
});

test('numeric dates: "12.03.2021", "12-14.03.2021", "12.03–14.03.2021", "12.03.2021–14.03.2021"', () => {
  assert.deepEqual(only('(12.03.2021, Bakı)'), ['2021-03-12', '2021-03-12', 'day', false, '12.03.2021']);
  assert.deepEqual(only('12-14.03.2021'), ['2021-03-12', '2021-03-14', 'day', false, '12-14.03.2021']);
  assert.deepEqual(only('12 – 14.03.2021'), ['2021-03-12', '2021-03-14', 'day', false, '12 – 14.03.2021']);
  assert.deepEqual(only('28.03–02.04.2021'), ['2021-03-28', '2021-04-02', 'day', false, '28.03–02.04.2021']);
  assert.deepEqual(only('12.03.2021-14.03.2021'), ['2021-03-12', '2021-03-14', 'day', false, '12.03.2021-14.03.2021']);
  assert.deepEqual(only('13.04.2016-cı il tarixli'), ['2016-04-13', '2016-04-13', 'day', false, '13.04.2016-cı il']);
});

test('the legal style with the year first', () => {
  assert.deepEqual(only('2015-ci il 20 oktyabr tarixli, 1410-IVQ nömrəli Qanun'), ['2015-10-20', '2015-10-20', 'day', false, '2015-ci il 20 oktyabr']);
  assert.deepEqual(only('2016-cı ilin mart ayında'), ['2016-03-01', '2016-03-31', 'month', false, '2016-cı ilin mart ayında']);
});

test('dates without a year take the default year, marked as assumed, or stay without ISO dates', () => {
  assert.deepEqual(only('görüş – 15 sentyabr, Lənkəran', 2021), ['2021-09-15', '2021-09-15', 'day', true, '15 sentyabr']);
  assert.deepEqual(only('20 oktyabr – 20 noyabr tarixlərində'), [null, null, 'day', true, '20 oktyabr – 20 noyabr']);
});

test('an impossible day leaves the month', () => {
  assert.deepEqual(only('31 aprel 2016'), ['2016-04-01', '2016-04-30', 'month', false, 'aprel 2016']);
});

test('not dates: codes, years alone, a month alone, impossible numeric dates, numbers with units', () => {
  for (const text of ['13.2.10-cu yarımbənd', '4.7.1. Tədbir', '2016-cı il ərzində', '(2013-2018-ci illər)', 'mart ayında', '30.02.2021', '12.13.2021', '25 nəfər', '02/2896 saylı', '1410-IVQ']) {
    assert.deepEqual(findDates(text), [], text);
  }
});

test('several dates in a text, in order', () => {
  const text = '1 dekabr 2016-cı il tarixli 02/2896 saylı məktub; 20 may 2001-ci il tarixli 81 nömrəli qərar; 11.08.2009';
  assert.deepEqual(findDates(text).map((d) => d.from), ['2016-12-01', '2001-05-20', '2009-08-11']);
});

test('month names by the plan importer’s period reader, inflected and in Russian', () => {
  assert.deepEqual(['yanvar', 'Fevral', 'martın', 'aprelin', 'mayın', 'İyun', 'iyul', 'avqustda', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr', 'марта'].map(monthOf), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 3]);
  assert.deepEqual(['Bakı', 'il', 'ay', 'mütəmadi'].map(monthOf), [null, null, null, null]);
});

test('the year a report is about: the most frequent year written in its dates', () => {
  assert.deepEqual(writtenYears('13 yanvar 2016; 20 may 2001; 14-16 mart 2016; 12.03.2021'), [2016, 2021, 2001]);
  assert.deepEqual(writtenYears('15 sentyabr'), []);
});
