import { Button, Collapse, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api';
import { organisationOptionsQuery } from '../organisations/api';
import { DateText } from '../ui/DateText';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useUpdateVictim } from './api';
import { TraffickingStatusBadge } from './Badges';
import { missingVictim, toVictimInput, victimValuesOf, type ClientError, type VictimValues } from './caseForm';
import { codeLabel, codeList } from './codes';
import { countryName } from './countries';
import { fieldErrors, loosePartOf, useFocusFirstInvalid } from './formErrors';
import { ConflictNotice, Facts, Section, SubTitle } from './layout';
import { NotesBlock } from './NotesBlock';
import type { CaseDetail, VictimContext } from './types';
import { useConflictReload } from './useConflictReload';
import { VictimFields } from './VictimFields';

function OrganisationName({ id }: { id: string | null }) {
  const query = useQuery(organisationOptionsQuery);
  if (!id) return <>—</>;
  const org = query.data?.find((o) => o.id === id);
  return <span title={org?.nameAz}>{org ? org.shortName : '…'}</span>;
}

export function VictimView({ victim }: { victim: VictimContext }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const transnational = victim.transnational === null ? t('cases.value.unknown') : victim.transnational ? t('cases.value.transnational') : t('cases.value.internal');
  return (
    <Stack gap="xs">
      <Facts
        items={[
          { term: t('cases.field.traffickingStatus'), value: <TraffickingStatusBadge status={victim.traffickingStatus} /> },
          { term: t('cases.field.statusDecidedBy'), value: <OrganisationName id={victim.statusDecidedByOrgId} /> },
          { term: t('cases.field.statusDecidedOn'), value: <DateText value={victim.statusDecidedOn} /> },
          { term: t('cases.field.exploitation'), value: codeList(t, 'exploitation', victim.exploitation), wide: true },
          ...(victim.exploitation.includes('ForcedLabour') ? [{ term: t('cases.field.forcedLabourIndustry'), value: codeLabel(t, 'industry', victim.forcedLabourIndustry), wide: true }] : []),
          ...(victim.exploitation.includes('SexualExploitation') ? [{ term: t('cases.field.sexExploitation'), value: codeList(t, 'sexExploitation', victim.sexExploitation), wide: true }] : []),
          { term: t('cases.field.recruitmentMethods'), value: codeList(t, 'recruitment', victim.recruitmentMethods), wide: true },
          { term: t('cases.field.controlMethods'), value: codeList(t, 'control', victim.controlMethods), wide: true },
          { term: t('cases.field.relationshipToTrafficker'), value: victim.relationshipToTrafficker ? codeLabel(t, 'relationship', victim.relationshipToTrafficker) : t('cases.value.unknown') },
          { term: t('cases.field.transnational'), value: transnational },
          { term: t('cases.field.exploitationStartedOn'), value: <DateText value={victim.exploitationStartedOn} /> },
        ]}
      />
      <SubTitle>{t('cases.victim.events')}</SubTitle>
      {victim.events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.victim.noEvents')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.victim.eventKindColumn')}</Table.Th>
              <Table.Th>{t('cases.victim.eventCountryColumn')}</Table.Th>
              <Table.Th>{t('cases.victim.eventPlaceColumn')}</Table.Th>
              <Table.Th>{t('cases.victim.eventDatesColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {victim.events.map((event, i) => (
              <Table.Tr key={i}>
                <Table.Td>{codeLabel(t, 'event', event.kind)}</Table.Td>
                <Table.Td>{countryName(event.country, locale)}</Table.Td>
                <Table.Td>{event.place ?? '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <DateText value={event.dateFrom} /> – <DateText value={event.dateTo} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SubTitle>{t('cases.victim.history')}</SubTitle>
      <Stack gap={2} component="ol" m={0} pl="md">
        {victim.statusHistory.map((h, i) => (
          <Text key={i} component="li" size="sm">
            {codeLabel(t, 'traffickingStatus', h.traffickingStatus)}
            {h.decidedBy ? ` — ${h.decidedBy}` : ''}
            {h.decidedOn ? (
              <>
                {', '}
                <DateText value={h.decidedOn} />
              </>
            ) : null}{' '}
            <Text span size="xs" c="dimmed">
              ({t('cases.victim.recordedAt')} <DateText value={h.recordedAt} withTime />)
            </Text>
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}

function VictimEdit({ detail, victim, onDone }: { detail: CaseDetail; victim: VictimContext; onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<VictimValues>(() => victimValuesOf(victim));
  const [missing, setMissing] = useState<Map<string, ClientError> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [showCurrent, { toggle }] = useDisclosure(false);
  const update = useUpdateVictim(detail.id);
  const reload = useConflictReload(detail.id, (fresh) => fresh.victim?.revision, victim.revision);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
  const errors = fieldErrors(t, update.error, missing ? missingVictim(values) : null, { sent: update.variables, current: { revision: reload.revision, victim: toVictimInput(values) } });

  const submit = () => {
    const found = missingVictim(values);
    setMissing(found);
    setAttempt((n) => n + 1);
    if (found.size > 0) return;
    update.mutate(
      { revision: reload.revision, victim: toVictimInput(values) },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('cases.saved') });
          onDone();
        },
        onError: async (error) => {
          if (await reload.handle(error)) update.reset();
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-label={t('cases.victim.editTitle')}
    >
      <Stack gap="md">
        {reload.conflict && (
          <ConflictNotice>
            <Button variant="subtle" size="compact-sm" mt={6} onClick={toggle} aria-expanded={showCurrent}>
              {showCurrent ? t('cases.conflict.hideCurrent') : t('cases.conflict.showCurrent')}
            </Button>
            <Collapse expanded={showCurrent}>{detail.victim && <VictimView victim={detail.victim} />}</Collapse>
          </ConflictNotice>
        )}
        <VictimFields values={values} update={setValues} errors={errors} />
        {update.isError && !isApiError(update.error, 'CASE_CONFLICT') && <ProblemAlert error={loosePartOf(update.error, t('cases.form.fixMarked'))} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The victim context: status and its history, exploitation, places and dates; the part's notes. */
export function VictimSection({ detail, victim }: { detail: CaseDetail; victim: VictimContext }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Section
      id="victim"
      title={t('cases.code.part.victim')}
      actions={
        detail.abilities.editVictim &&
        !editing && (
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditing(true)}>
            {t('cases.victim.edit')}
          </Button>
        )
      }
    >
      {editing ? <VictimEdit detail={detail} victim={victim} onDone={() => setEditing(false)} /> : <VictimView victim={victim} />}
      <NotesBlock caseId={detail.id} part="victim" notes={victim.notes} canAdd={detail.abilities.addNote} />
    </Section>
  );
}
