import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { IconCopy, IconLock, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { CASE_PARTS } from '../../../common/src/case-parts';
import { isApiError } from '../app/api';
import { useCan } from '../app/session';
import { DateText } from '../ui/DateText';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { AccessLogPanel } from './AccessLogPanel';
import { caseQuery, duplicatesQuery } from './api';
import { CaseStatusBadge, PartBadges, TraffickingStatusBadge } from './Badges';
import { codeLabel, codeList } from './codes';
import { ConsentsCard } from './ConsentsCard';
import { DocumentsCard } from './DocumentsCard';
import { DuplicatesPanel } from './DuplicatesPanel';
import { EmergencyAccessButton } from './EmergencyAccessButton';
import { HeaderForm } from './HeaderForm';
import { IdentitySection } from './IdentitySection';
import { InvestigationSection } from './InvestigationSection';
import { IdentificationSection } from '../protection/IdentificationSection';
import { ReflectionSection } from '../protection/ReflectionSection';
import { ChildProtectionSection } from '../children/ChildProtectionSection';
import { Facts } from './layout';
import type { CreatedState } from './NewCasePage';
import { ReferralsPanel } from './ReferralsPanel';
import { TimelinePanel } from './timeline/TimelinePanel';
import { NotesSection, ServicesSection } from './ServicesSection';
import { PlacementsSection } from '../shelters/PlacementsSection';
import { CareSection } from '../care/CareSection';
import { CompensationSection } from '../compensation/CompensationSection';
import { RepatriationSection } from '../repatriation/RepatriationSection';
import type { CaseDetail } from './types';
import { VictimSection } from './VictimSection';
import { CaseHotlineContacts } from '../hotline/CaseHotlineContacts';

const TABS = ['record', 'timeline', 'referrals', 'duplicates', 'log'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => (TABS as readonly (string | null)[]).includes(value);

/** Told once, right after the case was recorded; with a way to the possible duplicates. */
function CreatedNotice({ detail, created }: { detail: CaseDetail; created: CreatedState['created'] }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (created.duplicates > 0) {
    return (
      <Alert color="orange" variant="light" icon={<IconCopy aria-hidden />} title={t('cases.created.duplicatesTitle')} role="alert" data-testid="created-duplicates">
        <Text size="sm">{t('cases.created.duplicates', { reference: created.reference, count: created.duplicates })}</Text>
        {detail.abilities.findDuplicates && (
          <Anchor component={Link} to="?tab=duplicates" replace state={location.state} size="sm" fw={600}>
            {t('cases.created.reviewDuplicates')}
          </Anchor>
        )}
      </Alert>
    );
  }
  return (
    <Alert color="teal" variant="light" role="status">
      <Text size="sm">{t('cases.created.saved', { reference: created.reference })}</Text>
    </Alert>
  );
}

function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const hiddenParts = CASE_PARTS.filter((part) => !detail.parts.includes(part));
  const closed = detail.status === 'closed' || detail.status === 'closed_referred';
  return (
    <Stack gap="sm">
      <Facts
        cols={4}
        items={[
          { term: t('cases.field.status'), value: <CaseStatusBadge status={detail.status} /> },
          { term: t('cases.field.traffickingStatus'), value: <TraffickingStatusBadge status={detail.traffickingStatus} /> },
          { term: t('cases.field.owner'), value: <span title={detail.owner.nameAz}>{detail.owner.shortName}</span> },
          { term: t('cases.field.channel'), value: codeLabel(t, 'channel', detail.identificationChannel) },
          { term: t('cases.field.firstContactOn'), value: <DateText value={detail.firstContactOn} /> },
          { term: t('cases.field.createdAt'), value: <DateText value={detail.createdAt} withTime /> },
          { term: t('cases.field.updatedAt'), value: <DateText value={detail.updatedAt} withTime /> },
          ...(closed ? [{ term: t('cases.field.closureReason'), value: detail.closureReason }] : []),
        ]}
      />
      <Group gap="xs" align="center" data-testid="visible-parts">
        <Text size="sm" fw={600}>
          {t('cases.parts.youSee')}
        </Text>
        <PartBadges parts={detail.parts} />
        {hiddenParts.length > 0 && (
          <Text size="xs" c="dimmed">
            <IconLock size={12} aria-hidden /> {t('cases.parts.notShown', { parts: codeList(t, 'part', hiddenParts) })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

/** One case: only the parts the caller sees, and what the caller may do with them. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const canEmergency = useCan('cases.emergency');
  const query = useQuery(caseQuery(id));
  const detail = query.data;
  const duplicates = useQuery({ ...duplicatesQuery(id), enabled: !!detail?.abilities.findDuplicates });
  const [editingHeader, setEditingHeader] = useState(false);
  const created = (location.state as CreatedState | null)?.created;

  const tabParam = params.get('tab');
  const available: Tab[] = ['record', 'timeline', 'referrals', ...(detail?.abilities.findDuplicates ? (['duplicates'] as const) : []), ...(detail?.abilities.viewAccessLog ? (['log'] as const) : [])];
  const tab: Tab = isTab(tabParam) && available.includes(tabParam) ? tabParam : 'record';
  const selectTab = (value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value && value !== 'record') next.set('tab', value);
        else next.delete('tab');
        return next;
      },
      { replace: true, state: location.state },
    );

  if (query.isError && !detail) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 403)) {
      return (
        <EmptyState
          icon={<IconLock aria-hidden />}
          title={t('cases.page.notAvailable')}
          description={t('cases.page.notAvailableHint')}
          action={
            <Button component={Link} to="/cases" variant="default">
              {t('cases.list.title')}
            </Button>
          }
        />
      );
    }
    return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  }

  const name = detail?.identity?.names[0];
  const duplicateCount = duplicates.data?.candidates.length;
  const openReferrals = detail?.referrals.filter((r) => r.status === 'sent' || r.status === 'accepted').length ?? 0;

  return (
    <Stack gap="md" maw={1280}>
      <Breadcrumbs>
        <Anchor component={Link} to="/cases" size="sm">
          {t('nav.cases')}
        </Anchor>
        <Text size="sm">{detail?.reference ?? t('common.loading')}</Text>
      </Breadcrumbs>
      {detail ? (
        <PageHeader
          title={name ? `${detail.reference} — ${name}` : detail.reference}
          actions={
            <>
              {detail.abilities.editHeader && (
                <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditingHeader(true)}>
                  {t('cases.header.edit')}
                </Button>
              )}
              {canEmergency && detail.parts.length < CASE_PARTS.length && <EmergencyAccessButton caseId={detail.id} reference={detail.reference} />}
            </>
          }
        />
      ) : (
        <Skeleton height={32} width="50%" />
      )}
      {detail && created && <CreatedNotice detail={detail} created={created} />}
      {detail ? <CaseFacts detail={detail} /> : <Skeleton height={90} />}
      {detail && (
        <Tabs value={tab} onChange={selectTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="record">{t('cases.tabs.record')}</Tabs.Tab>
            <Tabs.Tab value="timeline">{t('timeline.tab')}</Tabs.Tab>
            <Tabs.Tab value="referrals" rightSection={openReferrals > 0 ? <Badge size="xs" variant="light">{openReferrals}</Badge> : undefined}>
              {t('cases.tabs.referrals')}
            </Tabs.Tab>
            {detail.abilities.findDuplicates && (
              <Tabs.Tab value="duplicates" rightSection={duplicateCount ? <Badge size="xs" color="orange" variant="light">{duplicateCount}</Badge> : undefined}>
                {t('cases.tabs.duplicates')}
              </Tabs.Tab>
            )}
            {detail.abilities.viewAccessLog && <Tabs.Tab value="log">{t('cases.tabs.log')}</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="record" pt="md">
            <Stack gap="md">
              {detail.identity && <IdentitySection detail={detail} identity={detail.identity} />}
              {detail.victim && <VictimSection detail={detail} victim={detail.victim} />}
              <IdentificationSection detail={detail} />
              <ReflectionSection detail={detail} />
              {detail.services && <ServicesSection detail={detail} services={detail.services} />}
              <PlacementsSection detail={detail} />
              <CareSection detail={detail} />
              <ChildProtectionSection detail={detail} />
              {detail.safety && <NotesSection detail={detail} part="safety" notes={detail.safety.notes} />}
              <RepatriationSection detail={detail} />
              {detail.investigation && <InvestigationSection detail={detail} investigation={detail.investigation} />}
              <CompensationSection detail={detail} />
              {detail.hotline && <NotesSection detail={detail} part="hotline" notes={detail.hotline.notes} />}
              <ConsentsCard detail={detail} />
              <CaseHotlineContacts caseId={detail.id} />
              <DocumentsCard detail={detail} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="timeline" pt="md">
            <TimelinePanel caseId={detail.id} />
          </Tabs.Panel>
          <Tabs.Panel value="referrals" pt="md">
            <ReferralsPanel detail={detail} />
          </Tabs.Panel>
          {detail.abilities.findDuplicates && (
            <Tabs.Panel value="duplicates" pt="md">
              <DuplicatesPanel detail={detail} />
            </Tabs.Panel>
          )}
          {detail.abilities.viewAccessLog && (
            <Tabs.Panel value="log" pt="md">
              <AccessLogPanel caseId={detail.id} />
            </Tabs.Panel>
          )}
        </Tabs>
      )}
      {detail && editingHeader && <HeaderForm detail={detail} opened onClose={() => setEditingHeader(false)} />}
    </Stack>
  );
}
