import { ActionIcon, Group, Pagination, Skeleton, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { compareAz } from '../../../common/src/collation';
import { EmptyState } from './EmptyState';
import { ProblemAlert } from './ProblemAlert';
import type { SortState } from './useUrlFilters';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Makes the column sortable: text sorts in Azerbaijani order, numbers numerically. */
  sortValue?: (row: T) => string | number | null | undefined;
  width?: number | string;
  align?: 'left' | 'right' | 'center';
  /** Keep the cell on one line (dates, badges, buttons). */
  nowrap?: boolean;
}

export interface PaginationState {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}

interface DataTableProps<T> {
  /** Accessible name of the table (visually hidden caption). */
  caption: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string | number;
  loading: boolean;
  error: unknown;
  onRetry?: () => void;
  emptyTitle: string;
  emptyDescription?: ReactNode;
  sort?: SortState | null;
  onSortChange?: (sort: SortState | null) => void;
  pagination?: PaginationState;
  /** Rows can be expanded to show this below them. */
  renderExpanded?: (row: T) => ReactNode;
}

function compareValues(a: string | number | null | undefined, b: string | number | null | undefined): number {
  const aMissing = a === null || a === undefined || a === '';
  const bMissing = b === null || b === undefined || b === '';
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareAz(String(a), String(b));
}

function nextSort(current: SortState | null | undefined, key: string): SortState | null {
  if (current?.key !== key) return { key, dir: 'asc' };
  return current.dir === 'asc' ? { key, dir: 'desc' } : null;
}

/** The one table of the app: sortable headers, skeleton, error and empty states, pagination, expandable rows. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { caption, columns, rows, rowKey, loading, error, onRetry, emptyTitle, emptyDescription } = props;
  const { sort, onSortChange, pagination, renderExpanded } = props;
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<string | number>>(new Set());

  const sorted = useMemo(() => {
    if (!rows) return rows;
    const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
    if (!sort || !column?.sortValue) return rows;
    const value = column.sortValue;
    const factor = sort.dir === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => factor * compareValues(value(a), value(b)));
  }, [rows, columns, sort]);

  const toggle = (key: string | number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  if (error && !rows) return <ProblemAlert error={error} onRetry={onRetry} />;

  const columnCount = columns.length + (renderExpanded ? 1 : 0);
  const header = (
    <Table.Thead>
      <Table.Tr>
        {renderExpanded && (
          <Table.Th w={40}>
            <VisuallyHidden>{t('table.details')}</VisuallyHidden>
          </Table.Th>
        )}
        {columns.map((column) => {
          const active = sort?.key === column.key ? sort.dir : undefined;
          const ariaSort = active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : undefined;
          const Icon = active === 'asc' ? IconArrowUp : active === 'desc' ? IconArrowDown : IconArrowsSort;
          return (
            <Table.Th key={column.key} w={column.width} style={{ textAlign: column.align }} aria-sort={column.sortValue ? (ariaSort ?? 'none') : undefined}>
              {column.sortValue && onSortChange ? (
                <UnstyledButton onClick={() => onSortChange(nextSort(sort, column.key))} fw={700} fz="sm">
                  <Group gap={4} wrap="nowrap">
                    {column.header}
                    <Icon size={14} aria-hidden stroke={1.5} />
                  </Group>
                </UnstyledButton>
              ) : (
                column.header
              )}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );

  let body: ReactNode;
  if (loading && !sorted) {
    body = Array.from({ length: 5 }, (_, i) => (
      <Table.Tr key={i}>
        {Array.from({ length: columnCount }, (__, j) => (
          <Table.Td key={j}>
            <Skeleton height={14} radius="sm" />
          </Table.Td>
        ))}
      </Table.Tr>
    ));
  } else if (!sorted || sorted.length === 0) {
    body = (
      <Table.Tr>
        <Table.Td colSpan={columnCount}>
          <EmptyState title={emptyTitle} description={emptyDescription} />
        </Table.Td>
      </Table.Tr>
    );
  } else {
    body = sorted.map((row) => {
      const key = rowKey(row);
      const open = expanded.has(key);
      const detailsId = `row-details-${String(key)}`;
      return (
        <Fragment key={key}>
          <Table.Tr>
            {renderExpanded && (
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  onClick={() => toggle(key)}
                  aria-expanded={open}
                  aria-controls={open ? detailsId : undefined}
                  aria-label={open ? t('table.hideDetails') : t('table.showDetails')}
                  data-testid={`row-toggle-${String(key)}`}
                >
                  {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
                </ActionIcon>
              </Table.Td>
            )}
            {columns.map((column) => (
              <Table.Td key={column.key} style={{ textAlign: column.align, whiteSpace: column.nowrap ? 'nowrap' : undefined }}>
                {column.render(row)}
              </Table.Td>
            ))}
          </Table.Tr>
          {renderExpanded && open && (
            <Table.Tr id={detailsId}>
              <Table.Td colSpan={columnCount} bg="var(--mantine-color-gray-0)">
                {renderExpanded(row)}
              </Table.Td>
            </Table.Tr>
          )}
        </Fragment>
      );
    });
  }

  return (
    <div>
      {error !== null && error !== undefined && <ProblemAlert error={error} onRetry={onRetry} />}
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing={6} fz="sm" aria-busy={loading}>
          <VisuallyHidden component="caption">{caption}</VisuallyHidden>
          {header}
          <Table.Tbody>{body}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pagination && <TablePagination {...pagination} />}
    </div>
  );
}

function TablePagination({ page, pageSize, total, onPageChange }: PaginationState) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const controlLabels = {
    first: t('table.firstPage'),
    previous: t('table.previousPage'),
    next: t('table.nextPage'),
    last: t('table.lastPage'),
  };
  return (
    <Group justify="space-between" mt="sm" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('table.range', { from, to, total })}
      </Text>
      {pages > 1 && (
        <nav aria-label={t('table.pagination')}>
          <Pagination
            size="sm"
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPageChange}
            withEdges
            getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
            getItemProps={(p) => ({ 'aria-label': t('table.page', { page: p }) })}
          />
        </nav>
      )}
    </Group>
  );
}
