import { Alert, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One part or panel of the case page: a titled card with its actions. */
export function Section({ title, actions, children, id }: { title: string; actions?: ReactNode; children: ReactNode; id?: string }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id ? `${id}-title` : undefined}>
      <Group justify="space-between" align="center" mb="sm" gap="sm">
        <Title order={2} size="h4" id={id ? `${id}-title` : undefined}>
          {title}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {children}
    </Card>
  );
}

export function SubTitle({ children }: { children: ReactNode }) {
  return (
    <Title order={3} size="h5" mt="md" mb={6}>
      {children}
    </Title>
  );
}

export interface Fact {
  term: string;
  value: ReactNode;
  /** Spans the whole row (long texts, lists). */
  wide?: boolean;
}

/** Terms and values in a dense grid (a description list). */
export function Facts({ items, cols = 3 }: { items: Fact[]; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: cols }} spacing="md" verticalSpacing="xs" m={0}>
      {items.map((fact) => (
        <div key={fact.term} style={fact.wide ? { gridColumn: '1 / -1' } : undefined}>
          <Text component="dt" size="xs" c="dimmed">
            {fact.term}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-line' }}>
            {fact.value === null || fact.value === undefined || fact.value === '' ? '—' : fact.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** Someone saved the record while this person was editing it: nothing was written over. */
export function ConflictNotice({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('cases.conflict.title')} role="alert" data-testid="case-conflict">
      <Text size="sm">{t('cases.conflict.message')}</Text>
      {children}
    </Alert>
  );
}
