import { Badge, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bakuToday } from '../../../common/src/dates';
import { DateField } from '../cases/inputs';
import { Section } from '../cases/layout';
import type { CaseDetail } from '../cases/types';
import { DateText } from '../ui/DateText';
import { ProblemAlert } from '../ui/ProblemAlert';
import { IDENTIFICATION_DECISIONS, identificationQuery, useRecordIdentification, type IdentificationDecision, type Indicator } from './api';

const COLOURS: Record<IdentificationDecision, string> = { identified: 'teal', not_identified: 'gray', more_information: 'orange' };

const indicatorText = (indicator: Indicator, language: string) => indicator.text[(['az', 'ru', 'en'].includes(language) ? language : 'az') as 'az'];

/** Identification against the government's indicators: the decisions so far and, for the special police unit, the assessment. */
export function IdentificationSection({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({ ...identificationQuery(detail.id), enabled: Boolean(detail.victim) });
  const record = useRecordIdentification(detail.id);
  const [met, setMet] = useState<string[]>([]);
  const [decision, setDecision] = useState<IdentificationDecision>('more_information');
  const [decidedOn, setDecidedOn] = useState(bakuToday());
  const [notes, setNotes] = useState('');
  if (!detail.victim) return null;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  if (!data) return null;
  const submit = () =>
    record.mutate(
      { checklistId: data.checklist.id, decision, decidedOn, indicatorsMet: met, notes: notes.trim() || null },
      { onSuccess: () => { setMet([]); setNotes(''); } },
    );
  const groups = [
    { audience: 'general', title: t('protection.identification.general') },
    ...(data.child ? [{ audience: 'child', title: t('protection.identification.childIndicators') }] : []),
  ];
  return (
    <Section id="identification" title={t('protection.identification.title')}
      actions={data.child ? <Badge color="grape" variant="light">{t('protection.identification.child')}</Badge> : undefined}>
      <Stack gap="md">
        {data.decisions.length === 0 ? (
          <Text c="dimmed" size="sm">{t('protection.identification.none')}</Text>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('protection.identification.decision')}</Table.Th>
                <Table.Th>{t('protection.identification.decidedOn')}</Table.Th>
                <Table.Th>{t('protection.identification.officer')}</Table.Th>
                <Table.Th>{t('protection.identification.indicatorsMet')}</Table.Th>
                <Table.Th>{t('protection.identification.version')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.decisions.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Badge color={COLOURS[d.decision]} variant="light">{t(`protection.identification.decisions.${d.decision}`)}</Badge>
                    {d.notes && <Text size="xs" c="dimmed">{d.notes}</Text>}
                  </Table.Td>
                  <Table.Td><DateText value={d.decidedOn} /></Table.Td>
                  <Table.Td>{d.officer} ({d.organisation})</Table.Td>
                  <Table.Td>{d.indicatorsMet.join(', ') || '—'}</Table.Td>
                  <Table.Td>{d.checklist.version}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {data.abilities.decide && (
          <Stack gap="sm">
            <Text fw={600}>{t('protection.identification.assess', { version: data.checklist.version })}</Text>
            {groups.map((group) => (
              <Checkbox.Group key={group.audience} label={group.title} value={met} onChange={setMet}>
                <Stack gap={4} mt={4}>
                  {data.checklist.indicators.filter((i) => i.audience === group.audience).map((i) => (
                    <Checkbox key={i.code} value={i.code} label={`${i.code}. ${indicatorText(i, i18n.language)}`} />
                  ))}
                </Stack>
              </Checkbox.Group>
            ))}
            <Group align="flex-end">
              <NativeSelect label={t('protection.identification.decision')} value={decision} onChange={(e) => setDecision(e.currentTarget.value as IdentificationDecision)}
                data={IDENTIFICATION_DECISIONS.map((value) => ({ value, label: t(`protection.identification.decisions.${value}`) }))} />
              <DateField label={t('protection.identification.decidedOn')} value={decidedOn} onChange={(value) => setDecidedOn(value ?? bakuToday())} required />
            </Group>
            <Textarea label={t('protection.identification.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2} maxLength={4000} />
            {record.isError && <ProblemAlert error={record.error} />}
            <Group><Button onClick={submit} loading={record.isPending}>{t('protection.identification.record')}</Button></Group>
          </Stack>
        )}
      </Stack>
    </Section>
  );
}
