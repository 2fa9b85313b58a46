import { List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationOptionsQuery, type Organisation } from '../organisations/api';
import { DataTable, type Column } from '../ui/DataTable';
import type { SortState } from '../ui/useUrlFilters';
import { ConfidenceMark } from './ConfidenceMark';
import { trimCode } from './format';
import type { ImportedMeasure, ImportedName } from './importTypes';
import { ParticipantChips, type ChipData } from './ParticipantChip';
import { PeriodText } from './PeriodText';
import type { ParticipantRole } from './types';

/** A name as read: the matched organisation's short name, or the name itself marked "not recognised". */
function chipOf(name: ImportedName, role: ParticipantRole, notRecognised: string, organisations: Map<string, Organisation>): ChipData {
  const unmatched = !name.organisationId && role !== 'generic';
  const org = name.organisationId ? organisations.get(name.organisationId) : undefined;
  const matched = org?.nameAz ?? name.organisationName;
  return {
    role,
    label: org?.shortName || matched || name.name,
    fullName: unmatched ? `${name.name} — ${notRecognised}` : matched && matched !== name.name ? `${name.name} → ${matched}` : name.name,
    unmatched,
  };
}

/** The measures as the importer read them, in document order; sortable by confidence to find doubtful ones. */
export function ImportMeasuresTable({ measures }: { measures: ImportedMeasure[] }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<SortState | null>(null);
  const notRecognised = t('plans.import.notRecognised');
  const options = useQuery(organisationOptionsQuery);
  const organisations = new Map((options.data ?? []).map((o) => [o.id, o]));

  const columns: Column<ImportedMeasure>[] = [
    { key: 'code', header: t('plans.measure.code'), render: (m) => <Text size="sm" fw={600}>{trimCode(m.code)}</Text>, nowrap: true },
    {
      key: 'text',
      header: t('plans.measure.text'),
      render: (m) => (
        <>
          <Text size="sm" lang="az" lineClamp={4} title={m.text}>
            {m.text}
          </Text>
          {m.subActions.length > 0 && (
            <List size="xs" mt={4} type="ordered">
              {m.subActions.map((s, i) => (
                <List.Item key={i}>
                  <span lang="az">{s.text}</span> — <PeriodText period={s.period} />
                </List.Item>
              ))}
            </List>
          )}
        </>
      ),
    },
    {
      key: 'executors',
      header: t('plans.measure.participants'),
      render: (m) => (
        <ParticipantChips
          chips={[
            ...m.executors.map((e) => chipOf(e, e.role, notRecognised, organisations)),
            ...m.recommended.map((r) => chipOf(r, 'recommended', notRecognised, organisations)),
          ]}
        />
      ),
      width: '30%',
    },
    { key: 'period', header: t('plans.measure.period'), render: (m) => <PeriodText period={m.period} />, nowrap: true },
    {
      key: 'confidence',
      header: t('plans.measure.confidence'),
      render: (m) => (
        <>
          {Math.round(m.confidence * 100)}%
          <ConfidenceMark confidence={m.confidence} />
        </>
      ),
      sortValue: (m) => m.confidence,
      align: 'right',
      nowrap: true,
    },
  ];

  return (
    <DataTable
      caption={t('plans.import.measures')}
      columns={columns}
      rows={measures}
      rowKey={(m) => m.code}
      loading={false}
      error={null}
      emptyTitle={t('plans.measures.none')}
      sort={sort}
      onSortChange={setSort}
    />
  );
}
