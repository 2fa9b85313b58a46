import { Anchor, Breadcrumbs, Button, Card, Group, NumberInput, Paper, Skeleton, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldErrors } from '../cases/formErrors';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { checklistQuery, useAddChecklistItem, useUpdateChecklistItem, type ChecklistItem } from './api';

function ItemRow({ item }: { item: ChecklistItem }) {
  const { t } = useTranslation();
  const update = useUpdateChecklistItem();
  const [values, setValues] = useState({ textAz: item.text.az, textRu: item.text.ru, textEn: item.text.en, active: item.active, position: item.position });
  const errors = fieldErrors(t, update.error, null);
  const changed = values.textAz !== item.text.az || values.textRu !== item.text.ru || values.textEn !== item.text.en || values.active !== item.active || values.position !== item.position;
  return (
    <Paper withBorder p="sm" component="li">
      <Group align="flex-end" gap="xs">
        <NumberInput label={t('shelters.checklist.position')} value={values.position} onChange={(v) => setValues({ ...values, position: typeof v === 'number' ? v : 1 })} min={1} max={1000} w={90} allowDecimal={false} />
        <Stack gap={4} style={{ flex: 1 }}>
          <TextInput size="xs" label={t('shelters.checklist.textAz')} value={values.textAz} onChange={(e) => setValues({ ...values, textAz: e.currentTarget.value })} required error={errors.at('textAz')} />
          <TextInput size="xs" label={t('shelters.checklist.textRu')} value={values.textRu} onChange={(e) => setValues({ ...values, textRu: e.currentTarget.value })} />
          <TextInput size="xs" label={t('shelters.checklist.textEn')} value={values.textEn} onChange={(e) => setValues({ ...values, textEn: e.currentTarget.value })} />
        </Stack>
        <Switch label={t('shelters.checklist.active')} checked={values.active} onChange={(e) => setValues({ ...values, active: e.currentTarget.checked })} />
        <Button
          size="xs"
          disabled={!changed || !values.textAz.trim()}
          loading={update.isPending}
          onClick={() => update.mutate({ id: item.id, ...values }, { onSuccess: () => notifications.show({ color: 'teal', message: t('shelters.checklist.saved') }) })}
        >
          {t('common.save')}
        </Button>
      </Group>
      {update.isError && <ProblemAlert error={update.error} fields={['textAz']} />}
    </Paper>
  );
}

/** The minimum standards shelters are inspected against; kept by the Coordinator's office. */
export function ChecklistPage() {
  const { t } = useTranslation();
  const query = useQuery(checklistQuery);
  const add = useAddChecklistItem();
  const [text, setText] = useState({ textAz: '', textRu: '', textEn: '' });
  return (
    <Stack gap="md" maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to="/shelters" size="sm">
          {t('shelters.title')}
        </Anchor>
        <Text size="sm">{t('shelters.checklist.title')}</Text>
      </Breadcrumbs>
      <PageHeader title={t('shelters.checklist.title')} />
      <Text size="sm" c="dimmed">
        {t('shelters.checklist.intro')}
      </Text>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton height={200} />}
      <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {query.data?.items.map((item) => <ItemRow key={`${item.id}:${item.position}:${item.active}:${item.text.az}`} item={item} />)}
      </Stack>
      {query.data?.abilities.manage && (
        <Card withBorder>
          <Stack gap="xs">
            <Text fw={600}>{t('shelters.checklist.add')}</Text>
            <TextInput label={t('shelters.checklist.textAz')} value={text.textAz} onChange={(e) => setText({ ...text, textAz: e.currentTarget.value })} required />
            <TextInput label={t('shelters.checklist.textRu')} value={text.textRu} onChange={(e) => setText({ ...text, textRu: e.currentTarget.value })} />
            <TextInput label={t('shelters.checklist.textEn')} value={text.textEn} onChange={(e) => setText({ ...text, textEn: e.currentTarget.value })} />
            <Button
              w="fit-content"
              leftSection={<IconPlus size={16} aria-hidden />}
              disabled={!text.textAz.trim()}
              loading={add.isPending}
              onClick={() =>
                add.mutate(
                  { textAz: text.textAz.trim(), textRu: text.textRu.trim(), textEn: text.textEn.trim() },
                  { onSuccess: () => { setText({ textAz: '', textRu: '', textEn: '' }); notifications.show({ color: 'teal', message: t('shelters.checklist.saved') }); } },
                )
              }
            >
              {t('shelters.checklist.add')}
            </Button>
            {add.isError && <ProblemAlert error={add.error} />}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
