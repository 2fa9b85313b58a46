import { ActionIcon, Button, Group, Paper, Radio, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bakuToday } from '../../../common/src/dates';
import { INSPECTION_RESULTS, type InspectionResult } from '../../../common/src/shelters';
import { fieldErrors } from '../cases/formErrors';
import { DateField } from '../cases/inputs';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { checklistQuery, useRecordInspection, type ChecklistItem } from './api';
import { shelterLabel } from './labels';

type Lang = 'az' | 'ru' | 'en';

/** An item's words in the reader's language, Azerbaijani when it has none. */
export function itemText(text: ChecklistItem['text'], language: string): string {
  const lang = (['az', 'ru', 'en'].includes(language) ? language : 'az') as Lang;
  return text[lang] || text.az;
}

/** An inspection against the minimum standards: each item's result, findings, and the actions asked for. */
export function InspectionForm({ shelterId, shelterName, opened, onClose }: { shelterId: string; shelterName: string; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const items = useQuery(checklistQuery);
  const record = useRecordInspection(shelterId);
  const [inspectedOn, setInspectedOn] = useState(bakuToday());
  const [results, setResults] = useState<Record<string, { result: InspectionResult | ''; comment: string }>>({});
  const [findings, setFindings] = useState('');
  const [actions, setActions] = useState<{ text: string; dueOn: string }[]>([]);
  const [checked, setChecked] = useState(false);
  const active = (items.data?.items ?? []).filter((item) => item.active);
  const missing = new Map<string, 'required'>();
  if (checked && !inspectedOn) missing.set('inspectedOn', 'required');
  active.forEach((item, index) => {
    if (checked && !results[item.id]?.result) missing.set(`results.${index}.result`, 'required');
  });
  actions.forEach((action, index) => {
    if (checked && !action.text.trim()) missing.set(`actions.${index}.text`, 'required');
  });
  const errors = fieldErrors(t, record.error, missing);
  const setResult = (id: string, change: Partial<{ result: InspectionResult | ''; comment: string }>) =>
    setResults((all) => ({ ...all, [id]: { result: all[id]?.result ?? '', comment: all[id]?.comment ?? '', ...change } }));

  const submit = () => {
    setChecked(true);
    if (!inspectedOn || active.some((item) => !results[item.id]?.result) || actions.some((a) => !a.text.trim())) return;
    record.mutate(
      {
        inspectedOn,
        results: active.map((item) => ({ itemId: item.id, result: results[item.id]!.result as InspectionResult, comment: results[item.id]!.comment.trim() || null })),
        findings: findings.trim(),
        actions: actions.map((a) => ({ text: a.text.trim(), dueOn: a.dueOn || null })),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('shelters.inspection.recorded') });
          onClose();
        },
      },
    );
  };

  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('shelters.inspection.recordTitle', { name: shelterName })} submitLabel={t('common.save')} pending={record.isPending} onSubmit={submit}>
      <DateField label={t('shelters.inspection.inspectedOn')} value={inspectedOn} onChange={setInspectedOn} required error={errors.at('inspectedOn')} />
      <Text size="sm" fw={600}>
        {t('shelters.inspection.checklist')}
      </Text>
      {items.isError && <ProblemAlert error={items.error} onRetry={() => void items.refetch()} />}
      <Stack gap="xs">
        {active.map((item, index) => (
          <Paper key={item.id} withBorder p="xs">
            <Radio.Group
              label={`${index + 1}. ${itemText(item.text, i18n.language)}`}
              value={results[item.id]?.result ?? ''}
              onChange={(v) => setResult(item.id, { result: v as InspectionResult })}
              error={errors.at(`results.${index}.result`) ?? errors.at(`results.${index}.itemId`)}
              required
            >
              <Group gap="sm" mt={4}>
                {INSPECTION_RESULTS.map((result) => (
                  <Radio key={result} value={result} label={shelterLabel(t, 'result', result)} />
                ))}
              </Group>
            </Radio.Group>
            <TextInput
              mt={6}
              size="xs"
              label={t('shelters.inspection.comment', { n: index + 1 })}
              value={results[item.id]?.comment ?? ''}
              onChange={(e) => setResult(item.id, { comment: e.currentTarget.value })}
              maxLength={1000}
            />
          </Paper>
        ))}
      </Stack>
      <Textarea label={t('shelters.inspection.findings')} value={findings} onChange={(e) => setFindings(e.currentTarget.value)} autosize minRows={3} maxLength={10_000} error={errors.at('findings')} />
      <Text size="sm" fw={600}>
        {t('shelters.inspection.actions')}
      </Text>
      {actions.map((action, index) => (
        <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('shelters.inspection.actionText', { n: index + 1 })}
            value={action.text}
            onChange={(e) => setActions((all) => all.map((a, i) => (i === index ? { ...a, text: e.currentTarget.value } : a)))}
            required
            maxLength={1000}
            error={errors.at(`actions.${index}.text`)}
          />
          <DateField label={t('shelters.inspection.dueOn')} value={action.dueOn} onChange={(v) => setActions((all) => all.map((a, i) => (i === index ? { ...a, dueOn: v } : a)))} error={errors.at(`actions.${index}.dueOn`)} w={150} />
          <Tooltip label={t('common.delete')}>
            <ActionIcon variant="subtle" color="red" mb={4} onClick={() => setActions((all) => all.filter((_, i) => i !== index))} aria-label={t('shelters.inspection.removeAction', { n: index + 1 })}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setActions((all) => [...all, { text: '', dueOn: '' }])} w="fit-content">
        {t('shelters.inspection.addAction')}
      </Button>
      {record.isError && <ProblemAlert error={record.error} fields={['inspectedOn', 'results', 'findings', 'actions']} />}
    </FormDrawer>
  );
}
