import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { trimCode } from './format';
import type { ImportChanges } from './importTypes';

const codes = (list: string[]) => list.map(trimCode).join(', ');

/** What confirming the import will change: a new plan, or what is added to an existing one. */
export function ImportChangesSummary({ changes, target }: { changes: ImportChanges; target: { title: string } | null }) {
  const { t } = useTranslation();
  const items = [
    changes.newPlan || !target ? t('plans.import.changes.newPlan') : t('plans.import.changes.existingPlan', { title: target.title }),
    changes.addSections.length > 0 && t('plans.import.changes.addSections', { count: changes.addSections.length, codes: codes(changes.addSections) }),
    t('plans.import.changes.addMeasures', { count: changes.addMeasures.length }),
    changes.completeMeasures.length > 0 &&
      t('plans.import.changes.completeMeasures', { count: changes.completeMeasures.length, codes: codes(changes.completeMeasures.map((m) => m.code)) }),
    !changes.newPlan && t('plans.import.changes.unchanged', { count: changes.unchangedMeasures }),
    changes.wordingDifferences.length > 0 && t('plans.import.changes.wordingDifferences', { count: changes.wordingDifferences.length }),
    changes.addNotes > 0 && t('plans.import.changes.addNotes', { count: changes.addNotes }),
    changes.addChapters && t('plans.import.changes.addChapters'),
  ].filter((item): item is string => Boolean(item));
  return (
    <List size="sm" spacing={4} data-testid="import-changes">
      {items.map((item) => (
        <List.Item key={item}>
          <Text size="sm" span>
            {item}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
