import { ThemeIcon, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Below this, the importer was unsure it read the measure right: a person should check it. */
export const LOW_CONFIDENCE = 0.8;

export function ConfidenceMark({ confidence }: { confidence: number }) {
  const { t } = useTranslation();
  if (confidence >= LOW_CONFIDENCE) return null;
  const label = t('plans.measure.lowConfidence', { percent: Math.round(confidence * 100) });
  return (
    <Tooltip label={label} events={{ hover: true, focus: true, touch: true }}>
      <ThemeIcon color="orange" variant="light" size="sm" role="img" aria-label={label} tabIndex={0} ml={4} style={{ verticalAlign: 'middle' }}>
        <IconAlertTriangle size={14} aria-hidden />
      </ThemeIcon>
    </Tooltip>
  );
}
