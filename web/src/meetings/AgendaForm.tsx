import { ActionIcon, Button, Group, MultiSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measureListQuery, planListQuery } from '../plans/api';
import { trimCode } from '../plans/format';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useSaveAgenda } from './api';
import type { AgendaInput, Meeting } from './types';

type Item = AgendaInput['items'][number];

const short = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** The agenda in order; each item may name measures of a plan. Items keep their ids, so decisions keep their item. */
export function AgendaForm({ meeting, opened, onClose }: { meeting: Meeting; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<Item[]>(meeting.agenda.map((a) => ({ id: a.id, title: a.title, measureIds: a.measures.map((m) => m.id) })));
  const [checked, setChecked] = useState(false);
  const save = useSaveAgenda(meeting.id);
  const plans = useQuery(planListQuery);
  const measures = useQuery({ ...measureListQuery({}), enabled: opened });

  const planTitle = new Map((plans.data?.items ?? []).map((p) => [p.id, p.title]));
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const m of measures.data?.items ?? []) {
    const group = planTitle.get(m.planId) ?? m.planId;
    groups.set(group, [...(groups.get(group) ?? []), { value: m.id, label: `${trimCode(m.code)} — ${short(m.text)}` }]);
  }
  const options = [...groups].map(([group, list]) => ({ group, items: list }));

  const setItem = (i: number, change: Partial<Item>) => setItems((rows) => rows.map((row, j) => (j === i ? { ...row, ...change } : row)));
  const move = (i: number, by: -1 | 1) =>
    setItems((rows) => {
      const next = [...rows];
      [next[i], next[i + by]] = [next[i + by]!, next[i]!];
      return next;
    });

  const submit = () => {
    setChecked(true);
    if (items.some((item) => !item.title.trim())) return;
    save.mutate({ revision: meeting.revision, items: items.map((item) => ({ ...item, title: item.title.trim() })) }, { onSuccess: () => onClose() });
  };

  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('meetings.agenda.edit')} submitLabel={t('common.save')} pending={save.isPending} onSubmit={submit}>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('meetings.agenda.none')}
        </Text>
      )}
      {items.map((item, i) => (
        <Paper key={item.id ?? `new-${i}`} withBorder p="xs">
          <Stack gap={6}>
            <Textarea
              label={t('meetings.agenda.itemN', { n: i + 1 })}
              value={item.title}
              onChange={(e) => setItem(i, { title: e.currentTarget.value })}
              autosize
              minRows={1}
              required
              lang="az"
              error={checked && !item.title.trim() ? t('form.required') : undefined}
            />
            <MultiSelect
              label={t('meetings.agenda.measuresN', { n: i + 1 })}
              data={options}
              value={item.measureIds}
              onChange={(ids) => setItem(i, { measureIds: ids })}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('filters.clearField') }}
              nothingFoundMessage={measures.isPending ? t('common.loading') : t('table.noMatches')}
              comboboxProps={{ width: 520, position: 'bottom-start' }}
              limit={100}
            />
            <Group gap={4} justify="flex-end">
              <ActionIcon variant="subtle" disabled={i === 0} aria-label={t('meetings.agenda.moveUp', { n: i + 1 })} onClick={() => move(i, -1)}>
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="subtle" disabled={i === items.length - 1} aria-label={t('meetings.agenda.moveDown', { n: i + 1 })} onClick={() => move(i, 1)}>
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={t('meetings.agenda.remove', { n: i + 1 })} onClick={() => setItems((rows) => rows.filter((_, j) => j !== i))}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setItems((rows) => [...rows, { title: '', measureIds: [] }])}>
        {t('meetings.agenda.addItem')}
      </Button>
      {measures.isError && <ProblemAlert error={measures.error} onRetry={() => void measures.refetch()} />}
      {save.isError && <ProblemAlert error={save.error} />}
    </FormDrawer>
  );
}
