import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineBlock, type Block } from './blocks.js';
import { readPlanMeta } from './plan-meta.js';

const lines = (...texts: string[]): Block[] => texts.map((t) => lineBlock(t));

test('the approval stamp gives the act, in either order of the date', () => {
  const stamp = readPlanMeta(lines('Azərbaycan Respublikası Prezidentinin', '2014-cü il 24 iyul tarixli 667 nömrəli Sərəncamı ilə', 'təsdiq edilmişdir'));
  assert.deepEqual(stamp.act, { kind: 'Prezidentin Sərəncamı', number: '667', date: '2014-07-24' });
  const other = readPlanMeta(lines('Azərbaycan Respublikası Nazirlər Kabinetinin 6 may 2004-cü il tarixli 178 nömrəli Qərarı ilə təsdiq edilmişdir'));
  assert.deepEqual(other.act, { kind: 'Nazirlər Kabinetinin Qərarı', number: '178', date: '2004-05-06' });
  // An earlier plan approved by another act, mentioned in the text, is not this plan's act.
  const mention = readPlanMeta(lines('Prezidentinin 2014-cü il 24 iyul tarixli 667 nömrəli Sərəncamı ilə təsdiq edilmiş “… Milli Fəaliyyət Planı”'));
  assert.equal(mention.act, null);
});

test('the title: quoted, a heading, or a line naming the plan; its years are the period', () => {
  const quoted = readPlanMeta(lines('FED.az xəbər verir ki, “Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2020─2024-cü illər üçün Milli Fəaliyyət Planı”nda əksini tapıb.'));
  assert.equal(quoted.title, 'Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2020–2024-cü illər üçün Milli Fəaliyyət Planı');
  assert.deepEqual(quoted.period, { from: '2020-01-01', to: '2024-12-31' });
  assert.equal(readPlanMeta([lineBlock('Xəbərlər'), lineBlock('… dair 20202024-cü illər üçün Milli Fəaliyyət Planı', true)]).title, '… dair 2020–2024-cü illər üçün Milli Fəaliyyət Planı');
  assert.deepEqual(readPlanMeta(lines('2025-ci il üçün Milli Fəaliyyət Planı')).period, { from: '2025-01-01', to: '2025-12-31' });
  const untitled = readPlanMeta([], 'plan-2004.docx');
  assert.deepEqual(untitled, { title: 'plan-2004', act: null, period: null });
});
