import { Button, Group, Modal, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../ui/ProblemAlert';
import { measureListQuery, measureSearchQuery, useLinkMeasure } from './api';
import { codeQuery, trimCode } from './format';
import { Highlighted } from './Highlighted';
import type { Measure, MeasureDetail } from './types';
import { usePlanNames } from './usePlanNames';

interface LinkMeasureDialogProps {
  measure: MeasureDetail;
  opened: boolean;
  onClose: () => void;
}

/** Search the measures of other plans (by code, e.g. 13.2.4, or by words of the text) and link one as continued. */
export function LinkMeasureDialog({ measure, opened, onClose }: LinkMeasureDialogProps) {
  const { t } = useTranslation();
  const [planId, setPlanId] = useState('');
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const link = useLinkMeasure(measure.id);
  const plans = usePlanNames();
  const code = codeQuery(q);

  // A code is found through its section (the search endpoint reads texts); words through the full-text search.
  const byCode = useQuery({ ...measureListQuery({ planId: planId || undefined, section: code?.section ?? undefined }), enabled: opened && Boolean(code?.section) });
  const byText = useQuery({ ...measureSearchQuery({ planId: planId || undefined, q }), enabled: opened && !code && q.length > 1 });
  const source = code ? byCode : byText;
  const linked = new Set(measure.continues.map((m) => m.id));
  const results: Measure[] = (source.data?.items ?? [])
    .filter((m) => m.planId !== measure.planId && !linked.has(m.id))
    .filter((m) => !code || trimCode(m.code).startsWith(code.code));
  const planTitle = (id: string) => plans.short(id);
  const searched = code ? Boolean(code.section) : q.length > 1;

  const choose = (target: Measure) =>
    link.mutate(target.id, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('plans.link.linked', { code: trimCode(target.code) }) });
        onClose();
      },
    });

  return (
    <Modal opened={opened} onClose={onClose} title={t('plans.link.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <NativeSelect
          label={t('plans.link.plan')}
          value={planId}
          onChange={(e) => setPlanId(e.currentTarget.value)}
          data={[
            { value: '', label: t('plans.link.allPlans') },
            ...plans.plans.filter((p) => p.id !== measure.planId).map((p) => ({ value: p.id, label: p.title })),
          ]}
        />
        <TextInput
          label={t('plans.link.search')}
          description={t('plans.link.searchHint')}
          type="search"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          data-autofocus
        />
        {source.isError && <ProblemAlert error={source.error} onRetry={() => void source.refetch()} />}
        <Stack gap="xs" aria-live="polite" aria-busy={source.isFetching}>
          {searched && !source.isFetching && results.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('table.noMatches')}
            </Text>
          )}
          {results.map((m) => (
            <Paper key={m.id} withBorder p="xs">
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {trimCode(m.code)} · {planTitle(m.planId)}
                  </Text>
                  <Text size="sm" lineClamp={3} lang="az">
                    <Highlighted text={m.text} query={code ? undefined : q} />
                  </Text>
                </Stack>
                <Button
                  size="xs"
                  onClick={() => choose(m)}
                  loading={link.isPending && link.variables === m.id}
                  aria-label={t('plans.link.linkNamed', { code: trimCode(m.code), plan: planTitle(m.planId) })}
                >
                  {t('plans.link.link')}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
        {link.isError && <ProblemAlert error={link.error} />}
      </Stack>
    </Modal>
  );
}
