import { createBrowserRouter, RouterProvider } from 'react-router';
import { AccountPage } from '../account/AccountPage';
import { AuditPage } from '../audit/AuditPage';
import { AccessRequestsPage } from '../cases/AccessRequestsPage';
import { CasePage } from '../cases/CasePage';
import { ChecklistPage } from '../shelters/ChecklistPage';
import { ShelterPage } from '../shelters/ShelterPage';
import { SheltersPage } from '../shelters/SheltersPage';
import { CaseSearchPage } from '../cases/CaseSearchPage';
import { CasesPage } from '../cases/CasesPage';
import { NewCasePage } from '../cases/NewCasePage';
import { ContactPage } from '../hotline/ContactPage';
import { HandoverPage } from '../hotline/HandoverPage';
import { HotlineConsolePage } from '../hotline/HotlineConsolePage';
import { MetricsPage as HotlineMetricsPage } from '../hotline/MetricsPage';
import { RequireHotlineOperator } from '../hotline/RequireHotlineOperator';
import { DonorPage } from '../donors/DonorPage';
import { DonorsPage } from '../donors/DonorsPage';
import { ResourcesPage } from '../donors/ResourcesPage';
import { EventPage } from '../events/EventPage';
import { EventsPage } from '../events/EventsPage';
import { ComparePage } from '../indicators/ComparePage';
import { CyclePage } from '../indicators/CyclePage';
import { CyclesPage } from '../indicators/CyclesPage';
import { DraftPage } from '../indicators/DraftPage';
import { DraftsPage, NewDraftPage } from '../indicators/DraftsPage';
import { FrameworkPage } from '../indicators/FrameworkPage';
import { RecommendationsPage } from '../indicators/RecommendationsPage';
import { LoginPage } from '../auth/LoginPage';
import { loginPath } from '../auth/next';
import { OrganisationsPage } from '../organisations/OrganisationsPage';
import { ImportPage } from '../plans/ImportPage';
import { ActionItemsPage } from '../meetings/ActionItemsPage';
import { MeetingPage } from '../meetings/MeetingPage';
import { MeetingsPage } from '../meetings/MeetingsPage';
import { RequireMeetings } from '../meetings/RequireMeetings';
import { MeasurePage } from '../plans/MeasurePage';
import { MyMeasuresPage } from '../plans/MyMeasuresPage';
import { PlanPage } from '../plans/PlanPage';
import { PlansPage } from '../plans/PlansPage';
import { UnmatchedNamesPage } from '../plans/UnmatchedNamesPage';
import { EntryPage } from '../reports/EntryPage';
import { PeriodPage } from '../reports/PeriodPage';
import { ReportImportPage } from '../reports/ReportImportPage';
import { ReportSearchPage } from '../reports/ReportSearchPage';
import { ReportsPage } from '../reports/ReportsPage';
import { ReferralsInboxPage } from '../referrals/ReferralsInboxPage';
import { StatisticsPage } from '../statistics/StatisticsPage';
import { UsersPage } from '../users/UsersPage';
import { ChecklistsPage as IdentificationChecklistsPage } from '../protection/ChecklistsPage';
import { onUnauthorized } from './api';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { RequirePermission } from './RequirePermission';
import { RouteError } from './RouteError';
import { SessionGate } from './SessionGate';
import { Shell } from './Shell';

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
  {
    path: '/',
    element: (
      <SessionGate>
        <Shell />
      </SessionGate>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'organisations',
        element: (
          <RequirePermission permission="organisations.read">
            <OrganisationsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'users',
        element: (
          <RequirePermission permission="users.read">
            <UsersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'plans',
        element: (
          <RequirePermission permission="plans.read">
            <PlansPage />
          </RequirePermission>
        ),
      },
      {
        path: 'plans/import',
        element: (
          <RequirePermission permission="plans.import">
            <ImportPage />
          </RequirePermission>
        ),
      },
      {
        path: 'plans/unmatched-names',
        element: (
          <RequirePermission permission="organisations.manage">
            <UnmatchedNamesPage />
          </RequirePermission>
        ),
      },
      {
        path: 'plans/:id',
        element: (
          <RequirePermission permission="plans.read">
            <PlanPage />
          </RequirePermission>
        ),
      },
      {
        path: 'measures/:id',
        element: (
          <RequirePermission permission="plans.read">
            <MeasurePage />
          </RequirePermission>
        ),
      },
      {
        path: 'my-measures',
        element: (
          <RequirePermission permission="plans.read">
            <MyMeasuresPage />
          </RequirePermission>
        ),
      },
      {
        path: 'statistics',
        element: (
          <RequirePermission permission="statistics.read">
            <StatisticsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'meetings',
        element: (
          <RequireMeetings>
            <MeetingsPage />
          </RequireMeetings>
        ),
      },
      {
        path: 'meetings/:id',
        element: (
          <RequireMeetings>
            <MeetingPage />
          </RequireMeetings>
        ),
      },
      {
        path: 'action-items',
        element: (
          <RequireMeetings>
            <ActionItemsPage />
          </RequireMeetings>
        ),
      },
      {
        path: 'events',
        element: (
          <RequirePermission permission="plans.read">
            <EventsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'events/:id',
        element: (
          <RequirePermission permission="plans.read">
            <EventPage />
          </RequirePermission>
        ),
      },
      {
        path: 'resources',
        element: (
          <RequirePermission permission="reports.read">
            <ResourcesPage />
          </RequirePermission>
        ),
      },
      {
        path: 'donors',
        element: (
          <RequirePermission permission="reports.read">
            <DonorsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'donors/:id',
        element: (
          <RequirePermission permission="reports.read">
            <DonorPage />
          </RequirePermission>
        ),
      },
      {
        path: 'reports',
        element: (
          <RequirePermission permission="reports.read">
            <ReportsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'reports/search',
        element: (
          <RequirePermission permission="reports.read">
            <ReportSearchPage />
          </RequirePermission>
        ),
      },
      {
        path: 'reports/:periodId',
        element: (
          <RequirePermission permission="reports.read">
            <PeriodPage />
          </RequirePermission>
        ),
      },
      {
        path: 'reports/:periodId/import',
        element: (
          <RequirePermission permission="reports.write">
            <ReportImportPage />
          </RequirePermission>
        ),
      },
      {
        path: 'report-entries/:id',
        element: (
          <RequirePermission permission="reports.read">
            <EntryPage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases',
        element: (
          <RequirePermission permission="cases.read">
            <CasesPage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases/new',
        element: (
          <RequirePermission permission="cases.create">
            <NewCasePage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases/search',
        element: (
          <RequirePermission permission="cases.search">
            <CaseSearchPage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases/access',
        element: (
          <RequirePermission permission="cases.read">
            <AccessRequestsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'referrals',
        element: (
          <RequirePermission permission="cases.read">
            <ReferralsInboxPage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases/:id',
        element: (
          <RequirePermission permission="cases.read">
            <CasePage />
          </RequirePermission>
        ),
      },
      {
        path: 'indicators',
        children: [
          { index: true, element: <CyclesPage /> },
          { path: 'compare', element: <ComparePage /> },
          { path: 'framework', element: <FrameworkPage /> },
          { path: 'recommendations', element: <RecommendationsPage /> },
          { path: 'drafts', element: <DraftsPage /> },
          { path: 'drafts/new', element: <NewDraftPage /> },
          { path: 'drafts/:id', element: <DraftPage /> },
          { path: 'cycles/:id', element: <CyclePage /> },
        ],
      },
      {
        path: 'shelters',
        element: (
          <RequirePermission permission="shelters.read">
            <SheltersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'identification-checklists',
        element: (
          <RequirePermission permission="cases.emergency">
            <IdentificationChecklistsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'shelters/checklist',
        element: (
          <RequirePermission permission="shelters.manage">
            <ChecklistPage />
          </RequirePermission>
        ),
      },
      {
        path: 'shelters/:id',
        element: (
          <RequirePermission permission="shelters.read">
            <ShelterPage />
          </RequirePermission>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequirePermission permission="audit.read">
            <AuditPage />
          </RequirePermission>
        ),
      },
      {
        path: 'hotline',
        element: (
          <RequireHotlineOperator>
            <HotlineConsolePage />
          </RequireHotlineOperator>
        ),
      },
      {
        path: 'hotline/contacts/:id',
        element: (
          <RequirePermission permission="cases.read">
            <ContactPage />
          </RequirePermission>
        ),
      },
      {
        path: 'hotline/handover',
        element: (
          <RequireHotlineOperator>
            <HandoverPage />
          </RequireHotlineOperator>
        ),
      },
      {
        path: 'hotline/metrics',
        element: (
          <RequireHotlineOperator>
            <HotlineMetricsPage />
          </RequireHotlineOperator>
        ),
      },
      { path: 'account', element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

// Any 401 outside the login flow: the session is gone; sign in again and come back here.
onUnauthorized(() => {
  const { pathname, search } = router.state.location;
  if (pathname === '/login') return;
  void router.navigate(loginPath(pathname + search), { replace: true });
});

export function AppRouter() {
  return <RouterProvider router={router} />;
}
