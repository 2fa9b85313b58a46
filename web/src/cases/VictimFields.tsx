import { Button, Fieldset, Group, NativeSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { emptyEvent, type VictimValues } from './caseForm';
import { codeOptions } from './codes';
import type { FieldErrors } from './formErrors';
import { CodeCheckboxes, CodeSelect, CountrySelect, DateField, RemoveRow, removeAt, replaceAt } from './inputs';
import { EVENT_KINDS, type EventKind, type LabourIndustry } from './types';

interface VictimFieldsProps {
  values: VictimValues;
  update: (change: (values: VictimValues) => VictimValues) => void;
  errors: FieldErrors;
}

const MAX_EVENTS = 30;

/** The victim context on the HTCDS model: status, forms of exploitation, recruitment, control, places and dates. */
export function VictimFields({ values, update, errors }: VictimFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof VictimValues>(key: K, value: VictimValues[K]) => update((v) => ({ ...v, [key]: value }));
  const p = 'victim';
  const forcedLabour = values.exploitation.includes('ForcedLabour');
  const sexual = values.exploitation.includes('SexualExploitation');

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-start">
        <CodeSelect
          group="traffickingStatus"
          label={t('cases.field.traffickingStatus')}
          description={t('cases.victim.statusHint')}
          value={values.traffickingStatus}
          onChange={(v) => v && set('traffickingStatus', v)}
          required
          error={errors.at(`${p}.traffickingStatus`)}
          w={260}
        />
        <OrganisationSelect
          label={t('cases.field.statusDecidedBy')}
          value={values.statusDecidedByOrgId}
          onChange={(id) => set('statusDecidedByOrgId', id)}
          error={errors.at(`${p}.statusDecidedByOrgId`)}
          clearable
          w={320}
        />
        <DateField
          label={t('cases.field.statusDecidedOn')}
          value={values.statusDecidedOn}
          onChange={(v) => set('statusDecidedOn', v)}
          required={values.traffickingStatus === 'identified'}
          error={errors.at(`${p}.statusDecidedOn`)}
        />
      </Group>

      <CodeCheckboxes
        group="exploitation"
        label={t('cases.field.exploitation')}
        value={values.exploitation}
        onChange={(v) => set('exploitation', v)}
        error={errors.under(`${p}.exploitation`)}
      />
      {forcedLabour && (
        <Select
          label={t('cases.field.forcedLabourIndustry')}
          value={values.forcedLabourIndustry || null}
          onChange={(v) => set('forcedLabourIndustry', (v ?? '') as LabourIndustry | '')}
          data={codeOptions(t, 'industry')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('filters.clearField') }}
          nothingFoundMessage={t('table.noMatches')}
          error={errors.at(`${p}.forcedLabourIndustry`)}
          maw={560}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {sexual && (
        <CodeCheckboxes
          group="sexExploitation"
          label={t('cases.field.sexExploitation')}
          value={values.sexExploitation}
          onChange={(v) => set('sexExploitation', v)}
          error={errors.under(`${p}.sexExploitation`)}
          cols={4}
        />
      )}
      <CodeCheckboxes
        group="recruitment"
        label={t('cases.field.recruitmentMethods')}
        value={values.recruitmentMethods}
        onChange={(v) => set('recruitmentMethods', v)}
        error={errors.under(`${p}.recruitmentMethods`)}
      />
      <CodeCheckboxes
        group="control"
        label={t('cases.field.controlMethods')}
        value={values.controlMethods}
        onChange={(v) => set('controlMethods', v)}
        error={errors.under(`${p}.controlMethods`)}
      />
      <Group gap="md" align="flex-start">
        <CodeSelect
          group="relationship"
          label={t('cases.field.relationshipToTrafficker')}
          value={values.relationshipToTrafficker}
          onChange={(v) => set('relationshipToTrafficker', v)}
          emptyLabel={t('cases.value.unknown')}
          error={errors.at(`${p}.relationshipToTrafficker`)}
          w={260}
        />
        <NativeSelect
          label={t('cases.field.transnational')}
          value={values.transnational}
          onChange={(e) => set('transnational', e.currentTarget.value as VictimValues['transnational'])}
          data={[
            { value: '', label: t('cases.value.unknown') },
            { value: 'internal', label: t('cases.value.internal') },
            { value: 'transnational', label: t('cases.value.transnational') },
          ]}
          error={errors.at(`${p}.transnational`)}
          w={220}
        />
        <DateField label={t('cases.field.exploitationStartedOn')} value={values.exploitationStartedOn} onChange={(v) => set('exploitationStartedOn', v)} error={errors.at(`${p}.exploitationStartedOn`)} />
      </Group>

      <Fieldset legend={t('cases.victim.events')} variant="unstyled">
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {t('cases.victim.eventsHint')}
          </Text>
          {values.events.map((event, i) => {
            const change = (patch: Partial<typeof event>) => update((v) => ({ ...v, events: replaceAt(v.events, i, { ...v.events[i]!, ...patch }) }));
            const n = i + 1;
            return (
              <Group key={i} gap="xs" align="flex-start" wrap="wrap">
                <NativeSelect
                  label={t('cases.victim.eventKind', { n })}
                  value={event.kind}
                  onChange={(e) => change({ kind: e.currentTarget.value as EventKind })}
                  data={codeOptions(t, 'event', EVENT_KINDS)}
                  error={errors.at(`${p}.events.${i}.kind`)}
                  w={170}
                />
                <CountrySelect
                  label={t('cases.victim.eventCountry', { n })}
                  value={event.country}
                  onChange={(country) => change({ country })}
                  required
                  error={errors.at(`${p}.events.${i}.country`)}
                  w={220}
                />
                <TextInput
                  label={t('cases.victim.eventPlace', { n })}
                  value={event.place}
                  onChange={(e) => change({ place: e.currentTarget.value })}
                  error={errors.at(`${p}.events.${i}.place`)}
                  w={200}
                />
                <DateField label={t('cases.victim.eventFrom', { n })} value={event.dateFrom} onChange={(dateFrom) => change({ dateFrom })} error={errors.at(`${p}.events.${i}.dateFrom`)} w={150} />
                <DateField label={t('cases.victim.eventTo', { n })} value={event.dateTo} onChange={(dateTo) => change({ dateTo })} error={errors.at(`${p}.events.${i}.dateTo`)} w={150} />
                <RemoveRow label={t('cases.victim.removeEvent', { n })} onClick={() => update((v) => ({ ...v, events: removeAt(v.events, i) }))} />
              </Group>
            );
          })}
          {errors.at(`${p}.events`) && (
            <Text size="sm" c="red.9">
              {errors.at(`${p}.events`)}
            </Text>
          )}
          {values.events.length < MAX_EVENTS && (
            <Group gap="xs">
              {EVENT_KINDS.map((kind) => (
                <Button
                  key={kind}
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => update((v) => ({ ...v, events: [...v.events, emptyEvent(kind)] }))}
                >
                  {t(`cases.victim.addEvent.${kind}`)}
                </Button>
              ))}
            </Group>
          )}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
