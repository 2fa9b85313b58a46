import { Alert, Anchor, Badge, Button, Card, CloseButton, Group, Modal, NativeSelect, Select, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconLink } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { trimCode } from '../plans/format';
import { periodListQuery } from '../reports/api';
import { StateBadge } from '../reports/Badges';
import { periodLabel } from '../reports/format';
import { NEED_KINDS } from '../reports/types';
import { DataTable, type Column } from '../ui/DataTable';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useUrlFilters } from '../ui/useUrlFilters';
import { resourcesQuery, useMatchNeed, useUnmatchNeed } from './api';
import { useMoney } from './format';
import { SupportsTable } from './SupportsTable';
import { RESOURCE_FILTER_KEYS, type NeedRow, type ResourceFilterKey, type Resources } from './types';

const isNeedKind = (kind: string): kind is (typeof NEED_KINDS)[number] => (NEED_KINDS as readonly string[]).includes(kind);

/** Picks the support that meets a need, with a note, and records the match. */
function MatchDialog({ need, supports, onClose }: { need: NeedRow; supports: Resources['supports']; onClose: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const match = useMatchNeed();
  const [supportId, setSupportId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const taken = new Set(need.matches.map((m) => m.supportId));
  const options = supports
    .filter((s) => !taken.has(s.id))
    .map((s) => ({
      value: s.id,
      label: `${s.donor.name} — ${t(`donors.supportKind.${s.kind}`)}${s.amount !== null ? ` — ${money.one(s.amount, s.currency)}` : ''}: ${s.description.slice(0, 80)}`,
    }));
  const submit = () => {
    if (!supportId) return;
    match.mutate(
      { entryId: need.entryId, position: need.position, supportId, note: note.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('resources.matched') });
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('resources.matchTitle')} size="lg">
      <Stack
        gap="sm"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Text size="sm" lang="az">
          <b>{need.organisation.shortName}</b>, {trimCode(need.measure.code)}: {need.description}
          {need.amount !== null && ` (${money.one(need.amount, need.currency)})`}
        </Text>
        {match.error ? <ProblemAlert error={match.error} /> : null}
        <Select
          label={t('resources.support')}
          data={options}
          value={supportId}
          onChange={setSupportId}
          searchable
          required
          nothingFoundMessage={t('resources.noSupports')}
          data-autofocus
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea label={t('resources.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={match.isPending} disabled={!supportId}>
            {t('resources.match')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function NeedsTable({ data, show }: { data: Resources; show: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  const unmatch = useUnmatchNeed();
  const [matching, setMatching] = useState<NeedRow | null>(null);
  const kindLabel = (kind: string): string => (isNeedKind(kind) ? t(`reports.needKind.${kind}`) : kind);
  const rows = show === 'unmatched' ? data.needs.filter((n) => !n.matches.length) : show === 'matched' ? data.needs.filter((n) => n.matches.length) : data.needs;
  const columns: Column<NeedRow>[] = [
    { key: 'organisation', header: t('resources.body'), render: (n) => <span title={n.organisation.nameAz}>{n.organisation.shortName}</span>, sortValue: (n) => n.organisation.shortName },
    {
      key: 'measure',
      header: t('resources.measure'),
      render: (n) => (
        <Anchor component={Link} to={`/report-entries/${n.entryId}`} size="sm" fw={600} title={n.measure.text}>
          {trimCode(n.measure.code)}
        </Anchor>
      ),
      sortValue: (n) => n.measure.code,
      nowrap: true,
    },
    { key: 'kind', header: t('reports.need.kind'), render: (n) => kindLabel(n.kind), sortValue: (n) => kindLabel(n.kind) },
    { key: 'description', header: t('reports.need.description'), render: (n) => <Text size="sm" lang="az">{n.description}</Text>, sortValue: (n) => n.description },
    { key: 'amount', header: t('reports.need.amount'), render: (n) => money.one(n.amount, n.currency), sortValue: (n) => n.amount, align: 'right', nowrap: true },
    { key: 'state', header: t('reports.entry.state'), render: (n) => <StateBadge state={n.state} />, nowrap: true },
    {
      key: 'matches',
      header: t('resources.offers'),
      render: (n) => (
        <Stack gap={4}>
          {n.matches.map((m) => (
            <Group key={m.id} gap={4} wrap="nowrap">
              <Badge
                variant="light"
                color="teal"
                tt="none"
                h="auto"
                py={2}
                styles={{ root: { maxWidth: 340 }, label: { whiteSpace: 'normal' } }}
                title={[m.supportDescription, m.note].filter(Boolean).join(' — ')}
                rightSection={
                  data.abilities.match ? (
                    <CloseButton size="xs" aria-label={t('resources.unmatch', { donor: m.donor.name })} onClick={() => unmatch.mutate(m.id)} />
                  ) : undefined
                }
              >
                {m.donor.name} · {t(`donors.supportKind.${m.supportKind}`)}
                {m.amount !== null && ` · ${money.one(m.amount, m.currency)}`}
              </Badge>
            </Group>
          ))}
          {data.abilities.match && (
            <Button size="compact-xs" variant="subtle" leftSection={<IconLink size={12} aria-hidden />} onClick={() => setMatching(n)} aria-label={t('resources.matchNamed', { need: n.description })}>
              {t('resources.match')}
            </Button>
          )}
          {!n.matches.length && !data.abilities.match && (
            <Text size="xs" c="dimmed">
              {t('resources.noMatch')}
            </Text>
          )}
        </Stack>
      ),
      sortValue: (n) => n.matches.length,
    },
  ];
  return (
    <>
      {unmatch.error ? <ProblemAlert error={unmatch.error} /> : null}
      <DataTable
        caption={t('resources.needs')}
        columns={columns}
        rows={rows}
        rowKey={(n) => n.key}
        loading={false}
        error={null}
        emptyTitle={t('resources.noNeeds')}
        emptyDescription={t('resources.noNeedsHint')}
      />
      {matching && <MatchDialog need={matching} supports={data.supports} onClose={() => setMatching(null)} />}
    </>
  );
}

const MEASURES_PAGE = 15;

function MeasuresWithoutResources({ data }: { data: Resources }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  // The measures the bodies named needs for first: those most want a resource.
  const measures = [...data.measures.withoutResources].sort((a, b) => b.needs - a.needs);
  const columns: Column<(typeof measures)[number]>[] = [
    {
      key: 'code',
      header: t('resources.measure'),
      render: (m) => (
        <Anchor component={Link} to={`/measures/${m.id}`} size="sm" fw={600}>
          {trimCode(m.code)}
        </Anchor>
      ),
      sortValue: (m) => m.code,
      nowrap: true,
    },
    { key: 'text', header: t('resources.measureText'), render: (m) => <Text size="sm" lang="az" lineClamp={2}>{m.text}</Text> },
    { key: 'section', header: t('reports.entry.section'), render: (m) => <span title={m.section.title}>{trimCode(m.section.code)}</span>, sortValue: (m) => m.section.code, nowrap: true },
    {
      key: 'needs',
      header: t('resources.needsCount'),
      render: (m) => (m.needs ? <Badge color="orange" variant="light">{m.needs}</Badge> : '0'),
      sortValue: (m) => m.needs,
      align: 'right',
    },
  ];
  return (
    <DataTable
      caption={t('resources.withoutResources')}
      columns={columns}
      rows={measures.slice((page - 1) * MEASURES_PAGE, page * MEASURES_PAGE)}
      rowKey={(m) => m.id}
      loading={false}
      error={null}
      emptyTitle={t('resources.allResourced')}
      pagination={measures.length > MEASURES_PAGE ? { page, pageSize: MEASURES_PAGE, total: measures.length, onPageChange: setPage } : undefined}
    />
  );
}

/**
 * Needs next to offers for one reporting period: the needs the bodies named, each with the
 * supports it was matched to, the donors' supports, and the measures no support names at all.
 */
export function ResourcesPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(RESOURCE_FILTER_KEYS);
  const periods = useQuery(periodListQuery);
  const money = useMoney();
  const periodId = url.filters.periodId || periods.data?.items[0]?.id || '';
  const query = useQuery(resourcesQuery({ periodId, organisationId: url.filters.organisationId, kind: url.filters.kind, section: url.filters.section }));
  const data = query.data;

  const fields: FilterField<ResourceFilterKey>[] = [
    {
      key: 'periodId',
      label: t('resources.period'),
      type: 'custom',
      render: (value, onChange) => (
        <NativeSelect
          label={t('resources.period')}
          value={value || periodId}
          onChange={(e) => onChange(e.currentTarget.value)}
          data={(periods.data?.items ?? []).map((p) => ({ value: p.id, label: `${periodLabel(t, p)} — ${p.plan.title}` }))}
          w={280}
        />
      ),
    },
    {
      key: 'organisationId',
      label: t('resources.body'),
      type: 'custom',
      render: (value, onChange) => <OrganisationSelect label={t('resources.body')} value={value} onChange={onChange} clearable w={240} />,
    },
    { key: 'kind', label: t('reports.need.kind'), type: 'select', options: NEED_KINDS.map((k) => ({ value: k, label: t(`reports.needKind.${k}`) })) },
    { key: 'section', label: t('reports.entry.section'), type: 'text' },
    {
      key: 'show',
      label: t('resources.show'),
      type: 'select',
      options: [
        { value: 'unmatched', label: t('resources.showUnmatched') },
        { value: 'matched', label: t('resources.showMatched') },
      ],
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('resources.title')}
        actions={
          <Button component={Link} to="/donors" variant="default">
            {t('donors.title')}
          </Button>
        }
      />
      <Text size="sm" c="dimmed" maw={900}>
        {t('resources.intro')}
      </Text>
      {periods.isSuccess && !periods.data.items.length && <Alert color="gray">{t('resources.noPeriods')}</Alert>}
      <FilterBar label={t('resources.filters')} fields={fields} state={url} />
      {query.isError && !data ? <ProblemAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data ? (
        <>
          <Group gap="lg" wrap="wrap" aria-live="polite">
            <Text size="sm">
              {t('resources.needsTotal')}: <b>{data.needTotals.count}</b>
            </Text>
            <Text size="sm">
              {t('resources.matchedTotal')}: <b>{data.needTotals.matched}</b>
            </Text>
            <Text size="sm">
              {t('reports.needsView.amounts')}: <b>{money.list(data.needTotals.amounts)}</b>
            </Text>
            <Text size="sm">
              {t('resources.withoutResourcesCount', { n: data.measures.withoutResources.length, total: data.measures.total })}
            </Text>
          </Group>
          {data.unplacedMatches.length > 0 && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('resources.unplaced')}>
              <Stack gap={4}>
                {data.unplacedMatches.map((m) => (
                  <Group key={m.id} gap="xs" wrap="nowrap">
                    <Text size="sm" lang="az">
                      <Anchor component={Link} to={`/report-entries/${m.entryId}`} size="sm">
                        {m.needDescription}
                      </Anchor>{' '}
                      → {m.donor.name}
                    </Text>
                    {data.abilities.match && <UnmatchButton id={m.id} />}
                  </Group>
                ))}
              </Stack>
            </Alert>
          )}
          <Card withBorder padding="md" component="section">
            <Title order={2} size="h4" mb="sm">
              {t('resources.needs')}
            </Title>
            <NeedsTable data={data} show={url.filters.show} />
          </Card>
          <Card withBorder padding="md" component="section">
            <Title order={2} size="h4" mb="sm">
              {t('resources.offers')}
            </Title>
            <SupportsTable caption={t('resources.offers')} rows={data.supports} withDonor emptyTitle={t('resources.noSupports')} />
          </Card>
          <Card withBorder padding="md" component="section">
            <Title order={2} size="h4" mb="sm">
              {t('resources.withoutResources')}
            </Title>
            <MeasuresWithoutResources data={data} />
          </Card>
        </>
      ) : (
        periodId && <Skeleton height={320} />
      )}
    </Stack>
  );
}

function UnmatchButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const unmatch = useUnmatchNeed();
  return (
    <Button size="compact-xs" variant="subtle" color="red" loading={unmatch.isPending} onClick={() => unmatch.mutate(id)}>
      {t('resources.removeMatch')}
    </Button>
  );
}
