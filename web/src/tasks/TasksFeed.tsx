import { Alert, Anchor, Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlarm, IconChecklist, IconInfoCircle } from '@tabler/icons-react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../common/src/dates';
import { api } from '../app/api';
import { codeLabel } from '../cases/codes';
import { referralCode, servicesText } from '../referrals/display';
import { ProblemAlert } from '../ui/ProblemAlert';
import { DateText } from '../ui/DateText';

/** One thing that needs the user now (server/src/tasks/task-provider.ts). */
export interface Task {
  kind: string;
  id: string;
  severity: 'overdue' | 'urgent' | 'normal';
  since: string;
  dueAt: string | null;
  link: string;
  params: Record<string, string | number | boolean | null>;
}

export const tasksQuery = queryOptions({
  queryKey: ['tasks'] as const,
  queryFn: ({ signal }) => api.get<{ items: Task[]; failed: string[]; at: string }>('/api/tasks', signal),
  // Referrals arrive and limits pass while the page is open.
  refetchInterval: 60_000,
});

type Param = Task['params'][string];
const text = (value: Param) => (value === null || value === undefined ? '' : String(value));

/**
 * How a task's params read in the text: codes become their labels. A kind may need its own
 * (another part's `categories`, `channel`); add it here with the kind's translations.
 */
const PARAM_TEXT: Record<string, (t: TFunction, value: Param) => string> = {
  services: (t, value) => servicesText(t, text(value)),
  urgency: (t, value) => referralCode(t, 'urgency', text(value)),
  status: (t, value) => codeLabel(t, 'traffickingStatus', text(value)),
  dueOn: (_t, value) => formatDate(text(value)),
  endsOn: (_t, value) => formatDate(text(value)),
  dueAt: (_t, value) => formatDateTime(text(value)),
};

export function taskText(t: TFunction, task: Task): string {
  const params = Object.fromEntries(Object.entries(task.params).map(([name, value]) => [name, PARAM_TEXT[name]?.(t, value) ?? text(value)]));
  const key = `tasks.kind.${task.kind}`;
  const translated = t(key as never, { ...params, defaultValue: '' } as never) as unknown;
  return typeof translated === 'string' && translated !== '' ? translated : task.kind;
}

const SEVERITY_COLOUR: Record<Task['severity'], string> = { overdue: 'red', urgent: 'orange', normal: 'gray' };

function TaskRow({ task }: { task: Task }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" data-testid={`task-${task.kind}`}>
      {task.severity === 'overdue' ? <IconAlarm size={18} color="var(--mantine-color-red-8)" aria-hidden /> : <IconChecklist size={18} aria-hidden />}
      <Stack gap={0} style={{ flex: 1 }}>
        <Group gap={6} wrap="wrap">
          <Anchor component={Link} to={task.link} size="sm" fw={task.severity === 'normal' ? 500 : 700}>
            {taskText(t, task)}
          </Anchor>
          {task.severity !== 'normal' && (
            <Badge size="xs" color={SEVERITY_COLOUR[task.severity]} variant="light" tt="none">
              {t(`tasks.severity.${task.severity}`)}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('tasks.since')} <DateText value={task.since} withTime />
          {task.dueAt && (
            <>
              {' · '}
              {t(task.severity === 'overdue' ? 'tasks.wasDue' : 'tasks.due')} <DateText value={task.dueAt} withTime />
            </>
          )}
        </Text>
      </Stack>
    </Group>
  );
}

/** The home page's "what needs you now": every task provider's tasks for this user, most pressing first. */
export function TasksFeed() {
  const { t } = useTranslation();
  const query = useQuery(tasksQuery);
  const items = query.data?.items;
  const overdue = items?.filter((task) => task.severity === 'overdue').length ?? 0;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="tasks-title" data-testid="tasks">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="tasks-title">
          {t('tasks.title')}
        </Title>
        {items && items.length > 0 && (
          <Badge color={overdue ? 'red' : 'indigo'} variant="light" tt="none">
            {overdue ? t('tasks.countOverdue', { count: items.length, overdue }) : t('tasks.count', { count: items.length })}
          </Badge>
        )}
      </Group>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {!items && query.isPending && <Skeleton height={60} />}
      {query.data && query.data.failed.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />} mb="sm" p="xs">
          <Text size="sm">{t('tasks.incomplete')}</Text>
        </Alert>
      )}
      {items?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('tasks.none')}
        </Text>
      )}
      {items && items.length > 0 && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('tasks.title')}>
          {items.map((task) => (
            <li key={`${task.kind}:${task.id}`}>
              <TaskRow task={task} />
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
