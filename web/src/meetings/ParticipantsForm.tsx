import { ActionIcon, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useSaveParticipants } from './api';
import { STANDINGS, type Meeting, type ParticipantsInput, type Standing } from './types';

type BodyRow = ParticipantsInput['bodies'][number];
type PersonRow = { name: string; organisationId: string; present: boolean };

/** Invited bodies (members or observers) and persons, and who came: one form, saved together. */
export function ParticipantsForm({ meeting, opened, onClose }: { meeting: Meeting; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [bodies, setBodies] = useState<BodyRow[]>(meeting.bodies.map((b) => ({ organisationId: b.organisation.id, standing: b.standing, present: b.present })));
  const [persons, setPersons] = useState<PersonRow[]>(meeting.persons.map((p) => ({ name: p.name, organisationId: p.organisation?.id ?? '', present: p.present })));
  const [checked, setChecked] = useState(false);
  const save = useSaveParticipants(meeting.id);

  const setBody = (i: number, change: Partial<BodyRow>) => setBodies((rows) => rows.map((row, j) => (j === i ? { ...row, ...change } : row)));
  const setPerson = (i: number, change: Partial<PersonRow>) => setPersons((rows) => rows.map((row, j) => (j === i ? { ...row, ...change } : row)));
  const twice = (i: number) => bodies[i]!.organisationId !== '' && bodies.findIndex((b) => b.organisationId === bodies[i]!.organisationId) !== i;

  const submit = () => {
    setChecked(true);
    if (bodies.some((b, i) => !b.organisationId || twice(i)) || persons.some((p) => !p.name.trim())) return;
    save.mutate(
      {
        revision: meeting.revision,
        bodies,
        persons: persons.map((p) => ({ name: p.name.trim(), organisationId: p.organisationId || null, present: p.present })),
      },
      { onSuccess: () => onClose() },
    );
  };

  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('meetings.participants.edit')} submitLabel={t('common.save')} pending={save.isPending} onSubmit={submit}>
      <Title order={3} size="h5">
        {t('meetings.participants.bodies')}
      </Title>
      {bodies.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('meetings.participants.noneBodies')}
        </Text>
      )}
      {bodies.map((body, i) => (
        <Paper key={i} withBorder p="xs">
          <Stack gap={6}>
            <OrganisationSelect
              label={t('meetings.participants.bodyN', { n: i + 1 })}
              value={body.organisationId}
              onChange={(id) => setBody(i, { organisationId: id })}
              required
              error={checked && !body.organisationId ? t('form.required') : twice(i) ? t('meetings.participants.twice') : undefined}
            />
            <Group gap="sm" align="flex-end" wrap="nowrap">
              <NativeSelect
                label={t('meetings.standing.label')}
                aria-label={t('meetings.participants.standingN', { n: i + 1 })}
                value={body.standing}
                onChange={(e) => setBody(i, { standing: e.currentTarget.value as Standing })}
                data={STANDINGS.map((s) => ({ value: s, label: t(`meetings.standing.${s}`) }))}
                w={160}
              />
              <Checkbox
                label={t('meetings.participants.present')}
                aria-label={t('meetings.participants.presentN', { n: i + 1 })}
                checked={body.present}
                onChange={(e) => setBody(i, { present: e.currentTarget.checked })}
                mb={8}
              />
              <ActionIcon variant="subtle" color="red" ml="auto" mb={4} aria-label={t('meetings.participants.removeBody', { n: i + 1 })} onClick={() => setBodies((rows) => rows.filter((_, j) => j !== i))}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setBodies((rows) => [...rows, { organisationId: '', standing: 'member', present: false }])}>
        {t('meetings.participants.addBody')}
      </Button>

      <Title order={3} size="h5" mt="md">
        {t('meetings.participants.persons')}
      </Title>
      {persons.map((person, i) => (
        <Paper key={i} withBorder p="xs">
          <Stack gap={6}>
            <TextInput
              label={t('meetings.participants.personN', { n: i + 1 })}
              value={person.name}
              onChange={(e) => setPerson(i, { name: e.currentTarget.value })}
              required
              lang="az"
              error={checked && !person.name.trim() ? t('form.required') : undefined}
            />
            <OrganisationSelect label={t('meetings.participants.personBodyN', { n: i + 1 })} value={person.organisationId} onChange={(id) => setPerson(i, { organisationId: id })} clearable />
            <Group justify="space-between">
              <Checkbox
                label={t('meetings.participants.present')}
                aria-label={t('meetings.participants.personPresentN', { n: i + 1 })}
                checked={person.present}
                onChange={(e) => setPerson(i, { present: e.currentTarget.checked })}
              />
              <ActionIcon variant="subtle" color="red" aria-label={t('meetings.participants.removePerson', { n: i + 1 })} onClick={() => setPersons((rows) => rows.filter((_, j) => j !== i))}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setPersons((rows) => [...rows, { name: '', organisationId: '', present: false }])}>
        {t('meetings.participants.addPerson')}
      </Button>
      {save.isError && <ProblemAlert error={save.error} />}
    </FormDrawer>
  );
}
