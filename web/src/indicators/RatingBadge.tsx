import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconCircleHalf2, IconCircleX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RATINGS, type Rating } from './types';

/** Colour, icon and word of each rating: the grid never says a rating by colour alone. */
export const RATING_LOOK: Record<Rating, { color: string; icon: (size: number) => ReactNode }> = {
  met: { color: 'teal', icon: (size) => <IconCircleCheck size={size} aria-hidden /> },
  partly_met: { color: 'yellow', icon: (size) => <IconCircleHalf2 size={size} aria-hidden /> },
  not_met: { color: 'red', icon: (size) => <IconCircleX size={size} aria-hidden /> },
  not_assessed: { color: 'gray', icon: (size) => <IconCircleDashed size={size} aria-hidden /> },
};

export function RatingBadge({ rating, size = 'sm' }: { rating: Rating; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const look = RATING_LOOK[rating];
  return (
    <Badge
      color={look.color}
      variant={rating === 'not_assessed' ? 'outline' : 'light'}
      size={size}
      tt="none"
      leftSection={look.icon(12)}
      styles={{ root: { color: rating === 'partly_met' ? 'var(--mantine-color-yellow-9)' : undefined } }}
      data-rating={rating}
    >
      {t(`indicators.rating.${rating}`)}
    </Badge>
  );
}

/** "Needs improvement", with an icon: as the framework marks it (null: not recorded) or as an assessor flagged it. */
export function ImprovementMark({ value, showUnknown = false }: { value: boolean | null; showUnknown?: boolean }) {
  const { t } = useTranslation();
  if (value === null) {
    return showUnknown ? (
      <Text size="xs" c="dimmed" fs="italic">
        {t('indicators.improvement.unknown')}
      </Text>
    ) : null;
  }
  if (!value) return null;
  return (
    <Group gap={4} wrap="nowrap" c="orange.9" data-testid="improvement-mark">
      <IconAlertTriangle size={14} aria-hidden />
      <Text size="xs" fw={600} c="orange.9">
        {t('indicators.improvement.needed')}
      </Text>
    </Group>
  );
}

/** The legend under the grid. */
export function RatingLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" aria-label={t('indicators.legend')} role="group">
      {RATINGS.map((r) => (
        <RatingBadge key={r} rating={r} />
      ))}
      <ImprovementMark value={true} />
    </Group>
  );
}
