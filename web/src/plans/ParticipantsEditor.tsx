import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { organisationOptionsQuery } from '../organisations/api';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { PARTICIPANT_ROLES, type ParticipantRole } from './types';

export interface ParticipantDraft {
  /** Stable key for React while rows are added and removed. */
  key: string;
  role: ParticipantRole;
  name: string;
  organisationId: string;
}

let nextKey = 0;
export const newParticipantKey = () => `p${++nextKey}`;

interface ParticipantsEditorProps {
  value: ParticipantDraft[];
  onChange: (value: ParticipantDraft[]) => void;
  /** Show "required" on rows with neither organisation nor name. */
  checked: boolean;
}

/** Participants of a measure, one fieldset each: role, and a known organisation or a name as written. */
export function ParticipantsEditor({ value, onChange, checked }: ParticipantsEditorProps) {
  const { t } = useTranslation();
  const organisations = useQuery(organisationOptionsQuery);
  const update = (key: string, patch: Partial<ParticipantDraft>) => onChange(value.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  const chooseOrganisation = (p: ParticipantDraft, organisationId: string) => {
    const org = organisations.data?.find((o) => o.id === organisationId);
    // A name no one had typed takes the organisation's; a name as written in the plan is kept.
    update(p.key, { organisationId, ...(org && !p.name.trim() ? { name: org.nameAz } : {}) });
  };

  return (
    <Fieldset legend={t('plans.measure.participants')} variant="unstyled" p={0}>
    <Stack gap="xs">
      {value.map((p, index) => (
        <Fieldset key={p.key} legend={t('plans.edit.participantN', { n: index + 1 })} p="xs">
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <NativeSelect
              label={t('plans.filter.role')}
              value={p.role}
              onChange={(e) => update(p.key, { role: e.currentTarget.value as ParticipantRole })}
              data={PARTICIPANT_ROLES.map((role) => ({ value: role, label: t(`plans.role.${role}`) }))}
              style={{ flex: 1 }}
            />
            <Tooltip label={t('plans.edit.removeParticipant', { n: index + 1 })}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                onClick={() => onChange(value.filter((x) => x.key !== p.key))}
                aria-label={t('plans.edit.removeParticipant', { n: index + 1 })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
          <OrganisationSelect label={t('plans.edit.organisation')} value={p.organisationId} onChange={(id) => chooseOrganisation(p, id)} clearable />
          <TextInput
            label={t('plans.edit.name')}
            description={t('plans.edit.nameHint')}
            value={p.name}
            onChange={(e) => update(p.key, { name: e.currentTarget.value })}
            lang="az"
            error={checked && !p.name.trim() && !p.organisationId ? t('form.required') : undefined}
          />
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...value, { key: newParticipantKey(), role: 'executor', name: '', organisationId: '' }])}
        >
          {t('plans.edit.addParticipant')}
        </Button>
      </Group>
    </Stack>
    </Fieldset>
  );
}
