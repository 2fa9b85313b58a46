import { List, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../common/src/dates';
import classes from '../plans/plans.module.css';
import { WordingCompare } from '../plans/WordingCompare';
import { contentChanges, hasChanges, type ListChanges } from './content';
import type { Activity, EntryContent, Figure, Need } from './types';

const join = (parts: (string | number | null | undefined)[]) => parts.filter((p) => p !== null && p !== undefined && p !== '').join(', ');

function describeActivity(t: TFunction, a: Activity): string {
  const dates = [a.dateFrom, a.dateTo].filter(Boolean).map((d) => formatDate(d)).join(' – ');
  const people = a.participants === null ? null : t('reports.activity.people', { n: a.participants });
  const women = a.women === null ? null : `${t('reports.activity.women')}: ${a.women}`;
  const men = a.men === null ? null : `${t('reports.activity.men')}: ${a.men}`;
  const details = join([dates, a.place, people, women, men, a.partners.join(', ')]);
  return `${t(`reports.activityKind.${a.kind}`)}: ${a.title}${details ? ` (${details})` : ''}`;
}
const describeFigure = (f: Figure) => `${f.label}: ${f.value}${f.unit ? ` ${f.unit}` : ''}`;
const describeNeed = (t: TFunction, n: Need) =>
  `${t(`reports.needKind.${n.kind}`)}: ${n.description}${n.amount === null ? '' : ` (${n.amount} ${n.currency ?? ''})`}`;

function ListDiff<T>({ title, changes, describe }: { title: string; changes: ListChanges<T>; describe: (item: T) => string }) {
  const { t } = useTranslation();
  if (changes.added.length === 0 && changes.removed.length === 0) return null;
  return (
    <div>
      <Text size="xs" fw={700}>
        {title}
      </Text>
      <List size="sm" spacing={2} lang="az">
        {changes.removed.map((item, i) => (
          <List.Item key={`r${i}`}>
            <del className={classes.removed}>{describe(item)}</del> <Text span size="xs" c="dimmed">({t('reports.changes.removed')})</Text>
          </List.Item>
        ))}
        {changes.added.map((item, i) => (
          <List.Item key={`a${i}`}>
            <ins className={classes.added}>{describe(item)}</ins> <Text span size="xs" c="dimmed">({t('reports.changes.added')})</Text>
          </List.Item>
        ))}
      </List>
    </div>
  );
}

interface ChangesViewProps {
  before: EntryContent;
  after: EntryContent;
  beforeTitle: string;
  afterTitle: string;
}

/** Two versions of an entry: status, the narrative word by word, activities, figures and needs added or removed. */
export function ChangesView({ before, after, beforeTitle, afterTitle }: ChangesViewProps) {
  const { t } = useTranslation();
  const changes = useMemo(() => contentChanges(before, after), [before, after]);
  if (!hasChanges(changes)) {
    return (
      <Text size="sm" c="dimmed">
        {t('reports.changes.none')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {changes.status && (
        <Text size="sm">
          <Text span fw={700}>
            {t('reports.entry.status')}:
          </Text>{' '}
          <del className={classes.removed}>{t(`reports.status.${changes.status.before}`)}</del> →{' '}
          <ins className={classes.added}>{t(`reports.status.${changes.status.after}`)}</ins>
        </Text>
      )}
      {changes.narrative && (
        <Stack gap={4}>
          <Text size="xs" fw={700}>
            {t('reports.entry.narrative')}
          </Text>
          <WordingCompare before={changes.narrative.before} after={changes.narrative.after} beforeTitle={beforeTitle} afterTitle={afterTitle} />
        </Stack>
      )}
      <ListDiff title={t('reports.activities.title')} changes={changes.activities} describe={(a) => describeActivity(t, a)} />
      <ListDiff title={t('reports.figures.title')} changes={changes.figures} describe={describeFigure} />
      <ListDiff title={t('reports.needs.title')} changes={changes.needs} describe={(n) => describeNeed(t, n)} />
    </Stack>
  );
}
