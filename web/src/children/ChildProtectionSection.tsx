import { Alert, Badge, Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconCalendarEvent, IconClipboardCheck, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BestInterestsRecommendation } from '../../../common/src/children';
import { formatDate } from '../../../common/src/dates';
import { Facts, Section, SubTitle } from '../cases/layout';
import type { CaseDetail } from '../cases/types';
import { DateText } from '../ui/DateText';
import { ProblemAlert } from '../ui/ProblemAlert';
import { childProtectionQuery, type BestInterestsAssessment } from './api';
import { AssessmentForm, GuardianForm } from './ChildForms';

const RECOMMENDATION_COLOURS: Record<BestInterestsRecommendation, string> = {
  stay_in_shelter: 'blue', family_reunification: 'teal', alternative_care: 'grape', return_to_origin: 'orange', other: 'gray',
};

function AssessmentsTable({ assessments }: { assessments: BestInterestsAssessment[] }) {
  const { t } = useTranslation();
  if (assessments.length === 0) return <Text size="sm" c="dimmed">{t('children.assessment.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('children.assessment.assessedOn')}</Table.Th>
            <Table.Th>{t('children.assessment.recommendation')}</Table.Th>
            <Table.Th>{t('children.assessment.summary')}</Table.Th>
            <Table.Th>{t('children.assessment.assessedBy')}</Table.Th>
            <Table.Th>{t('children.assessment.reviewOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assessments.map((a) => (
            <Table.Tr key={a.id} data-testid="best-interests-row">
              <Table.Td><DateText value={a.assessedOn} /></Table.Td>
              <Table.Td>
                <Badge color={RECOMMENDATION_COLOURS[a.recommendation]} variant="light" tt="none" miw="max-content">{t(`children.recommendation.${a.recommendation}`)}</Badge>
              </Table.Td>
              <Table.Td><Text size="sm" style={{ whiteSpace: 'pre-line' }}>{a.summary}</Text></Table.Td>
              <Table.Td>
                {a.assessedBy}
                <Text size="xs" c="dimmed">{t('children.assessment.recordedBy', { name: a.recordedBy })}</Text>
              </Table.Td>
              <Table.Td><DateText value={a.reviewOn} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The child-protection path: shown only when the person is a child (under 18 now or at
 * identification) and the caller sees the record's 'services' part.
 */
export function ChildProtectionSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const visible = detail.parts.includes('services');
  const query = useQuery({ ...childProtectionQuery(detail.id), enabled: visible });
  const [editing, setEditing] = useState<'guardian' | 'assessment' | null>(null);
  if (!visible) return null;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Skeleton height={80} />;
  const data = query.data;
  if (!data.child) return null;
  const record = data.record;
  const guardian = record?.guardian;
  const latest = data.assessments[0];
  const body = [record?.protectionBody?.shortName, record?.protectionBodyName].filter(Boolean).join(' — ');
  return (
    <Section id="children" title={t('children.title')}
      actions={
        <Group gap="xs">
          <Badge color="grape" variant="filled" data-testid="child-badge">{t('children.badge')}</Badge>
          {data.abilities.saveProtection && (
            <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditing('guardian')}>{t('children.guardian.edit')}</Button>
          )}
          {data.abilities.addAssessment && (
            <Button size="xs" variant="default" leftSection={<IconClipboardCheck size={14} aria-hidden />} onClick={() => setEditing('assessment')}>{t('children.assessment.add')}</Button>
          )}
        </Group>
      }>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">{t('children.intro')}</Text>
        {data.reviewDue && latest?.reviewOn && (
          <Alert color="orange" variant="light" role="status" icon={<IconCalendarEvent aria-hidden />}>
            <Text size="sm">{t('children.assessment.reviewDue', { date: formatDate(latest.reviewOn) })}</Text>
          </Alert>
        )}
        <SubTitle>{t('children.guardian.title')}</SubTitle>
        {guardian ? (
          <Facts cols={3} items={[
            { term: t('children.guardian.name'), value: guardian.name },
            { term: t('children.guardian.relation'), value: guardian.relation ? t(`children.relation.${guardian.relation}`) : '—' },
            { term: t('children.guardian.contact'), value: guardian.contact ?? '—' },
            { term: t('children.guardian.appointedOn'), value: <DateText value={guardian.appointedOn} /> },
            { term: t('children.guardian.appointedBy'), value: guardian.appointedBy ?? '—' },
          ]} />
        ) : (
          <Text size="sm" c="dimmed">{t('children.guardian.none')}</Text>
        )}
        <SubTitle>{t('children.body.title')}</SubTitle>
        <Text size="sm" c={body ? undefined : 'dimmed'}>{body || t('children.body.none')}</Text>
        <SubTitle>{t('children.assessment.title')}</SubTitle>
        <AssessmentsTable assessments={data.assessments} />
      </Stack>
      {editing === 'guardian' && <GuardianForm caseId={detail.id} record={record} onClose={() => setEditing(null)} />}
      {editing === 'assessment' && <AssessmentForm caseId={detail.id} onClose={() => setEditing(null)} />}
    </Section>
  );
}
