import { ActionIcon, Button, Group, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './reports.module.css';

export interface RowColumn<T> {
  key: string;
  header: string;
  /** Least width of the column's inputs, in rem (the table scrolls sideways when they do not fit). */
  width: number;
  /** The cell's input; `label` is its accessible name ("Title, row 2"). */
  render: (row: T, set: (patch: Partial<T>) => void, label: string) => ReactNode;
}

interface RowsEditorProps<T> {
  title: string;
  columns: RowColumn<T>[];
  rows: T[];
  onChange: (rows: T[]) => void;
  newRow: () => T;
  addLabel: string;
  emptyText: string;
}

let lastKey = 0;

/** Keys for rows that have no id of their own, kept in step with adds and removes. */
function useRowKeys(count: number) {
  const keys = useRef<string[]>([]);
  while (keys.current.length < count) keys.current.push(`row${++lastKey}`);
  if (keys.current.length > count) keys.current = keys.current.slice(0, count);
  return keys;
}

/** A table of rows with one input per cell, a button to add a row and one per row to remove it. */
export function RowsEditor<T>({ title, columns, rows, onChange, newRow, addLabel, emptyText }: RowsEditorProps<T>) {
  const { t } = useTranslation();
  const keys = useRowKeys(rows.length);
  const table = useRef<HTMLTableElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const update = (index: number, patch: Partial<T>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const remove = (index: number) => {
    keys.current.splice(index, 1);
    onChange(rows.filter((_, i) => i !== index));
    addButton.current?.focus();
  };
  const add = () => {
    onChange([...rows, newRow()]);
    // Focus the new row's first input once it is rendered.
    requestAnimationFrame(() => table.current?.querySelector<HTMLElement>('tbody tr:last-child :is(input, select, textarea)')?.focus());
  };

  return (
    <Stack gap="xs" component="section">
      <Title order={3} size="h5">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={`${columns.reduce((sum, c) => sum + c.width, 6)}rem`}>
          <Table ref={table} verticalSpacing={4} horizontalSpacing={4} fz="sm">
            <VisuallyHidden component="caption">{title}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={32}>#</Table.Th>
                {columns.map((c) => (
                  <Table.Th key={c.key}>{c.header}</Table.Th>
                ))}
                <Table.Th w={44}>
                  <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <Table.Tr key={keys.current[index]}>
                  <Table.Td className={classes.cell}>
                    {index + 1}
                  </Table.Td>
                  {columns.map((c) => (
                    <Table.Td key={c.key} className={classes.cell} style={{ minWidth: `${c.width}rem` }}>
                      {c.render(row, (patch) => update(index, patch), t('reports.rows.cell', { field: c.header, n: index + 1 }))}
                    </Table.Td>
                  ))}
                  <Table.Td className={classes.cell}>
                    <Tooltip label={t('reports.rows.removeNamed', { what: title, n: index + 1 })}>
                      <ActionIcon variant="subtle" color="red" size="lg" onClick={() => remove(index)} aria-label={t('reports.rows.removeNamed', { what: title, n: index + 1 })}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button ref={addButton} variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
