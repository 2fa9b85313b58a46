import { Alert, Anchor, Breadcrumbs, Button, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../app/api';
import { codeLabel } from '../cases/codes';
import { DateText } from '../ui/DateText';
import { EmptyState } from '../ui/EmptyState';
import { ProblemAlert } from '../ui/ProblemAlert';
import { usePageTitle } from '../ui/usePageTitle';
import { consoleQuery, contactQuery } from './api';
import { CallbackDialog } from './CallbackDialog';
import { CallbackList } from './CallbackList';
import { ContactForm, valuesOf, type SavedContact } from './ContactForm';
import { ReferContactDialog } from './ReferContactDialog';
import { useIsHotlineOperator } from './RequireHotlineOperator';
import type { ContactDetail, ReferralResult } from './types';

interface ContactPageState {
  created?: string;
  next?: 'refer' | 'callback' | null;
}

function Referrals({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  if (contact.referrals.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('hotline.referrals.none')}
      </Text>
    );
  }
  return (
    <Table fz="sm" verticalSpacing={6} aria-label={t('hotline.referrals.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('hotline.referrals.at')}</Table.Th>
          <Table.Th>{t('hotline.referrals.to')}</Table.Th>
          <Table.Th>{t('hotline.field.case')}</Table.Th>
          <Table.Th>{t('hotline.referrals.status')}</Table.Th>
          <Table.Th>{t('hotline.referrals.by')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contact.referrals.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>
              <DateText value={r.createdAt} withTime />
            </Table.Td>
            <Table.Td>{r.toOrg}</Table.Td>
            <Table.Td>
              {r.case ? (
                <Anchor component={Link} to={`/cases/${r.case.id}`} size="sm" ff="monospace">
                  {r.case.reference}
                </Anchor>
              ) : (
                '—'
              )}
            </Table.Td>
            <Table.Td>{codeLabel(t, 'referral', r.status)}</Table.Td>
            <Table.Td>{r.by}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One contact: the form (read-only for those who only see it through a case), its referrals and callbacks. */
export function ContactPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const state = (location.state as ContactPageState | null) ?? {};
  const operator = useIsHotlineOperator();
  const query = useQuery(contactQuery(id));
  const info = useQuery({ ...consoleQuery, enabled: operator });
  const contact = query.data;
  const [referring, setReferring] = useState<SavedContact | null>(null);
  const [callbackFor, setCallbackFor] = useState<SavedContact | null>(null);
  const [referred, setReferred] = useState<{ result: ReferralResult; to: string } | null>(null);
  const [message, setMessage] = useState('');
  const nextDone = useRef(false);
  usePageTitle(contact ? contact.reference : t('hotline.contact.title'));

  const announce = useCallback((text: string) => {
    setMessage('');
    window.setTimeout(() => setMessage(text), 50);
  }, []);

  // "Refer" or "Callback" pressed on a contact not yet saved: saved, now the next step opens.
  useEffect(() => {
    if (!contact || nextDone.current || !state.next || !contact.abilities.edit) return;
    nextDone.current = true;
    const saved = { id: contact.id, reference: contact.reference, revision: contact.revision, values: valuesOf(contact, i18n.language) };
    if (state.next === 'refer' && contact.abilities.refer) setReferring(saved);
    if (state.next === 'callback') setCallbackFor(saved);
  }, [contact, state.next, i18n.language]);

  if (query.isError && !contact) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 403)) {
      return <EmptyState icon={<IconLock aria-hidden />} title={t('hotline.contact.notAvailable')} description={t('hotline.contact.notAvailableHint')} />;
    }
    return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  }

  return (
    <Stack gap="md" maw={1280}>
      <Breadcrumbs>
        {operator ? (
          <Anchor component={Link} to="/hotline" size="sm">
            {t('hotline.console.title')}
          </Anchor>
        ) : (
          <Text size="sm">{t('hotline.nav.group')}</Text>
        )}
        <Text size="sm">{contact?.reference ?? t('common.loading')}</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">
        {contact ? t('hotline.contact.heading', { reference: contact.reference }) : t('hotline.contact.title')}
      </Title>
      <div role="status" aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}>
        {message}
      </div>
      {state.created && !referred && (
        <Alert color="teal" variant="light" role="status">
          {t('hotline.form.savedNew', { reference: state.created })}
        </Alert>
      )}
      {referred && (
        <Alert color="teal" variant="light" role="status" data-testid="referral-sent" title={t('hotline.refer.doneTitle')}>
          <Text size="sm">
            {t(referred.result.createdCase ? 'hotline.refer.doneNewCase' : 'hotline.refer.doneCase', { body: referred.to, reference: referred.result.caseReference })}{' '}
            <Anchor component={Link} to={`/cases/${referred.result.caseId}`} fw={600}>
              {t('hotline.refer.openCase', { reference: referred.result.caseReference })}
            </Anchor>
          </Text>
        </Alert>
      )}
      {!contact ? (
        <Skeleton height={420} />
      ) : (
        <>
          <ContactForm
            key={`${contact.id}:${contact.revision}`}
            contact={contact}
            startedAt={contact.startedAt}
            announce={announce}
            onRefer={(saved) => setReferring(saved)}
            onCallback={(saved) => setCallbackFor(saved)}
          />
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="contact-referrals">
            <Title order={2} size="h4" id="contact-referrals" mb="sm">
              {t('hotline.referrals.title')}
            </Title>
            <Referrals contact={contact} />
          </Paper>
          {contact.abilities.addCallback && (
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="contact-callbacks">
              <Title order={2} size="h4" id="contact-callbacks" mb="sm">
                {t('hotline.callback.ofContact')}
              </Title>
              <CallbackList items={contact.callbacks} caption={t('hotline.callback.ofContact')} showContact={false} />
              <Button
                mt="sm"
                size="xs"
                variant="default"
                onClick={() => setCallbackFor({ id: contact.id, reference: contact.reference, revision: contact.revision, values: valuesOf(contact, i18n.language) })}
              >
                {t('hotline.form.callback')}
              </Button>
            </Paper>
          )}
        </>
      )}
      {referring && contact && info.data && (
        <ReferContactDialog
          saved={referring}
          targets={info.data.targets}
          hasCase={referring.values.linkedCase !== null}
          onClose={() => setReferring(null)}
          onReferred={(result, target) => {
            setReferring(null);
            setReferred({ result, to: target.shortName });
            notifications.show({ color: 'teal', message: t('hotline.refer.doneCase', { body: target.shortName, reference: result.caseReference }) });
            announce(t('hotline.refer.doneCase', { body: target.shortName, reference: result.caseReference }));
          }}
        />
      )}
      {callbackFor && (
        <CallbackDialog contactId={callbackFor.id} reference={callbackFor.reference} operators={info.data?.operators ?? []} onClose={() => setCallbackFor(null)} />
      )}
    </Stack>
  );
}
