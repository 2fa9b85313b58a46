import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { translateIfKnown } from '../i18n/dynamic';
import type { ReportImportPreview } from './types';

/**
 * What the splitter was unsure about: the translation of the warning's code, with the server's
 * own (English, but specific: it quotes the event or the item) sentence under it.
 */
export function ImportWarnings({ warnings }: { warnings: ReportImportPreview['warnings'] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('reports.import.warnings')} data-testid="import-warnings">
      <List size="sm" spacing={4}>
        {warnings.map((w, i) => {
          const text = translateIfKnown(`reports.warning.${w.code}`);
          return (
            <List.Item key={`${w.code}:${i}`} data-code={w.code}>
              {text ?? w.message}
              {text && (
                <Text size="xs" c="dimmed" lang="en">
                  {w.message}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
