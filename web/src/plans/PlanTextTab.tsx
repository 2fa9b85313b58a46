import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/EmptyState';
import type { PlanDetail } from './types';

const paragraphs = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** The plan's chapters (introduction, aims, financing …) and its closing notes, as imported. */
export function PlanTextTab({ plan }: { plan: PlanDetail }) {
  const { t, i18n } = useTranslation();
  if (plan.chapters.length === 0 && plan.notes.length === 0) return <EmptyState title={t('plans.text.none')} />;
  return (
    <Stack gap="lg" maw={900} lang="az">
      {plan.chapters.map((chapter, i) => (
        <section key={`${chapter.number ?? ''}:${i}`}>
          <Title order={2} size="h4" mb="xs">
            {chapter.number ? `${chapter.number}. ${chapter.title}` : chapter.title}
          </Title>
          <Stack gap="xs">
            {paragraphs(chapter.body).map((p, j) => (
              <Text key={j} size="sm" style={{ whiteSpace: 'pre-line' }}>
                {p}
              </Text>
            ))}
          </Stack>
        </section>
      ))}
      {plan.notes.length > 0 && (
        <section>
          <Title order={2} size="h4" mb="xs" lang={i18n.language}>
            {t('plans.text.notes')}
          </Title>
          <List size="sm" spacing="xs">
            {plan.notes.map((note, i) => (
              <List.Item key={i}>{note}</List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}
