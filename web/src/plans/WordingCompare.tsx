import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './plans.module.css';
import { sideParts, wordDiff, type DiffPart } from './wordDiff';

function Side({ title, parts }: { title: string; parts: DiffPart[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm">
      <Stack gap={4}>
        <Text size="xs" fw={700} c="dimmed">
          {title}
        </Text>
        <Text size="sm" className={classes.compareSide} lang="az">
          {parts.map((part, i) =>
            part.kind === 'removed' ? (
              <del key={i} className={classes.removed} title={t('plans.wording.removed')}>
                {part.text}
              </del>
            ) : part.kind === 'added' ? (
              <ins key={i} className={classes.added} title={t('plans.wording.added')}>
                {part.text}
              </ins>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </Text>
      </Stack>
    </Paper>
  );
}

interface WordingCompareProps {
  before: string;
  after: string;
  beforeTitle: string;
  afterTitle: string;
}

/** Two wordings side by side, words removed struck through on the left and added underlined on the right. */
export function WordingCompare({ before, after, beforeTitle, afterTitle }: WordingCompareProps) {
  const parts = useMemo(() => wordDiff(before, after), [before, after]);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      <Side title={beforeTitle} parts={sideParts(parts, 'before')} />
      <Side title={afterTitle} parts={sideParts(parts, 'after')} />
    </SimpleGrid>
  );
}
