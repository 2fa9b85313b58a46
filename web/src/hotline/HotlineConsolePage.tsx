import { Anchor, Button, Grid, Group, Kbd, NativeSelect, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconChartLine, IconClipboardList, IconPhonePlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../common/src/dates';
import { HOTLINE_CHANNELS } from '../../../common/src/hotline';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { useUrlFilters } from '../ui/useUrlFilters';
import { CONTACT_PAGE_SIZE, callbacksQuery, contactListQuery } from './api';
import { CallbackList } from './CallbackList';
import { categoryOptions, hotlineOptions } from './codes';
import { ContactForm } from './ContactForm';
import { ContactsTable } from './ContactsTable';
import { NEW_CONTACT_KEYS } from './shortcut';

const FILTER_KEYS = ['open', 'category', 'channel', 'mine', 'from', 'to'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** A keystroke's moment as it came in the address (`?new=`), if recent; otherwise now. */
function startOf(param: string | null): string {
  const at = Number(param);
  return new Date(Number.isFinite(at) && at > Date.now() - 60_000 && at <= Date.now() + 5_000 ? at : Date.now()).toISOString();
}

/**
 * The operator console, built for a live call: N (or Alt+N anywhere) starts a contact and its
 * timer, focus lands on the first field, and screen readers are told. The body's contacts are
 * listed below with their filters in the address; the operator's callbacks due on the side.
 */
export function HotlineConsolePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const url = useUrlFilters(FILTER_KEYS);
  const list = useQuery(contactListQuery(url.filters, url.page));
  const callbacks = useQuery(callbacksQuery('open', true));
  const [draft, setDraft] = useState<{ startedAt: string; key: number } | null>(null);
  const [message, setMessage] = useState('');
  const workspace = useRef<HTMLDivElement>(null);

  const announce = useCallback((text: string) => {
    // Cleared first so that the same words are announced again.
    setMessage('');
    window.setTimeout(() => setMessage(text), 50);
  }, []);

  const start = useCallback(
    (startedAt: string) => {
      setDraft({ startedAt, key: Date.parse(startedAt) });
      announce(t('hotline.console.started', { time: formatDateTime(startedAt).slice(-5) }));
    },
    [announce, t],
  );

  // The keystroke arrives as ?new=<moment>: start the contact, then take the parameter out of the address.
  const requested = params.get('new');
  useEffect(() => {
    if (!requested) return;
    if (draft) announce(t('hotline.shortcut.unsaved'));
    else start(startOf(requested));
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('new');
        return next;
      },
      { replace: true },
    );
    // Only a new request matters, not the draft changing.
  }, [requested]);

  useEffect(() => {
    if (!draft) return;
    const frame = window.requestAnimationFrame(() => workspace.current?.querySelector<HTMLElement>('input, select, textarea')?.focus());
    return () => window.cancelAnimationFrame(frame);
  }, [draft]);

  const fields: FilterField<FilterKey>[] = [
    {
      key: 'open',
      label: t('hotline.list.state'),
      type: 'select',
      options: [
        { value: 'true', label: t('hotline.list.stateOpen') },
        { value: 'false', label: t('hotline.list.stateClosed') },
      ],
    },
    {
      key: 'category',
      label: t('hotline.field.category'),
      type: 'custom',
      render: (value, onChange) => <CategoryFilter value={value} onChange={onChange} />,
    },
    { key: 'channel', label: t('hotline.field.channel'), type: 'select', options: hotlineOptions(t, 'channel', HOTLINE_CHANNELS) },
    { key: 'mine', label: t('hotline.list.operator'), type: 'select', options: [{ value: 'true', label: t('hotline.list.mine') }] },
    { key: 'from', label: t('hotline.list.from'), type: 'date' },
    { key: 'to', label: t('hotline.list.to'), type: 'date' },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('hotline.console.title')}
        actions={
          <Group gap="sm">
            <Button component={Link} to="/hotline/handover" variant="default" leftSection={<IconClipboardList size={16} aria-hidden />}>
              {t('hotline.nav.handover')}
            </Button>
            <Button component={Link} to="/hotline/metrics" variant="default" leftSection={<IconChartLine size={16} aria-hidden />}>
              {t('hotline.nav.metrics')}
            </Button>
            <Button
              color="red"
              leftSection={<IconPhonePlus size={16} aria-hidden />}
              rightSection={<Kbd size="xs">N</Kbd>}
              aria-keyshortcuts={NEW_CONTACT_KEYS}
              onClick={() => start(new Date().toISOString())}
              disabled={draft !== null}
            >
              {t('hotline.console.new')}
            </Button>
          </Group>
        }
      />
      <VisuallyHidden role="status" aria-live="polite" data-testid="hotline-announcer">
        {message}
      </VisuallyHidden>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <div ref={workspace}>
              {draft ? (
                <ContactForm
                  key={draft.key}
                  contact={null}
                  startedAt={draft.startedAt}
                  announce={announce}
                  onDiscard={() => {
                    setDraft(null);
                    announce(t('hotline.console.discarded'));
                  }}
                  onCreated={(saved, next) => void navigate(`/hotline/contacts/${saved.id}`, { state: { created: saved.reference, next } })}
                />
              ) : (
                <Paper withBorder p="lg" radius="md">
                  <Text size="sm" c="dimmed">
                    {t('hotline.console.idle')}
                  </Text>
                </Paper>
              )}
            </div>
            <Title order={2} size="h4">
              {t('hotline.list.title')}
            </Title>
            <FilterBar label={t('filters.label')} fields={fields} state={url} />
            <ContactsTable
              caption={t('hotline.list.caption')}
              rows={list.data?.items}
              loading={list.isFetching}
              error={list.error}
              onRetry={() => void list.refetch()}
              emptyTitle={url.filtered ? t('table.noMatches') : t('hotline.list.none')}
              sort={url.sort}
              onSortChange={url.setSort}
              pagination={list.data && { page: url.page, pageSize: CONTACT_PAGE_SIZE, total: list.data.total, onPageChange: url.setPage }}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="my-callbacks">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4" id="my-callbacks">
                {t('hotline.callback.mine')}
              </Title>
              <Anchor component={Link} to="/hotline/handover" size="sm">
                {t('hotline.nav.handover')}
              </Anchor>
            </Group>
            <CallbackList items={callbacks.data?.items ?? []} caption={t('hotline.callback.mine')} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function CategoryFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('hotline.field.category')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[{ value: '', label: t('filters.all') }, ...categoryOptions(t)]}
      w={240}
    />
  );
}
