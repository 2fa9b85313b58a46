import { Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../ui/DataTable';
import { DateText } from '../ui/DateText';
import type { Activity, Figure, Need } from './types';

const dash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : value);

export function activityColumns(t: TFunction): Column<Activity>[] {
  return [
    { key: 'kind', header: t('reports.activity.kind'), render: (a) => t(`reports.activityKind.${a.kind}`) },
    { key: 'title', header: t('reports.activity.title'), render: (a) => <span lang="az">{a.title}</span> },
    {
      key: 'dates',
      header: t('reports.activity.dates'),
      render: (a) => (
        <>
          <DateText value={a.dateFrom} />
          {a.dateTo && a.dateTo !== a.dateFrom && (
            <>
              {' – '}
              <DateText value={a.dateTo} />
            </>
          )}
        </>
      ),
      nowrap: true,
    },
    { key: 'place', header: t('reports.activity.place'), render: (a) => <span lang="az">{dash(a.place)}</span> },
    { key: 'participants', header: t('reports.activity.participants'), render: (a) => dash(a.participants), align: 'right' },
    { key: 'women', header: t('reports.activity.women'), render: (a) => dash(a.women), align: 'right' },
    { key: 'men', header: t('reports.activity.men'), render: (a) => dash(a.men), align: 'right' },
    { key: 'partners', header: t('reports.activity.partners'), render: (a) => <span lang="az">{dash(a.partners.join(', '))}</span> },
  ];
}

export function figureColumns(t: TFunction): Column<Figure>[] {
  return [
    { key: 'label', header: t('reports.figure.label'), render: (f) => <span lang="az">{f.label}</span> },
    { key: 'value', header: t('reports.figure.value'), render: (f) => String(f.value), align: 'right' },
    { key: 'unit', header: t('reports.figure.unit'), render: (f) => <span lang="az">{dash(f.unit)}</span> },
  ];
}

export function needColumns(t: TFunction): Column<Need>[] {
  return [
    { key: 'kind', header: t('reports.need.kind'), render: (n) => t(`reports.needKind.${n.kind}`) },
    { key: 'description', header: t('reports.need.description'), render: (n) => <span lang="az">{n.description}</span> },
    { key: 'amount', header: t('reports.need.amount'), render: (n) => (n.amount === null ? '—' : `${n.amount} ${n.currency ?? ''}`), align: 'right', nowrap: true },
  ];
}

interface ReadTableProps<T> {
  title: string;
  rows: T[];
  columns: Column<T>[];
  emptyText: string;
  /** Heading level: 3 on the entry page, none inside a block that names it already. */
  heading?: boolean;
}

/** One read-only list of an entry (activities, figures or needs). */
export function ReadTable<T>({ title, rows, columns, emptyText, heading = true }: ReadTableProps<T>) {
  return (
    <Stack gap="xs" component="section">
      {heading && (
        <Title order={3} size="h5">
          {title}
        </Title>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <DataTable caption={title} columns={columns} rows={rows} rowKey={(r) => rows.indexOf(r)} loading={false} error={null} emptyTitle={emptyText} />
      )}
    </Stack>
  );
}

/** Activities, figures and needs of one version, read-only. */
export function ContentLists({ activities, figures, needs }: { activities: Activity[]; figures: Figure[]; needs: Need[] }) {
  const { t } = useTranslation();
  return (
    <>
      <ReadTable title={t('reports.activities.title')} rows={activities} columns={activityColumns(t)} emptyText={t('reports.activities.none')} />
      <ReadTable title={t('reports.figures.title')} rows={figures} columns={figureColumns(t)} emptyText={t('reports.figures.none')} />
      <ReadTable title={t('reports.needs.title')} rows={needs} columns={needColumns(t)} emptyText={t('reports.needs.none')} />
    </>
  );
}
