import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { columnLabel } from './labels';
import type { CountTable } from './types';

interface StatisticsTableProps {
  caption: string;
  table: CountTable;
  threshold: number;
}

/**
 * A table of the years (rows) by the columns of one breakdown, with the year's total last. Cells
 * show the label the server sent ("12", "<5", "x"), never a number worked out here. A year that is
 * not broken down has one cell across the columns that says so.
 */
export function StatisticsTable({ caption, table, threshold }: StatisticsTableProps) {
  const { t, i18n } = useTranslation();
  const columns = table.columns;
  return (
    <Table.ScrollContainer minWidth={Math.max(360, 90 + columns.length * 84)}>
      <Table striped withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing="xs" fz="sm" captionSide="top" data-table={table.key}>
        <Table.Caption ta="left" fw={600}>
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('statistics.year')}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column} scope="col" ta="right">
                {columnLabel(i18n.language, table.key, column)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('statistics.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Table.Tr key={row.year}>
              <Table.Th scope="row">{row.year}</Table.Th>
              {row.cells ? (
                row.cells.map((cell, i) => (
                  <Table.Td key={columns[i]} ta="right" c={cell.value === null ? 'dimmed' : undefined}>
                    {cell.label}
                  </Table.Td>
                ))
              ) : (
                <Table.Td colSpan={columns.length}>
                  <Text size="xs" c="dimmed">
                    {t('statistics.notBrokenDown', { threshold })}
                  </Text>
                </Table.Td>
              )}
              <Table.Td ta="right" fw={600} c={row.total.value === null ? 'dimmed' : undefined}>
                {row.total.label}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
