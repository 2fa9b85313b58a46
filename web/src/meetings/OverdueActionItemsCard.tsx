import { Anchor, Badge, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../common/src/dates';
import { useSession } from '../app/session';
import { ProblemAlert } from '../ui/ProblemAlert';
import { runsMeetings } from './access';
import { overdueQuery } from './api';

/**
 * For the Coordinator's office, on the home page: action items past their due date and not done,
 * by body and the longest overdue first. An item leaves the card when its body marks it done.
 */
export function OverdueActionItemsCard() {
  const { user } = useSession();
  if (!runsMeetings(user.role)) return null;
  return <OverdueCard />;
}

function OverdueCard() {
  const { t } = useTranslation();
  const query = useQuery(overdueQuery);
  const data = query.data;
  const title = t('meetings.overdue.title');
  return (
    <Card withBorder padding="md" component="section" aria-label={title} data-testid="overdue-action-items">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <IconClockExclamation size={20} color={data?.total ? 'var(--mantine-color-red-7)' : undefined} aria-hidden />
          <Title order={2} size="h4">
            {title}
          </Title>
          {data && data.total > 0 && (
            <Badge color="red" variant="filled">
              {data.total}
            </Badge>
          )}
        </Group>
        {data && data.total > 0 && (
          <Anchor component={Link} to="/action-items?overdue=true" size="sm">
            {t('meetings.overdue.all')}
          </Anchor>
        )}
      </Group>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {!data && !query.isError && <Skeleton height={60} />}
      {data && data.total === 0 && (
        <Text size="sm" c="dimmed">
          {t('meetings.overdue.none')}
        </Text>
      )}
      {data && data.total > 0 && (
        <Stack gap="sm">
          <Group gap="xs">
            {data.byOrganisation.map((b) => (
              <Anchor key={b.organisation.id} component={Link} to={`/action-items?overdue=true&organisationId=${b.organisation.id}`} title={b.organisation.nameAz}>
                <Badge color="red" variant="light" tt="none" style={{ cursor: 'pointer' }}>
                  {b.organisation.shortName}: {b.count}
                </Badge>
              </Anchor>
            ))}
          </Group>
          <List size="sm" spacing={4}>
            {data.items.map((item) => (
              <List.Item key={item.id}>
                <Text span fw={600}>
                  {item.organisation.shortName}
                </Text>{' '}
                — <span lang="az">{item.task || item.decision.text}</span>{' '}
                <Text span size="xs" c="red.8">
                  ({t('meetings.overdue.due', { date: formatDate(item.dueOn) })})
                </Text>
                <Text size="xs" c="dimmed">
                  {t('meetings.decisions.number', { number: item.decision.number })} ·{' '}
                  <Anchor component={Link} to={`/meetings/${item.meeting.id}`} inherit lang="az">
                    {item.meeting.title}
                  </Anchor>
                  , {formatDate(item.meeting.heldOn)}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Card>
  );
}
