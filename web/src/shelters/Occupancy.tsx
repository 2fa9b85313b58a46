import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { capacityLevel, PLACE_CATEGORIES, type CapacityLevel, type PlaceCounts } from '../../../common/src/shelters';
import { shelterLabel } from './labels';

export const LEVEL_COLOURS: Record<CapacityLevel, string> = { ok: 'teal', near: 'orange', full: 'red' };

/** Places taken of places there are, for each category the shelter has (or holds someone in). */
export function OccupancyBadges({ capacity, occupancy, nearPercent, stacked = false }: { capacity: PlaceCounts; occupancy: PlaceCounts; nearPercent: number; stacked?: boolean }) {
  const { t } = useTranslation();
  const shown = PLACE_CATEGORIES.filter((c) => capacity[c] > 0 || occupancy[c] > 0);
  if (shown.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Group gap={4} wrap={stacked ? 'wrap' : 'nowrap'} maw={stacked ? 200 : undefined}>
      {shown.map((category) => {
        const level = capacityLevel(capacity[category], occupancy[category], nearPercent);
        const label = t('shelters.occupancy.of', { category: shelterLabel(t, 'category', category), occupied: occupancy[category], capacity: capacity[category] });
        return (
          <Badge
            key={category}
            color={LEVEL_COLOURS[level]}
            variant={level === 'ok' ? 'light' : 'filled'}
            tt="none"
            miw="max-content"
            title={level === 'ok' ? label : `${label} — ${shelterLabel(t, 'level', level)}`}
            data-testid={`occupancy-${category}`}
          >
            {shelterLabel(t, 'category', category)} {occupancy[category]} / {capacity[category]}
          </Badge>
        );
      })}
    </Group>
  );
}
