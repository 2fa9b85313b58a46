import { Alert, Badge, Button, Card, Group, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ConfirmButton } from '../ui/ConfirmButton';
import { DataTable, type Column } from '../ui/DataTable';
import { PageHeader } from '../ui/PageHeader';
import { accessRequestsQuery, caseSearchQuery, useRequestAccess } from './api';
import { fieldErrors } from './formErrors';
import { CodeSelect, DateField } from './inputs';
import { useSummaryColumns } from './DuplicatesPanel';
import type { PersonSummary, SearchQuery, Sex } from './types';

const EMPTY: SearchQuery = { name: '', birthYear: '', birthDate: '', sex: '', document: '', phone: '' };

/**
 * The search is kept in the page's history entry, not in the address: names, document and phone
 * numbers stay out of links, bookmarks and the browser's list of visited addresses.
 */
interface SearchState {
  search?: SearchQuery;
}

function RequestAccessButton({ summary }: { summary: PersonSummary }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const request = useRequestAccess();
  const errors = fieldErrors(t, request.error, null);
  return (
    <ConfirmButton
      label={t('cases.search.requestAccess')}
      title={t('cases.search.requestTitle', { reference: summary.reference })}
      confirmLabel={t('cases.search.sendRequest')}
      confirmDisabled={!reason.trim()}
      fields={['reason']}
      buttonProps={{ size: 'compact-xs', variant: 'light', 'aria-label': t('cases.search.requestAccessNamed', { reference: summary.reference }) }}
      onOpen={() => {
        setReason('');
        request.reset();
      }}
      onConfirm={async () => {
        await request.mutateAsync({ caseId: summary.caseId, reason: reason.trim() });
        notifications.show({ color: 'teal', message: t('cases.search.requested', { reference: summary.reference, owner: summary.owner }) });
      }}
    >
      <Text size="sm">{t('cases.search.requestMessage', { owner: summary.owner })}</Text>
      <Textarea label={t('cases.search.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={3} maxLength={1000} error={errors.at('reason')} data-autofocus />
    </ConfirmButton>
  );
}

/** Search across the whole unified database: a minimal summary of each match, and access on request. */
export function CaseSearchPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const submitted = (location.state as SearchState | null)?.search ?? null;
  const [values, setValues] = useState<SearchQuery>(submitted ?? EMPTY);
  const [checked, setChecked] = useState(false);
  const results = useQuery({ ...caseSearchQuery(submitted ?? EMPTY), enabled: submitted !== null });
  const requests = useQuery(accessRequestsQuery);
  const summaryColumns = useSummaryColumns();
  const set = <K extends keyof SearchQuery>(key: K, value: SearchQuery[K]) => setValues((v) => ({ ...v, [key]: value }));
  const tooShort = values.name.trim().length < 2;
  const errors = fieldErrors(t, results.error, checked && tooShort ? new Map([['name', 'required' as const]]) : null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (tooShort) return;
    const search: SearchQuery = {
      ...values,
      name: values.name.trim(),
      document: values.document.trim(),
      phone: values.phone.trim(),
      birthYear: values.birthYear === '' ? '' : String(values.birthYear),
    };
    void navigate(location.pathname, { replace: true, state: { search } satisfies SearchState });
  };

  const outgoing = new Map((requests.data?.items ?? []).filter((r) => !r.incoming).map((r) => [r.caseId, r]));
  const columns: Column<PersonSummary>[] = [
    ...summaryColumns,
    {
      key: 'access',
      header: t('cases.search.access'),
      nowrap: true,
      render: (s) => {
        if (s.visible)
          return (
            <Button component={Link} to={`/cases/${s.caseId}`} size="compact-xs" variant="default" aria-label={t('cases.search.openNamed', { reference: s.reference })}>
              {t('cases.search.open')}
            </Button>
          );
        const request = outgoing.get(s.caseId);
        if (request?.status === 'requested')
          return (
            <Badge color="indigo" variant="light" tt="none">
              {t('cases.search.alreadyRequested')}
            </Badge>
          );
        return <RequestAccessButton summary={s} />;
      },
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader title={t('cases.search.title')} />
      <Alert color="indigo" variant="light" icon={<IconInfoCircle aria-hidden />}>
        <Text size="sm">{t('cases.search.intro')}</Text>
      </Alert>
      <Card withBorder padding="md">
        <form role="search" aria-label={t('cases.search.title')} onSubmit={submit} noValidate>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('cases.search.name')}
              description={t('cases.search.nameHint')}
              value={values.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              required
              error={errors.at('name')}
              autoComplete="off"
              spellCheck={false}
              w={300}
              data-autofocus
            />
            <NumberInput
              label={t('cases.field.birthYear')}
              value={values.birthYear}
              onChange={(v) => set('birthYear', String(v))}
              min={1900}
              max={2100}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator={false}
              error={errors.at('birthYear')}
              w={120}
            />
            <DateField label={t('cases.field.birthDate')} value={values.birthDate} onChange={(v) => set('birthDate', v)} error={errors.at('birthDate')} w={160} />
            <CodeSelect group="sex" label={t('cases.field.sex')} value={values.sex as Sex | ''} onChange={(v) => set('sex', v)} emptyLabel={t('filters.all')} error={errors.at('sex')} w={150} />
            <TextInput label={t('cases.search.document')} value={values.document} onChange={(e) => set('document', e.currentTarget.value)} error={errors.at('document')} autoComplete="off" w={180} />
            <TextInput label={t('cases.search.phone')} value={values.phone} onChange={(e) => set('phone', e.currentTarget.value)} error={errors.at('phone')} autoComplete="off" type="tel" w={180} />
            <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />} loading={results.isFetching}>
              {t('cases.search.submit')}
            </Button>
          </Group>
        </form>
      </Card>
      {submitted && (
        <DataTable
          caption={t('cases.search.results')}
          columns={columns}
          rows={results.data?.items}
          rowKey={(s) => s.personId}
          loading={results.isFetching}
          error={results.error}
          onRetry={() => void results.refetch()}
          emptyTitle={t('cases.search.none')}
          emptyDescription={t('cases.search.noneHint')}
        />
      )}
    </Stack>
  );
}
