import { Anchor, Badge, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../ui/EmptyState';
import { ProblemAlert } from '../ui/ProblemAlert';
import { ConfidenceMark } from './ConfidenceMark';
import { trimCode } from './format';
import { Highlighted } from './Highlighted';
import { chipOfParticipant, ParticipantChips } from './ParticipantChip';
import classes from './plans.module.css';
import { PeriodText } from './PeriodText';
import type { Measure } from './types';

export interface MeasureGroup {
  key: string;
  label: ReactNode;
}

interface MeasureTableProps {
  /** Accessible name of the table (visually hidden caption). */
  caption: string;
  measures: Measure[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry?: () => void;
  emptyTitle: string;
  emptyDescription?: ReactNode;
  /** Search words to mark in the texts. */
  query?: string;
  /** Heading row the measure goes under (its section); groups keep the order of their first measure. */
  groupOf: (measure: Measure) => MeasureGroup;
}

const COLUMNS = 4;

function groupMeasures(measures: Measure[], groupOf: (m: Measure) => MeasureGroup) {
  const groups = new Map<string, { group: MeasureGroup; items: Measure[] }>();
  for (const measure of measures) {
    const group = groupOf(measure);
    const entry = groups.get(group.key) ?? { group, items: [] };
    entry.items.push(measure);
    groups.set(group.key, entry);
  }
  return [...groups.values()];
}

/** Clicks on links, buttons, chips or selected text do not open the row's measure. */
function opensRow(event: MouseEvent): boolean {
  const target = event.target as HTMLElement;
  if (target.closest('a, button, input, [tabindex]')) return false;
  return !window.getSelection()?.toString();
}

/** Dense table of measures under section heading rows; a row (or its code, a link) opens the measure. */
export function MeasureTable(props: MeasureTableProps) {
  const { caption, measures, loading, error, onRetry, emptyTitle, emptyDescription, query, groupOf } = props;
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();

  if (error && !measures) return <ProblemAlert error={error} onRetry={onRetry} />;

  const head = (
    <Table.Thead>
      <Table.Tr>
        <Table.Th w={90}>{t('plans.measure.code')}</Table.Th>
        <Table.Th>{t('plans.measure.text')}</Table.Th>
        <Table.Th w="28%">{t('plans.measure.participants')}</Table.Th>
        <Table.Th w={120}>{t('plans.measure.period')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );

  let body: ReactNode;
  if (loading && !measures) {
    body = (
      <Table.Tbody>
        {Array.from({ length: 5 }, (_, i) => (
          <Table.Tr key={i}>
            {Array.from({ length: COLUMNS }, (__, j) => (
              <Table.Td key={j}>
                <Skeleton height={14} radius="sm" />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    );
  } else if (!measures || measures.length === 0) {
    body = (
      <Table.Tbody>
        <Table.Tr>
          <Table.Td colSpan={COLUMNS}>
            <EmptyState title={emptyTitle} description={emptyDescription} />
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    );
  } else {
    body = groupMeasures(measures, groupOf).map(({ group, items }) => (
      <Table.Tbody key={group.key}>
        <Table.Tr className={classes.sectionRow}>
          <Table.Th colSpan={COLUMNS} scope="rowgroup">
            {group.label}
          </Table.Th>
        </Table.Tr>
        {items.map((m) => (
          <Table.Tr key={m.id} className={classes.row} onClick={(e) => opensRow(e) && void navigate(`/measures/${m.id}`)}>
            <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
              <Anchor component={Link} to={`/measures/${m.id}`} fw={600} size="sm" aria-label={t('plans.measure.title', { code: trimCode(m.code) })}>
                {trimCode(m.code)}
              </Anchor>
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Text size="sm" lang="az" component="span" className={classes.measureText}>
                <Highlighted text={m.text} query={query} />
              </Text>
              <ConfidenceMark confidence={m.confidence} />
              {m.openVariants > 0 && (
                <Badge size="xs" color="grape" variant="light" ml={6} tt="none">
                  {t('plans.measure.openVariants', { count: m.openVariants })}
                </Badge>
              )}
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <ParticipantChips chips={m.participants.map((p) => chipOfParticipant(p, i18n.language))} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
              <PeriodText period={m.period} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    ));
  }

  return (
    <div>
      {error !== null && error !== undefined && <ProblemAlert error={error} onRetry={onRetry} />}
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover verticalSpacing={6} fz="sm" aria-busy={loading}>
          <VisuallyHidden component="caption">{caption}</VisuallyHidden>
          {head}
          {body}
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
