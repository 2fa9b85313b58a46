import { ActionIcon, Anchor, Badge, Breadcrumbs, Button, Card, Group, List, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileText, IconListNumbers, IconPencil, IconPlus, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { organisationName } from '../organisations/names';
import { trimCode } from '../plans/format';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { meetingQuery, minutesUrl, useDeleteDecision, useDeleteMeeting } from './api';
import { ActionItemForm } from './ActionItemForm';
import { ActionItemsTable } from './ActionItemsTable';
import { AgendaForm } from './AgendaForm';
import { StandingBadge } from './Badges';
import { DecisionForm } from './DecisionForm';
import { meetingWhen, safeLink } from './format';
import { MeetingForm } from './MeetingForm';
import { MinutesEditor } from './MinutesEditor';
import { ParticipantsForm } from './ParticipantsForm';
import type { Decision, Meeting } from './types';

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

function Facts({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const link = safeLink(meeting.onlineUrl);
  return (
    <Card withBorder padding="md">
      <Stack gap={6}>
        <Text size="sm">
          <Text span fw={600}>
            {t('meetings.kind.label')}:
          </Text>{' '}
          {t(`meetings.kind.${meeting.kind}`)}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('meetings.column.when')}:
          </Text>{' '}
          <time dateTime={meeting.heldOn}>{meetingWhen(meeting)}</time>
        </Text>
        {meeting.place && (
          <Text size="sm">
            <Text span fw={600}>
              {t('meetings.field.place')}:
            </Text>{' '}
            <span lang="az">{meeting.place}</span>
          </Text>
        )}
        {link && (
          <Text size="sm">
            <Text span fw={600}>
              {t('meetings.field.onlineUrl')}:
            </Text>{' '}
            <Anchor href={link} target="_blank" rel="noopener noreferrer">
              {link}
            </Anchor>
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function Participants({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm">
      {meeting.bodies.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meetings.participants.noneBodies')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meetings.participants.body')}</Table.Th>
              <Table.Th>{t('meetings.standing.label')}</Table.Th>
              <Table.Th>{t('meetings.participants.attendance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meeting.bodies.map((b) => (
              <Table.Tr key={b.organisation.id}>
                <Table.Td>
                  {organisationName(b.organisation, i18n.language)} ({b.organisation.shortName})
                </Table.Td>
                <Table.Td>
                  <StandingBadge standing={b.standing} />
                </Table.Td>
                <Table.Td>
                  <Badge color={b.present ? 'teal' : 'gray'} variant={b.present ? 'light' : 'outline'} tt="none">
                    {b.present ? t('meetings.participants.presentBadge') : t('meetings.participants.absent')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {meeting.persons.length > 0 && (
        <div>
          <Title order={3} size="h5" mb={4}>
            {t('meetings.participants.persons')}
          </Title>
          <List size="sm" spacing={2}>
            {meeting.persons.map((p, i) => (
              <List.Item key={i}>
                <span lang="az">{p.name}</span>
                {p.organisation && ` — ${p.organisation.shortName}`}
                {!p.present && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t('meetings.participants.absent')})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}

function Agenda({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  if (meeting.agenda.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('meetings.agenda.none')}
      </Text>
    );
  }
  return (
    <List type="ordered" spacing="xs" size="sm">
      {meeting.agenda.map((item) => (
        <List.Item key={item.id}>
          <span lang="az">{item.title}</span>
          {item.measures.length > 0 && (
            <Group gap={4} mt={2}>
              {item.measures.map((m) => (
                <Tooltip key={m.id} label={m.text} multiline w={420}>
                  <Anchor component={Link} to={`/measures/${m.id}`} size="xs">
                    <Badge variant="outline" tt="none" style={{ cursor: 'pointer' }}>
                      {trimCode(m.code)}
                    </Badge>
                  </Anchor>
                </Tooltip>
              ))}
            </Group>
          )}
        </List.Item>
      ))}
    </List>
  );
}

function DecisionBlock({ meeting, decision }: { meeting: Meeting; decision: Decision }) {
  const { t } = useTranslation();
  const [editing, edit] = useDisclosure(false);
  const [adding, add] = useDisclosure(false);
  const [deleting, remove] = useDisclosure(false);
  const del = useDeleteDecision();
  const item = decision.agendaItemId ? meeting.agenda.findIndex((a) => a.id === decision.agendaItemId) + 1 : 0;
  const heading = t('meetings.decisions.number', { number: decision.number });
  return (
    <Stack gap="xs" component="article" aria-label={heading}>
      <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
        <div>
          <Title order={3} size="h5">
            {heading}
            {item > 0 && (
              <Text span size="sm" c="dimmed" fw={400}>
                {' '}
                · {t('meetings.decisions.onItem', { n: item })}
              </Text>
            )}
          </Title>
          <Text size="sm" lang="az" style={{ whiteSpace: 'pre-line' }}>
            {decision.text}
          </Text>
        </div>
        {meeting.abilities.decide && (
          <Group gap={4} wrap="nowrap">
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={add.open} aria-label={t('meetings.actionItems.addFor', { number: decision.number })}>
              {t('meetings.actionItems.add')}
            </Button>
            <ActionIcon variant="subtle" aria-label={t('meetings.decisions.editN', { number: decision.number })} onClick={edit.open}>
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={t('meetings.decisions.deleteN', { number: decision.number })} onClick={remove.open}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        )}
      </Group>
      {decision.actionItems.length > 0 && (
        <ActionItemsTable caption={t('meetings.actionItems.ofDecision', { number: decision.number })} rows={decision.actionItems} loading={false} error={null} emptyTitle={t('meetings.actionItems.none')} />
      )}
      {editing && <DecisionForm meeting={meeting} decision={decision} opened onClose={edit.close} />}
      {adding && <ActionItemForm decision={decision} opened onClose={add.close} />}
      <ConfirmDialog opened={deleting} onClose={remove.close} title={t('meetings.decisions.deleteTitle')} confirmLabel={t('common.delete')} danger onConfirm={() => del.mutateAsync(decision.id)}>
        <Text size="sm">{t('meetings.decisions.deleteMessage', { number: decision.number })}</Text>
      </ConfirmDialog>
    </Stack>
  );
}

function MeetingBody({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [participants, editParticipants] = useDisclosure(false);
  const [agenda, editAgenda] = useDisclosure(false);
  const [deciding, decide] = useDisclosure(false);
  const editButton = (label: string, icon: ReactNode, open: () => void) =>
    meeting.abilities.edit && (
      <Button size="xs" variant="default" leftSection={icon} onClick={open}>
        {label}
      </Button>
    );
  return (
    <Stack gap="md">
      <Facts meeting={meeting} />
      <Section title={t('meetings.participants.title')} action={editButton(t('meetings.participants.edit'), <IconUsersGroup size={14} aria-hidden />, editParticipants.open)}>
        <Participants meeting={meeting} />
      </Section>
      <Section title={t('meetings.agenda.title')} action={editButton(t('meetings.agenda.edit'), <IconListNumbers size={14} aria-hidden />, editAgenda.open)}>
        <Agenda meeting={meeting} />
      </Section>
      <Section title={t('meetings.minutes.title')}>
        <MinutesEditor key={meeting.id} meeting={meeting} />
      </Section>
      <Section
        title={t('meetings.decisions.title')}
        action={
          meeting.abilities.decide && (
            <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={decide.open}>
              {t('meetings.decisions.add')}
            </Button>
          )
        }
      >
        {meeting.decisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('meetings.decisions.none')}
          </Text>
        ) : (
          <Stack gap="lg">
            {meeting.decisions.map((d) => (
              <DecisionBlock key={d.id} meeting={meeting} decision={d} />
            ))}
          </Stack>
        )}
      </Section>
      {participants && <ParticipantsForm meeting={meeting} opened onClose={editParticipants.close} />}
      {agenda && <AgendaForm meeting={meeting} opened onClose={editAgenda.close} />}
      {deciding && <DecisionForm meeting={meeting} opened onClose={decide.close} />}
    </Stack>
  );
}

/** One meeting: details, who was invited and came, the agenda, the minutes, the decisions and their action items. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(meetingQuery(id));
  const [editing, { open, close }] = useDisclosure(false);
  const del = useDeleteMeeting();
  const meeting = query.data;

  if (query.isError && !meeting) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <Stack gap="md" maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to="/meetings" size="sm">
          {t('meetings.title')}
        </Anchor>
        <Text size="sm">{meeting ? meetingWhen(meeting) : t('common.loading')}</Text>
      </Breadcrumbs>
      {meeting ? (
        <PageHeader
          title={meeting.title}
          actions={
            <>
              {meeting.abilities.exportMinutes && (
                <Button component="a" href={minutesUrl(meeting.id)} download variant="default" leftSection={<IconFileText size={16} aria-hidden />}>
                  {t('meetings.download')}
                </Button>
              )}
              {meeting.abilities.edit && (
                <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={open}>
                  {t('meetings.editTitle')}
                </Button>
              )}
              {meeting.abilities.delete && (
                <ConfirmButton
                  label={t('common.delete')}
                  title={t('meetings.deleteTitle')}
                  confirmLabel={t('common.delete')}
                  danger
                  onConfirm={() =>
                    del.mutateAsync(meeting.id).then(() => {
                      notifications.show({ color: 'teal', message: t('meetings.deleted') });
                      void navigate('/meetings');
                    })
                  }
                >
                  <Text size="sm">{t('meetings.deleteMessage', { title: meeting.title })}</Text>
                </ConfirmButton>
              )}
            </>
          }
        />
      ) : (
        <Skeleton height={32} width="50%" />
      )}
      {meeting ? <MeetingBody meeting={meeting} /> : <Skeleton height={300} />}
      {meeting && editing && <MeetingForm key={meeting.revision} meeting={meeting} opened onClose={close} />}
    </Stack>
  );
}
