import { Alert, Badge, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { trimCode } from './format';
import type { ImportWarning } from './importTypes';
import { warningText } from './warnings';

/** What the importer was unsure about, with the measure each warning concerns. */
export function ImportWarnings({ warnings }: { warnings: ImportWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />}>
        <Text size="sm">{t('plans.import.noWarnings')}</Text>
      </Alert>
    );
  }
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="import-warnings">
      <Text size="sm" fw={700} mb="xs">
        {t('plans.import.warnings', { count: warnings.length })}
      </Text>
      <List size="sm" spacing={4}>
        {warnings.map((w, i) => (
          <List.Item key={`${w.code}:${w.measure ?? ''}:${i}`}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              {w.measure && (
                <Badge color="orange" variant="outline" size="sm" tt="none" style={{ flexShrink: 0 }}>
                  {trimCode(w.measure)}
                </Badge>
              )}
              <Text size="sm" data-code={w.code}>
                {warningText(w)}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
