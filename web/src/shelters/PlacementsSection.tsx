import { Alert, Badge, Button, Checkbox, Group, NativeSelect, Select, Skeleton, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconDoorExit, IconHome, IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bakuToday } from '../../../common/src/dates';
import { capacityLevel, EXIT_REASONS, type CapacityLevel, type ExitReason, type PlaceCategory, type PlaceCounts } from '../../../common/src/shelters';
import { isApiError } from '../app/api';
import { fieldErrors } from '../cases/formErrors';
import { DateField } from '../cases/inputs';
import { Section } from '../cases/layout';
import type { CaseDetail } from '../cases/types';
import { DateText } from '../ui/DateText';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { placementsQuery, shelterListQuery, useExit, usePlace, useTransfer, type Placement } from './api';
import { shelterLabel } from './labels';

interface Choice {
  id: string;
  name: string;
  operator?: { shortName: string };
  capacity: PlaceCounts;
  occupancy: PlaceCounts;
  nearCapacityPercent: number;
}

function levelOf(choice: Choice | undefined, category: PlaceCategory | null): CapacityLevel | null {
  if (!choice || !category) return null;
  return capacityLevel(choice.capacity[category], choice.occupancy[category], choice.nearCapacityPercent);
}

/**
 * The warning before going over capacity, and the explicit override with its reason: asked for when
 * the chosen shelter has no free place of the person's category (or the server says so because
 * someone took the last place meanwhile).
 */
function CapacityWarning({ choice, category, serverFull, override, setOverride, reason, setReason, error }: {
  choice: Choice | undefined;
  category: PlaceCategory | null;
  serverFull: boolean;
  override: boolean;
  setOverride: (v: boolean) => void;
  reason: string;
  setReason: (v: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const level = serverFull ? 'full' : levelOf(choice, category);
  if (!choice || !category || !level || level === 'ok') return null;
  const counts = { category: shelterLabel(t, 'category', category), occupied: choice.occupancy[category], capacity: choice.capacity[category] };
  if (level === 'near') {
    return (
      <Alert color="orange" variant="light" role="status" data-testid="capacity-warning">
        <Text size="sm">{t('shelters.placement.nearWarning', counts)}</Text>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert" data-testid="capacity-warning" title={t('shelters.placement.fullTitle')}>
      <Stack gap="xs">
        <Text size="sm">{t('shelters.placement.fullWarning', counts)}</Text>
        <Checkbox label={t('shelters.placement.override')} checked={override} onChange={(e) => setOverride(e.currentTarget.checked)} />
        {override && (
          <Textarea label={t('shelters.placement.overrideReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={2000} error={error} />
        )}
      </Stack>
    </Alert>
  );
}

function PlaceForm({ caseId, shelters, derivedCategory, opened, onClose }: { caseId: string; shelters: Choice[]; derivedCategory: PlaceCategory | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const place = usePlace(caseId);
  const [shelterId, setShelterId] = useState(shelters.length === 1 ? shelters[0]!.id : '');
  const [enteredOn, setEnteredOn] = useState(bakuToday());
  const [reason, setReason] = useState('');
  const [category, setCategory] = useState<PlaceCategory | ''>('');
  const [override, setOverride] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [checked, setChecked] = useState(false);
  const effective = derivedCategory ?? (category || null);
  const choice = shelters.find((s) => s.id === shelterId);
  const serverFull = isApiError(place.error, 'SHELTER_FULL');
  const full = serverFull || levelOf(choice, effective) === 'full';
  const missing = new Map<string, 'required'>();
  if (checked && !shelterId) missing.set('shelterId', 'required');
  if (checked && !enteredOn) missing.set('enteredOn', 'required');
  if (checked && !reason.trim()) missing.set('reason', 'required');
  if (checked && !derivedCategory && !category) missing.set('category', 'required');
  if (checked && full && override && !overrideReason.trim()) missing.set('override.reason', 'required');
  const errors = fieldErrors(t, serverFull ? null : place.error, missing);
  const submit = () => {
    setChecked(true);
    if (!shelterId || !enteredOn || !reason.trim() || (!derivedCategory && !category)) return;
    if (full && (!override || !overrideReason.trim())) return;
    place.mutate(
      { shelterId, enteredOn, reason: reason.trim(), category: derivedCategory ? null : category || null, override: full && override ? { reason: overrideReason.trim() } : null },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('shelters.placement.placed', { name: choice?.name ?? '' }) });
          onClose();
        },
      },
    );
  };
  const options = shelters.map((s) => ({ value: s.id, label: s.name }));
  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('shelters.placement.placeTitle')} submitLabel={t('shelters.placement.place')} pending={place.isPending} onSubmit={submit}>
      <Select label={t('shelters.placement.shelter')} value={shelterId || null} onChange={(v) => setShelterId(v ?? '')} data={options} required error={errors.at('shelterId')} comboboxProps={{ withinPortal: true }} data-autofocus />
      {choice && effective && (
        <Text size="xs" c="dimmed" data-testid="place-occupancy">
          {t('shelters.occupancy.of', { category: shelterLabel(t, 'category', effective), occupied: choice.occupancy[effective], capacity: choice.capacity[effective] })}
        </Text>
      )}
      {derivedCategory ? (
        <Text size="sm">
          {t('shelters.field.category')}: <strong>{shelterLabel(t, 'category', derivedCategory)}</strong>
        </Text>
      ) : (
        <NativeSelect
          label={t('shelters.field.category')}
          description={t('shelters.placement.categoryHint')}
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value as PlaceCategory | '')}
          data={[{ value: '', label: '—' }, ...(['female', 'male'] as const).map((c) => ({ value: c, label: shelterLabel(t, 'category', c) }))]}
          required
          error={errors.at('category')}
        />
      )}
      <DateField label={t('shelters.placement.enteredOn')} value={enteredOn} onChange={setEnteredOn} required error={errors.at('enteredOn')} />
      <Textarea label={t('shelters.placement.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={2000} error={errors.at('reason')} />
      <CapacityWarning choice={choice} category={effective} serverFull={serverFull} override={override} setOverride={setOverride} reason={overrideReason} setReason={setOverrideReason} error={errors.at('override.reason')} />
      {place.isError && !serverFull && <ProblemAlert error={place.error} fields={['shelterId', 'enteredOn', 'reason', 'category', 'override']} />}
    </FormDrawer>
  );
}

function TransferForm({ caseId, placement, opened, onClose }: { caseId: string; placement: Placement; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const registry = useQuery(shelterListQuery({ region: '', kind: '', active: 'true' }));
  const transfer = useTransfer(caseId);
  const [shelterId, setShelterId] = useState('');
  const [on, setOn] = useState(bakuToday());
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [checked, setChecked] = useState(false);
  const choices: Choice[] = (registry.data?.items ?? []).filter((s) => s.id !== placement.shelter?.id);
  const choice = choices.find((s) => s.id === shelterId);
  const serverFull = isApiError(transfer.error, 'SHELTER_FULL');
  const full = serverFull || levelOf(choice, placement.category) === 'full';
  const missing = new Map<string, 'required'>();
  if (checked && !shelterId) missing.set('shelterId', 'required');
  if (checked && !on) missing.set('on', 'required');
  if (checked && !reason.trim()) missing.set('reason', 'required');
  if (checked && full && override && !overrideReason.trim()) missing.set('override.reason', 'required');
  const errors = fieldErrors(t, serverFull ? null : transfer.error, missing);
  const submit = () => {
    setChecked(true);
    if (!shelterId || !on || !reason.trim()) return;
    if (full && (!override || !overrideReason.trim())) return;
    transfer.mutate(
      { id: placement.id, shelterId, on, reason: reason.trim(), override: full && override ? { reason: overrideReason.trim() } : null },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('shelters.placement.transferred', { name: choice?.name ?? '' }) });
          onClose();
        },
      },
    );
  };
  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('shelters.placement.transferTitle')} submitLabel={t('shelters.placement.transfer')} pending={transfer.isPending} onSubmit={submit}>
      <Select
        label={t('shelters.placement.toShelter')}
        value={shelterId || null}
        onChange={(v) => setShelterId(v ?? '')}
        data={choices.map((s) => ({ value: s.id, label: s.operator ? `${s.name} (${s.operator.shortName})` : s.name }))}
        searchable
        required
        error={errors.at('shelterId')}
        comboboxProps={{ withinPortal: true }}
        data-autofocus
      />
      <DateField label={t('shelters.placement.transferOn')} value={on} onChange={setOn} required error={errors.at('on')} />
      <Textarea label={t('shelters.placement.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={2000} error={errors.at('reason')} />
      <CapacityWarning choice={choice} category={placement.category} serverFull={serverFull} override={override} setOverride={setOverride} reason={overrideReason} setReason={setOverrideReason} error={errors.at('override.reason')} />
      {transfer.isError && !serverFull && <ProblemAlert error={transfer.error} fields={['shelterId', 'on', 'reason', 'override']} />}
    </FormDrawer>
  );
}

function ExitForm({ caseId, placement, opened, onClose }: { caseId: string; placement: Placement; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const exit = useExit(caseId);
  const [exitedOn, setExitedOn] = useState(bakuToday());
  const [reason, setReason] = useState<ExitReason | ''>('');
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const missing = new Map<string, 'required'>();
  if (checked && !exitedOn) missing.set('exitedOn', 'required');
  if (checked && !reason) missing.set('reason', 'required');
  const errors = fieldErrors(t, exit.error, missing);
  const submit = () => {
    setChecked(true);
    if (!exitedOn || !reason) return;
    exit.mutate(
      { id: placement.id, exitedOn, reason, note: note.trim() || null },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('shelters.placement.exited') });
          onClose();
        },
      },
    );
  };
  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('shelters.placement.exitTitle')} submitLabel={t('shelters.placement.exit')} pending={exit.isPending} onSubmit={submit}>
      <Text size="sm">
        {t('shelters.placement.enteredOn')}: <DateText value={placement.enteredOn} />
      </Text>
      <DateField label={t('shelters.placement.exitedOn')} value={exitedOn} onChange={setExitedOn} required error={errors.at('exitedOn')} />
      <NativeSelect
        label={t('shelters.placement.exitReason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value as ExitReason | '')}
        data={[{ value: '', label: '—' }, ...EXIT_REASONS.filter((r) => r !== 'transferred').map((r) => ({ value: r, label: shelterLabel(t, 'exitReason', r) }))]}
        required
        error={errors.at('reason')}
      />
      <Textarea label={t('shelters.placement.exitNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={2000} error={errors.at('note')} />
      {exit.isError && <ProblemAlert error={exit.error} fields={['exitedOn', 'reason', 'note']} />}
    </FormDrawer>
  );
}

type Editing = { kind: 'place' } | { kind: 'transfer' | 'exit'; placement: Placement } | null;

/** Where the person stays: placements in shelters, their transfers and exits. Shown with the 'services' part; the shelter itself with 'safety'. */
export function PlacementsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const query = useQuery({ ...placementsQuery(detail.id), enabled: detail.parts.includes('services') });
  const [editing, setEditing] = useState<Editing>(null);
  if (!detail.parts.includes('services')) return null;
  const data = query.data;
  return (
    <Section
      id="placements"
      title={t('shelters.placement.title')}
      actions={
        data?.abilities.place && (
          <Button size="xs" variant="default" leftSection={<IconHome size={14} aria-hidden />} onClick={() => setEditing({ kind: 'place' })}>
            {t('shelters.placement.place')}
          </Button>
        )
      }
    >
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton height={60} />}
      {data && data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('shelters.placement.none')}
        </Text>
      )}
      {data && data.items.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('shelters.placement.shelter')}</Table.Th>
                <Table.Th>{t('shelters.field.category')}</Table.Th>
                <Table.Th>{t('shelters.placement.enteredOn')}</Table.Th>
                <Table.Th>{t('shelters.placement.exitedOn')}</Table.Th>
                <Table.Th>{t('shelters.placement.reason')}</Table.Th>
                <Table.Th>{t('table.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((p) => (
                <Table.Tr key={p.id} data-testid="placement-row">
                  <Table.Td>
                    {p.shelter ? (
                      <Text component={Link} to={`/shelters/${p.shelter.id}`} size="sm" c="indigo.8">
                        {p.shelter.name}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        <IconLock size={12} aria-hidden /> {t('shelters.placement.shelterHidden')}
                      </Text>
                    )}
                    {p.current && (
                      <Badge ml={6} size="xs" color="teal" variant="light" tt="none" miw="max-content">
                        {t('shelters.placement.current')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {shelterLabel(t, 'category', p.category)}
                    {p.overCapacity && (
                      <Badge ml={6} size="xs" color="red" variant="light" tt="none" miw="max-content" title={p.overrideReason ?? undefined}>
                        {t('shelters.placement.overCapacity')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <DateText value={p.enteredOn} />
                  </Table.Td>
                  <Table.Td>
                    <DateText value={p.exitedOn} />
                    {p.exitReason && (
                      <Text size="xs" c="dimmed">
                        {shelterLabel(t, 'exitReason', p.exitReason)}
                        {p.exitNote ? ` — ${p.exitNote}` : ''}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                      {p.reason}
                    </Text>
                    {p.overrideReason && (
                      <Text size="xs" c="red.8">
                        {t('shelters.placement.overrideReason')}: {p.overrideReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {p.abilities.transfer && (
                        <Button size="compact-xs" variant="default" leftSection={<IconArrowsExchange size={12} aria-hidden />} onClick={() => setEditing({ kind: 'transfer', placement: p })}>
                          {t('shelters.placement.transfer')}
                        </Button>
                      )}
                      {p.abilities.exit && (
                        <Button size="compact-xs" variant="default" leftSection={<IconDoorExit size={12} aria-hidden />} onClick={() => setEditing({ kind: 'exit', placement: p })}>
                          {t('shelters.placement.exit')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing?.kind === 'place' && data && <PlaceForm caseId={detail.id} shelters={data.shelters} derivedCategory={data.derivedCategory} opened onClose={() => setEditing(null)} />}
      {editing?.kind === 'transfer' && <TransferForm caseId={detail.id} placement={editing.placement} opened onClose={() => setEditing(null)} />}
      {editing?.kind === 'exit' && <ExitForm caseId={detail.id} placement={editing.placement} opened onClose={() => setEditing(null)} />}
    </Section>
  );
}
