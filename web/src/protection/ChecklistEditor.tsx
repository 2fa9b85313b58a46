import { ActionIcon, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bakuToday } from '../../../common/src/dates';
import { fieldErrors } from '../cases/formErrors';
import { DateField } from '../cases/inputs';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ProblemAlert } from '../ui/ProblemAlert';
import { usePublishChecklist, type Checklist, type Indicator } from './api';

type Row = Indicator & { key: number };
const LANGUAGES = ['az', 'ru', 'en'] as const;
let nextKey = 0;
const rowOf = (indicator: Indicator): Row => ({ ...indicator, text: { ...indicator.text }, key: nextKey++ });

/** What the form checks before asking: every text given, every code once (the server checks the same). */
function localErrors(messages: { required: string; duplicate: string }, title: string, publishedOn: string, rows: Row[]): Map<string, string> {
  const errors = new Map<string, string>();
  if (!title.trim()) errors.set('title', messages.required);
  if (!publishedOn) errors.set('publishedOn', messages.required);
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const code = row.code.trim();
    if (!code) errors.set(`indicators.${index}.code`, messages.required);
    else if (seen.has(code)) errors.set(`indicators.${index}.code`, messages.duplicate);
    seen.add(code);
    for (const language of LANGUAGES) if (!row.text[language].trim()) errors.set(`indicators.${index}.text.${language}`, messages.required);
  });
  return errors;
}

/** A new version of the checklist, begun as a copy of the one in force and published as a whole. */
export function ChecklistEditor({ current, onDone }: { current: Checklist; onDone: () => void }) {
  const { t } = useTranslation();
  const publish = usePublishChecklist();
  const [title, setTitle] = useState(current.title);
  const [publishedOn, setPublishedOn] = useState(bakuToday());
  const [rows, setRows] = useState<Row[]>(() => current.indicators.map(rowOf));
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const messages = { required: t('form.required'), duplicate: t('protection.checklists.duplicateCode') };
  const local = checked ? localErrors(messages, title, publishedOn, rows) : new Map<string, string>();
  const server = fieldErrors(t, publish.error, null);
  const error = (path: string) => local.get(path) ?? server.at(path);
  const change = (index: number, patch: Partial<Indicator>) => setRows((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const input = () => ({ title: title.trim(), publishedOn, indicators: rows.map(({ key: _key, ...row }) => ({ ...row, code: row.code.trim(), text: { az: row.text.az.trim(), ru: row.text.ru.trim(), en: row.text.en.trim() } })) });
  const ask = () => {
    setChecked(true);
    if (localErrors(messages, title, publishedOn, rows).size === 0 && rows.length > 0) setConfirming(true);
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Text fw={700}>{t('protection.checklists.newVersion', { version: current.version + 1 })}</Text>
        <Group align="flex-start" gap="sm">
          <TextInput label={t('protection.checklists.versionTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={300} error={error('title')} style={{ flex: 1 }} />
          <DateField label={t('protection.checklists.publishedOn')} value={publishedOn} onChange={setPublishedOn} required error={error('publishedOn')} />
        </Group>
        <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('protection.checklists.indicators')}>
          {rows.map((row, index) => (
            <Paper key={row.key} withBorder p="xs" component="li" data-testid="indicator-editor">
              <Group align="flex-start" gap="xs" wrap="nowrap">
                <TextInput size="xs" w={80} label={t('protection.checklists.code')} value={row.code} onChange={(e) => change(index, { code: e.currentTarget.value })} required maxLength={20} error={error(`indicators.${index}.code`)} />
                <NativeSelect size="xs" w={130} label={t('protection.checklists.audience')} value={row.audience} onChange={(e) => change(index, { audience: e.currentTarget.value as Indicator['audience'] })}
                  data={(['general', 'child'] as const).map((value) => ({ value, label: t(`protection.checklists.audiences.${value}`) }))} />
                <Stack gap={4} style={{ flex: 1 }}>
                  {LANGUAGES.map((language) => (
                    <TextInput key={language} size="xs" label={t(`protection.checklists.text.${language}`)} value={row.text[language]} required maxLength={500}
                      onChange={(e) => change(index, { text: { ...row.text, [language]: e.currentTarget.value } })} error={error(`indicators.${index}.text.${language}`)} />
                  ))}
                </Stack>
                <ActionIcon variant="subtle" color="red" mt={22} aria-label={t('protection.checklists.remove', { code: row.code || index + 1 })} onClick={() => setRows((list) => list.filter((_, i) => i !== index))}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Paper>
          ))}
        </Stack>
        {checked && rows.length === 0 && <Text size="sm" c="red.8">{t('protection.checklists.noIndicators')}</Text>}
        <Group justify="space-between">
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRows((list) => [...list, rowOf({ code: '', audience: 'general', text: { az: '', ru: '', en: '' } })])}>
            {t('protection.checklists.addIndicator')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
            <Button onClick={ask}>{t('protection.checklists.publish')}</Button>
          </Group>
        </Group>
        {publish.isError && !confirming && <ProblemAlert error={publish.error} fields={['title', 'publishedOn', 'indicators']} />}
      </Stack>
      <ConfirmDialog opened={confirming} onClose={() => setConfirming(false)} title={t('protection.checklists.confirmTitle', { version: current.version + 1 })} confirmLabel={t('protection.checklists.publish')}
        fields={['title', 'publishedOn', 'indicators']}
        onConfirm={async () => {
          await publish.mutateAsync(input());
          notifications.show({ color: 'teal', message: t('protection.checklists.published') });
          onDone();
        }}>
        <Text size="sm">{t('protection.checklists.confirmText', { count: rows.length })}</Text>
      </ConfirmDialog>
    </Paper>
  );
}
