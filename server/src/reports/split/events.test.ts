import { test } from 'node:test';
import assert from 'node:assert/strict';
import { participantsOf, placeOf } from './details.js';
import { parseEvent, type ParsedEvent } from './events.js';
import { guessKind } from './kinds.js';

const LISTED = { listed: true, defaultYear: 2021 };
const PARAGRAPH = { listed: false, defaultYear: 2021 };

/** What an event is, without confidence and kind. */
const core = (event: ParsedEvent | null) =>
  event === null ? null : [event.title, event.dateFrom, event.dateTo, event.place, event.participants];

test('the forms of listed events', () => {
  const cases: [string, unknown[]][] = [
    ['“Miqrantların qanunsuz məşğulluğu və əmək istismarına dair” seminar – 24 fevral 2016-ci il, Bakı – 4 nəfər;', ['“Miqrantların qanunsuz məşğulluğu və əmək istismarına dair” seminar', '2016-02-24', '2016-02-24', 'Bakı', 4]],
    ['beynəlxalq seminar  – 14-16 mart 2016-cı il, Bakı- 2 nəfər;', ['beynəlxalq seminar', '2016-03-14', '2016-03-16', 'Bakı', 2]],
    ['üçüncü seminar -14-15 aprel 2016-cı il, Bakı – 1 nəfər;', ['üçüncü seminar', '2016-04-14', '2016-04-15', 'Bakı', 1]],
    ['görüş – 19 sentyabr 2016-cı il, Bakı şəhəri – 4 nəfər;', ['görüş', '2016-09-19', '2016-09-19', 'Bakı', 4]],
    ['Birgə Komissiyanın 19-cu iclası – 24-25 noyabr 2016-cı il, Belarus Respublikası, Minsk – 1 nəfər;', ['Birgə Komissiyanın 19-cu iclası', '2016-11-24', '2016-11-25', 'Belarus Respublikası, Minsk', 1]],
    ['Polis əməkdaşları üçün təlim (12.03.2021, Bakı, iştirakçı sayı: 25)', ['Polis əməkdaşları üçün təlim', '2021-03-12', '2021-03-12', 'Bakı', 25]],
    ['Tikinti obyektlərində reyd (12-14.03.2021, Sumqayıt, iştirakçı sayı: 25);', ['Tikinti obyektlərində reyd', '2021-03-12', '2021-03-14', 'Sumqayıt', 25]],
    ['Seminar – 14 mart – 2 aprel 2021, Gəncə şəhərində – 20 nəfər', ['Seminar', '2021-03-14', '2021-04-02', 'Gəncə', 20]],
    ['Seminar (Şəki, 18.05.2021, 30 nəfər)', ['Seminar', '2021-05-18', '2021-05-18', 'Şəki', 30]],
    ['Təlim kursu, Quba, 18.05.2021, 25 iştirakçı', ['Təlim kursu', '2021-05-18', '2021-05-18', 'Quba', 25]],
    ['12-14.03.2021 – Sumqayıt – Maarifləndirmə aksiyası – 25 iştirakçı', ['Maarifləndirmə aksiyası', '2021-03-12', '2021-03-14', 'Sumqayıt', 25]],
    ['3-4 may 2022-ci il – Gəncə – prokurorlar üçün təlim – 18 iştirakçı', ['prokurorlar üçün təlim', '2022-05-03', '2022-05-04', 'Gəncə', 18]],
    ['Vebinar (20.04.2021, onlayn, 48 iştirakçı)', ['Vebinar', '2021-04-20', '2021-04-20', 'onlayn', 48]],
    ['Konfrans – mart 2021', ['Konfrans', '2021-03-01', '2021-03-31', null, null]],
    ['“20 noyabr – Uşaq hüquqları günü” tədbiri – 18.11.2021, Bakı', ['“20 noyabr – Uşaq hüquqları günü” tədbiri', '2021-11-18', '2021-11-18', 'Bakı', null]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(core(parseEvent(text, LISTED)), expected, text);
});

test('participants by sex, alone or beside a total', () => {
  const bySex = (text: string) => {
    const event = parseEvent(text, LISTED);
    return [event?.participants, event?.participantsBySex];
  };
  assert.deepEqual(bySex('Seminar – 12.03.2021, Gəncə – 12 qadın və 8 kişi'), [20, { women: 12, men: 8 }]);
  assert.deepEqual(bySex('Seminar – 12.03.2021, Gəncə – 30 nəfər (11 qadın, 19 kişi)'), [30, { women: 11, men: 19 }]);
  assert.deepEqual(bySex('Seminar – 12.03.2021, Gəncə – 30 nəfər, o cümlədən 11 qadın'), [30, { women: 11, men: null }]);
  assert.deepEqual(bySex('Seminar – 12.03.2021, Gəncə – 25 nəfər'), [25, undefined]);
});

test('the details of events one by one', () => {
  assert.deepEqual(participantsOf('iştirakçı sayı: 25'), { total: 25, women: null, men: null });
  assert.deepEqual(participantsOf('iştirakçıların sayı – 25 nəfər'), { total: 25, women: null, men: null });
  assert.deepEqual(participantsOf('25 nəfər iştirak etmişdir'), { total: 25, women: null, men: null });
  assert.deepEqual(participantsOf('qadınlar: 12'), { total: null, women: 12, men: null });
  assert.equal(participantsOf('Bakı'), null);
  assert.deepEqual(placeOf('Bakı'), { place: 'Bakı', known: true });
  assert.deepEqual(placeOf('Gəncə şəhərində'), { place: 'Gəncə', known: true });
  assert.deepEqual(placeOf('Bakıda'), { place: 'Bakı', known: true });
  assert.deepEqual(placeOf('Bakı şəhəri Heydər Əliyev Mərkəzi'), { place: 'Bakı şəhəri Heydər Əliyev Mərkəzi', known: true });
  assert.deepEqual(placeOf('Belarus Respublikası'), { place: 'Belarus Respublikası', known: false });
  assert.deepEqual(placeOf('videokonfrans formatında'), { place: 'videokonfrans formatında', known: true });
  assert.equal(placeOf('nəticələr müzakirə edilmişdir'), null);
});

test('uncertain events say why, and are less sure', () => {
  const noDate = parseEvent('Müfəttişlər üçün metodiki vəsaitin hazırlanması – 40 nəfər', LISTED);
  assert.deepEqual([noDate?.dateFrom, noDate?.participants, noDate?.issues], [null, 40, ['no_date']]);
  assert.ok((noDate?.confidence ?? 1) < 0.5);
  const assumed = parseEvent('Görüş – 15 sentyabr, Lənkəran, iştirakçı sayı: 60', LISTED);
  assert.deepEqual([assumed?.dateFrom, assumed?.issues, assumed?.confidence], ['2021-09-15', ['year_assumed'], 0.8]);
  const unknown = parseEvent('Seminar – 12.03.2021, Bakı, nəticələr müzakirə edilmişdir', LISTED);
  assert.deepEqual([unknown?.place, unknown?.issues], ['Bakı', ['details_not_recognised']]);
  const sentence = parseEvent('12 mart 2022-ci il tarixində Bakı şəhərində hakimlər üçün seminar keçirilmiş, 25 nəfər iştirak etmişdir.', LISTED);
  assert.deepEqual(core(sentence), ['Bakı şəhərində hakimlər üçün seminar keçirilmiş', '2022-03-12', '2022-03-12', 'Bakı', 25]);
  assert.deepEqual([sentence?.issues, sentence?.confidence], [['read_from_sentence'], 0.7]);
  const noYear = parseEvent('Görüş – 15 sentyabr, Lənkəran', { listed: true, defaultYear: null });
  assert.deepEqual([noYear?.dateFrom, noYear?.issues], [null, ['no_date']]);
});

test('list items that are no events, and paragraphs that are', () => {
  assert.equal(parseEvent('Qanun layihəsi hazırlanmışdır', LISTED), null);
  assert.equal(parseEvent('“İnsan alveri qurbanlarının müdafiəsi” mövzusu', LISTED), null);
  assert.ok(parseEvent('Ali məktəb tələbələri ilə görüş – Mingəçevir', LISTED) !== null);
  // A paragraph is an event only when it is one well-formed line.
  assert.deepEqual(core(parseEvent('Polis əməkdaşları üçün təlim (12.03.2021, Bakı, iştirakçı sayı: 25)', PARAGRAPH)), ['Polis əməkdaşları üçün təlim', '2021-03-12', '2021-03-12', 'Bakı', 25]);
  assert.equal(parseEvent('Polis əməkdaşları üçün təlim (12.03.2021, Bakı, iştirakçı sayı: 25)', PARAGRAPH)?.confidence, 0.8);
  assert.equal(parseEvent('25 aprel 2016-cı il tarixdə Bakıda keçirilmiş seminar barədə məlumatlandırma aparılmışdır.', PARAGRAPH), null);
  assert.equal(parseEvent('Nazirlik 12.03.2021-ci il tarixli məktubla təkliflərini göndərmişdir.', PARAGRAPH), null);
});

test('the kind of an activity from its title', () => {
  const cases: [string, string | null][] = [
    ['DMX əməkdaşları üçün təlim', 'training'],
    ['Qısamüddətli kurslar', 'training'],
    ['beynəlxalq seminar', 'meeting'],
    ['Konfrans', 'meeting'],
    ['ekspert ilə görüş', 'meeting'],
    ['Birgə Komissiyanın iclası', 'meeting'],
    ['Maarifləndirmə aksiyası', 'awareness'],
    ['İnformasiya kampaniyası', 'awareness'],
    ['Qanun layihəsinin hazırlanması', 'legal_draft'],
    ['Tikinti obyektlərində reyd', 'inspection'],
    ['Müəssisələrdə monitorinq', 'inspection'],
    ['Əmək miqrantları arasında sorğu', 'research'],
    ['Reabilitasiya yardımının göstərilməsi', 'assistance'],
    ['ATƏT ilə əməkdaşlıq', 'international'],
    ['BMqT-nin “Ehtiyacların qiymətləndirilməsi və təhlili” layihəsi çərçivəsində görüş', 'meeting'],
    ['Qanunsuz miqrasiyaya həsr olunmuş tədbir', null],
    ['Metodiki vəsaitin hazırlanması', null],
  ];
  for (const [title, kind] of cases) assert.equal(guessKind(title), kind, title);
});
