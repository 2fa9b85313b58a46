import { ActionIcon, Anchor, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { measureSearchQuery } from '../plans/api';
import { trimCode } from '../plans/format';
import { ProblemAlert } from '../ui/ProblemAlert';

export interface PickedMeasure {
  id: string;
  code: string;
  text: string;
}

interface MeasurePickerProps {
  label: string;
  value: PickedMeasure[];
  onChange: (value: PickedMeasure[]) => void;
  readOnly?: boolean;
}

/** The measures something rests on or is answered by: shown as links, found by words of their text or their code. */
export function MeasurePicker({ label, value, onChange, readOnly = false }: MeasurePickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const search = useQuery({ ...measureSearchQuery({ q }), enabled: !readOnly && q.length > 1 });
  const chosen = new Set(value.map((m) => m.id));
  const results = (search.data?.items ?? []).filter((m) => !chosen.has(m.id));

  return (
    <Stack gap={6} role="group" aria-label={label}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('indicators.links.noMeasures')}
        </Text>
      )}
      {value.map((m) => (
        <Group key={m.id} gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" style={{ flex: 1 }} lineClamp={2}>
            <Anchor component={Link} to={`/measures/${m.id}`} fw={600}>
              {trimCode(m.code)}
            </Anchor>{' '}
            <span lang="az">{m.text}</span>
          </Text>
          {!readOnly && (
            <ActionIcon variant="subtle" color="gray" aria-label={t('indicators.links.removeMeasure', { code: trimCode(m.code) })} onClick={() => onChange(value.filter((x) => x.id !== m.id))}>
              <IconX size={16} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      {!readOnly && (
        <>
          <TextInput
            label={t('indicators.links.findMeasure')}
            type="search"
            size="xs"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            leftSection={<IconSearch size={14} aria-hidden />}
          />
          {search.isError && <ProblemAlert error={search.error} />}
          <Stack gap={4} aria-live="polite">
            {q.length > 1 && !search.isFetching && results.length === 0 && (
              <Text size="xs" c="dimmed">
                {t('table.noMatches')}
              </Text>
            )}
            {results.slice(0, 8).map((m) => (
              <Paper key={m.id} withBorder p={6}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="xs" lineClamp={2} lang="az">
                    <b>{trimCode(m.code)}</b> {m.text}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => {
                      onChange([...value, { id: m.id, code: m.code, text: m.text }]);
                      setText('');
                    }}
                    aria-label={t('indicators.links.addMeasure', { code: trimCode(m.code) })}
                  >
                    {t('indicators.links.add')}
                  </Button>
                </Group>
              </Paper>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
