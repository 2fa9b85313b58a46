import { Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './indicators.module.css';
import { ImprovementMark } from './RatingBadge';
import type { AreaBase, Column, Indicator } from './types';

interface IndicatorGridProps<T extends Indicator> {
  caption: string;
  columns: Column[];
  areas: (AreaBase & { cells: T[][] })[];
  /** One indicator inside its cell. */
  renderIndicator: (indicator: T, area: AreaBase) => ReactNode;
  /** Extra controls under an area's title (editing). */
  areaActions?: (area: AreaBase) => ReactNode;
  /** Extra controls at the foot of a cell (adding an indicator). */
  cellActions?: (area: AreaBase, column: Column) => ReactNode;
  /** Tint of an indicator's part of its cell (the rating's colour; the text and icon say the same). */
  tint?: (indicator: T) => string | undefined;
}

/**
 * The familiar grid of the framework: a row per area; framework indicators at level 1 and 2, then
 * operational indicators at level 1 and 2. A real table with two header rows, so a screen reader
 * announces the kind and the level of every cell.
 */
export function IndicatorGrid<T extends Indicator>({ caption, columns, areas, renderIndicator, areaActions, cellActions, tint }: IndicatorGridProps<T>) {
  const { t } = useTranslation();
  const kinds = [...new Set(columns.map((c) => c.kind))];
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table withTableBorder withColumnBorders className={classes.grid} data-testid="indicator-grid">
        <caption className={classes.caption}>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2} scope="col" w="18%">
              {t('indicators.grid.area')}
            </Table.Th>
            {kinds.map((kind) => (
              <Table.Th key={kind} colSpan={columns.filter((c) => c.kind === kind).length} scope="colgroup" ta="center">
                {t(`indicators.kind.${kind}`)}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={`${c.kind}-${c.level}`} scope="col" ta="center">
                {t('indicators.level', { level: c.level })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {areas.map((area) => (
            <Table.Tr key={area.id} data-area={area.code}>
              <Table.Th scope="row" className={classes.areaCell}>
                <Stack gap={4}>
                  <Text fw={700} size="sm">
                    {area.code}
                  </Text>
                  <Text size="sm" lang="az">
                    {area.title}
                  </Text>
                  <ImprovementMark value={area.needsImprovement} />
                  {areaActions?.(area)}
                </Stack>
              </Table.Th>
              {area.cells.map((cell, i) => {
                const column = columns[i]!;
                return (
                  <Table.Td key={`${column.kind}-${column.level}`} className={classes.cell} data-column={`${column.kind}-${column.level}`}>
                    <Stack gap="xs">
                      {cell.map((indicator) => (
                        <div key={indicator.id} className={classes.indicator} style={{ background: tint?.(indicator) }} data-indicator={indicator.id}>
                          {renderIndicator(indicator, area)}
                        </div>
                      ))}
                      {cell.length === 0 && (
                        <Text size="xs" c="dimmed">
                          {t('indicators.grid.emptyCell')}
                        </Text>
                      )}
                      {cellActions?.(area, column)}
                    </Stack>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
