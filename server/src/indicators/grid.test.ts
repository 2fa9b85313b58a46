import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGrid, gridOrder, ratingCounts } from './grid.js';

const areas = [
  { id: 'b', code: '5.10', position: 1 },
  { id: 'a', code: '4.5', position: 3 },
  { id: 'c', code: '5.2', position: 2 },
];
const indicator = (id: string, area_id: string, kind: 'framework' | 'operational', level: number, position = 1) => ({ id, area_id, kind, level, position });

test('areas in code order, four cells in column order, indicators in their order inside a cell', () => {
  const grid = buildGrid(areas, [
    indicator('x2', 'a', 'operational', 2),
    indicator('x1', 'a', 'framework', 1, 2),
    indicator('x0', 'a', 'framework', 1, 1),
    indicator('y', 'c', 'operational', 1),
  ]);
  assert.deepEqual(
    grid.map((row) => row.area.code),
    ['4.5', '5.2', '5.10'],
  );
  assert.deepEqual(
    grid[0]!.cells.map((cell) => cell.map((i) => i.id)),
    [['x0', 'x1'], [], [], ['x2']],
  );
  assert.deepEqual(
    grid[1]!.cells.map((cell) => cell.length),
    [0, 0, 1, 0],
  );
  assert.deepEqual(
    gridOrder(areas, [indicator('y', 'c', 'operational', 1), indicator('x2', 'a', 'operational', 2), indicator('x0', 'a', 'framework', 1)]).map((r) => r.indicator.id),
    ['x0', 'x2', 'y'],
  );
});

test('counts by rating; an indicator without a rating is not assessed', () => {
  assert.deepEqual(ratingCounts(['met', 'met', 'not_met', undefined, null, 'partly_met', 'not_assessed']), { met: 2, partly_met: 1, not_met: 1, not_assessed: 3 });
});
