import { ActionIcon, Anchor, Badge, Button, Group, NativeSelect, NumberInput, Paper, Skeleton, Stack, Table, Text, Textarea, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowLeft, IconArrowUp, IconEdit, IconFileText, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmButton } from '../ui/ConfirmButton';
import { FormDrawer } from '../ui/FormDrawer';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { draftExportUrl, draftQuery, useDeleteDraft, useDeleteDraftItem, useMoveDraftItem, useSaveDraft, useSaveDraftItem } from './api';
import { IndicatorsTabs } from './IndicatorsTabs';
import type { Draft, DraftItem } from './types';

type ItemEditing = { item: DraftItem | null; sectionId: string };

function ItemDrawer({ draft, editing, onClose }: { draft: Draft; editing: ItemEditing; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveDraftItem(draft.id);
  const [sectionId, setSectionId] = useState(editing.sectionId);
  const [text, setText] = useState(editing.item?.text ?? '');
  const [executors, setExecutors] = useState(editing.item?.executors ?? '');
  const [periodText, setPeriodText] = useState(editing.item?.periodText ?? '');
  const server = fieldErrors(save.error);
  const submit = () => save.mutate({ itemId: editing.item?.id ?? null, input: { sectionId, text: text.trim(), executors: executors.trim(), periodText: periodText.trim() } }, { onSuccess: onClose });
  return (
    <FormDrawer opened onClose={onClose} title={editing.item ? t('indicators.draft.editItem') : t('indicators.draft.addItem')} submitLabel={t('common.save')} pending={save.isPending} onSubmit={submit}>
      <NativeSelect label={t('indicators.draft.section')} value={sectionId} onChange={(e) => setSectionId(e.currentTarget.value)} data={draft.sections.map((s) => ({ value: s.id, label: `${s.code}. ${s.title}` }))} />
      <Textarea label={t('indicators.draft.itemText')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={4} required data-autofocus error={server.text} />
      <Textarea label={t('indicators.draft.executors')} value={executors} onChange={(e) => setExecutors(e.currentTarget.value)} autosize minRows={2} error={server.executors} />
      <TextInput label={t('indicators.draft.periodText')} description={t('indicators.draft.periodTextHint')} value={periodText} onChange={(e) => setPeriodText(e.currentTarget.value)} error={server.periodText} />
      {save.isError && <ProblemAlert error={save.error} fields={['text', 'executors', 'periodText']} />}
    </FormDrawer>
  );
}

function DraftHeaderDrawer({ draft, onClose }: { draft: Draft; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveDraft(draft.id);
  const [title, setTitle] = useState(draft.title);
  const [from, setFrom] = useState<number | string>(draft.periodFrom ?? '');
  const [to, setTo] = useState<number | string>(draft.periodTo ?? '');
  const [sections, setSections] = useState(draft.sections.map((s) => ({ id: s.id, code: s.code, title: s.title })));
  const server = fieldErrors(save.error);
  const submit = () =>
    save.mutate({ title: title.trim(), periodFrom: from === '' ? null : Number(from), periodTo: to === '' ? null : Number(to), sections }, { onSuccess: onClose });
  return (
    <FormDrawer opened onClose={onClose} title={t('indicators.draft.editDraft')} submitLabel={t('common.save')} pending={save.isPending} onSubmit={submit}>
      <TextInput label={t('indicators.draft.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required data-autofocus error={server.title} />
      <Group grow>
        <NumberInput label={t('indicators.draft.from')} value={from} onChange={setFrom} min={2000} max={2100} allowDecimal={false} thousandSeparator={false} error={server.periodFrom} />
        <NumberInput label={t('indicators.draft.to')} value={to} onChange={setTo} min={2000} max={2100} allowDecimal={false} thousandSeparator={false} error={server.periodTo} />
      </Group>
      {sections.map((section, i) => (
        <Group key={section.id} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('indicators.draft.sectionCode')}
            value={section.code}
            w={90}
            onChange={(e) => {
              const code = e.currentTarget.value;
              setSections((all) => all.map((s, k) => (k === i ? { ...s, code } : s)));
            }}
          />
          <TextInput
            label={t('indicators.draft.sectionTitle')}
            value={section.title}
            style={{ flex: 1 }}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setSections((all) => all.map((s, k) => (k === i ? { ...s, title: value } : s)));
            }}
          />
        </Group>
      ))}
      {save.isError && <ProblemAlert error={save.error} fields={['title', 'periodFrom', 'periodTo']} />}
    </FormDrawer>
  );
}

function OriginBadge({ item }: { item: DraftItem }) {
  const { t } = useTranslation();
  const label =
    item.origin === 'measure' && item.measure
      ? t('indicators.draft.origin.measure', { code: item.measure.code })
      : item.origin === 'recommendation' && item.recommendation
        ? t('indicators.draft.origin.recommendation', { code: item.recommendation.code ?? '', source: item.recommendation.source })
        : t('indicators.draft.origin.manual');
  return (
    <Badge variant="outline" color={item.origin === 'recommendation' ? 'grape' : item.origin === 'measure' ? 'indigo' : 'gray'} size="xs" tt="none">
      {label}
    </Badge>
  );
}

/** A draft of the next plan in the official table's columns: edited row by row, exported to Word. */
export function DraftPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const draft = useQuery(draftQuery(id));
  const move = useMoveDraftItem(id);
  const remove = useDeleteDraftItem(id);
  const deleteDraft = useDeleteDraft();
  const [editing, setEditing] = useState<ItemEditing | null>(null);
  const [editingHeader, setEditingHeader] = useState(false);
  const data = draft.data;
  const edit = data?.abilities.edit ?? false;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/indicators/drafts" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('indicators.tabs.drafts')}
        </Group>
      </Anchor>
      <PageHeader
        title={data?.title ?? t('indicators.draft.loading')}
        actions={
          data && (
            <>
              <Button component="a" href={draftExportUrl(data.id)} download variant="default" leftSection={<IconFileText size={16} aria-hidden />}>
                {t('indicators.draft.exportWord')}
              </Button>
              {edit && (
                <Button variant="default" leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setEditingHeader(true)}>
                  {t('common.edit')}
                </Button>
              )}
              {edit && (
                <ConfirmButton
                  label={t('common.delete')}
                  danger
                  title={t('indicators.draft.deleteTitle')}
                  confirmLabel={t('common.delete')}
                  onConfirm={() =>
                    deleteDraft.mutateAsync(data.id).then(() => {
                      notifications.show({ color: 'teal', message: t('indicators.draft.deleted') });
                      void navigate('/indicators/drafts');
                    })
                  }
                >
                  <Text size="sm">{t('indicators.draft.deleteMessage')}</Text>
                </ConfirmButton>
              )}
            </>
          )
        }
      />
      <IndicatorsTabs />
      {draft.isPending && <Skeleton height={300} />}
      {draft.isError && <ProblemAlert error={draft.error} onRetry={() => void draft.refetch()} />}
      {data && (
        <>
          <Text size="sm" c="dimmed">
            {[data.periodFrom && data.periodTo ? `${data.periodFrom}–${data.periodTo}` : null, data.basedOn ? t('indicators.draft.basedOnNamed', { title: data.basedOn.title }) : null]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Table.ScrollContainer minWidth={880}>
            <Table withTableBorder withColumnBorders data-testid="draft-table">
              <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{data.title}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={90}>
                    {t('indicators.draft.columns.code')}
                  </Table.Th>
                  <Table.Th scope="col">{t('indicators.draft.columns.text')}</Table.Th>
                  <Table.Th scope="col" w="24%">
                    {t('indicators.draft.columns.executors')}
                  </Table.Th>
                  <Table.Th scope="col" w={130}>
                    {t('indicators.draft.columns.period')}
                  </Table.Th>
                  {edit && (
                    <Table.Th scope="col" w={150}>
                      <VisuallyHidden>{t('indicators.draft.columns.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.sections.map((section) => [
                  <Table.Tr key={section.id}>
                    <Table.Th colSpan={edit ? 5 : 4} scope="colgroup" bg="gray.1">
                      <Group justify="space-between">
                        <Title order={2} size="h6">
                          {section.code}. {section.title}
                        </Title>
                        {edit && (
                          <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} aria-hidden />} onClick={() => setEditing({ item: null, sectionId: section.id })} aria-label={t('indicators.draft.addItemNamed', { code: section.code })}>
                            {t('indicators.draft.addItem')}
                          </Button>
                        )}
                      </Group>
                    </Table.Th>
                  </Table.Tr>,
                  ...section.items.map((item, i) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>{item.code}.</Table.Td>
                      <Table.Td>
                        <Stack gap={4}>
                          <Text size="sm" lang="az" style={{ whiteSpace: 'pre-line' }}>
                            {item.text}
                          </Text>
                          <OriginBadge item={item} />
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" lang="az">
                          {item.executors || '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>{item.periodText || '—'}</Table.Td>
                      {edit && (
                        <Table.Td>
                          <Group gap={2} wrap="nowrap">
                            <ActionIcon variant="subtle" aria-label={t('indicators.draft.editItemNamed', { code: item.code })} onClick={() => setEditing({ item, sectionId: section.id })}>
                              <IconEdit size={16} aria-hidden />
                            </ActionIcon>
                            <ActionIcon variant="subtle" color="gray" disabled={i === 0} aria-label={t('indicators.draft.moveUp', { code: item.code })} onClick={() => move.mutate({ itemId: item.id, direction: 'up' })}>
                              <IconArrowUp size={16} aria-hidden />
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              disabled={i === section.items.length - 1}
                              aria-label={t('indicators.draft.moveDown', { code: item.code })}
                              onClick={() => move.mutate({ itemId: item.id, direction: 'down' })}
                            >
                              <IconArrowDown size={16} aria-hidden />
                            </ActionIcon>
                            <ActionIcon variant="subtle" color="red" aria-label={t('indicators.draft.deleteItem', { code: item.code })} onClick={() => remove.mutate(item.id)}>
                              <IconTrash size={16} aria-hidden />
                            </ActionIcon>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  )),
                ])}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {(move.isError || remove.isError) && <ProblemAlert error={move.error ?? remove.error} />}
          <Paper p="xs">
            <Text size="xs" c="dimmed">
              {t('indicators.draft.exportHint')}
            </Text>
          </Paper>
        </>
      )}
      {data && editing && <ItemDrawer draft={data} editing={editing} onClose={() => setEditing(null)} />}
      {data && editingHeader && <DraftHeaderDrawer draft={data} onClose={() => setEditingHeader(false)} />}
    </Stack>
  );
}
