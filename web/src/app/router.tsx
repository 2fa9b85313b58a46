import { createBrowserRouter, RouterProvider } from 'react-router';
import { AccountPage } from '../account/AccountPage';
import { AuditPage } from '../audit/AuditPage';
import { LoginPage } from '../auth/LoginPage';
import { loginPath } from '../auth/next';
import { OrganisationsPage } from '../organisations/OrganisationsPage';
import { ImportPage } from '../plans/ImportPage';
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
import { UsersPage } from '../users/UsersPage';
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
        path: 'audit',
        element: (
          <RequirePermission permission="audit.read">
            <AuditPage />
          </RequirePermission>
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
