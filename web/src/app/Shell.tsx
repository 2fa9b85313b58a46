import { Anchor, AppShell, Badge, Burger, Group, Menu, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconArrowsExchange,
  IconBuilding,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChartBar,
  IconChecklist,
  IconClipboardList,
  IconChevronDown,
  IconCoins,
  IconDatabaseSearch,
  IconFolders,
  IconGift,
  IconHeartHandshake,
  IconHistory,
  IconHome,
  IconKey,
  IconListDetails,
  IconReportAnalytics,
  IconTargetArrow,
  IconLogout,
  IconLogout2,
  IconUser,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import type { Permission } from '../../../common/src/roles';
import { MustChangePasswordPage } from '../account/MustChangePasswordPage';
import { useLogout } from '../auth/useLogout';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { NotificationBell } from '../notifications/NotificationBell';
import { meetingsNav } from '../meetings/nav';
import { hotlineNav } from '../hotline/nav';
import { HotlineHotkey } from '../hotline/shortcut';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { toProblem } from '../ui/problem';
import { useSession } from './session';
import classes from './Shell.module.css';

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  permission?: Permission;
  /** A group: its entries are shown under it. */
  children?: NavItem[];
  /** Paths (besides its own) where the entry is the current one. */
  match?: RegExp;
}

function AccountMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  const logout = useLogout();
  const [confirming, { open, close }] = useDisclosure(false);

  const logoutHere = () =>
    logout(false).catch((e: unknown) => notifications.show({ color: 'red', message: toProblem(e).detail ?? t('problem.title') }));

  return (
    <>
      <Menu position="bottom-end" width={240}>
        <Menu.Target>
          <UnstyledButton aria-label={t('nav.accountMenu', { name: user.fullName })} className={classes.accountButton}>
            <Group gap={6} wrap="nowrap">
              <IconUser size={18} aria-hidden />
              <Text size="sm" fw={600} visibleFrom="sm" component="span">
                {user.fullName}
              </Text>
              <IconChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component={Link} to="/account" leftSection={<IconUser size={16} aria-hidden />}>
            {t('nav.account')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void logoutHere()}>
            {t('nav.logout')}
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconLogout2 size={16} aria-hidden />} onClick={open}>
            {t('nav.logoutEverywhere')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmDialog
        opened={confirming}
        onClose={close}
        title={t('logout.everywhereTitle')}
        confirmLabel={t('nav.logoutEverywhere')}
        danger
        onConfirm={() => logout(true)}
      >
        <Text size="sm">{t('logout.everywhereMessage')}</Text>
      </ConfirmDialog>
    </>
  );
}

export function Shell() {
  const { t } = useTranslation();
  const session = useSession();
  const { user, permissions } = session;
  const { pathname } = useLocation();
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const restricted = user.mustChangePassword;

  const items: NavItem[] = [
    { to: '/', label: t('nav.home'), icon: <IconHome size={18} aria-hidden /> },
    { to: '/plans', label: t('nav.plans'), icon: <IconListDetails size={18} aria-hidden />, permission: 'plans.read' },
    { to: '/my-measures', label: t('nav.myMeasures'), icon: <IconChecklist size={18} aria-hidden />, permission: 'plans.read' },
    { to: '/reports', label: t('nav.reports'), icon: <IconReportAnalytics size={18} aria-hidden />, permission: 'reports.read' },
    ...meetingsNav(t, user.role),
    { to: '/events', label: t('nav.events'), icon: <IconCalendarEvent size={18} aria-hidden />, permission: 'plans.read' },
    {
      to: '/resources',
      label: t('nav.resources'),
      icon: <IconCoins size={18} aria-hidden />,
      permission: 'reports.read',
      children: [
        { to: '/resources', label: t('nav.needsOffers'), icon: <IconCoins size={16} aria-hidden />, permission: 'reports.read' },
        { to: '/donors', label: t('nav.donors'), icon: <IconGift size={16} aria-hidden />, permission: 'reports.read', match: /^\/donors\/[0-9a-f-]{36}$/ },
      ],
    },
    {
      to: '/cases',
      label: t('nav.cases'),
      icon: <IconHeartHandshake size={18} aria-hidden />,
      permission: 'cases.read',
      children: [
        { to: '/cases', label: t('cases.nav.list'), icon: <IconFolders size={16} aria-hidden />, permission: 'cases.read', match: /^\/cases\/[0-9a-f-]{36}$/ },
        { to: '/cases/new', label: t('cases.nav.new'), icon: <IconUserPlus size={16} aria-hidden />, permission: 'cases.create' },
        { to: '/cases/search', label: t('cases.nav.search'), icon: <IconDatabaseSearch size={16} aria-hidden />, permission: 'cases.search' },
        { to: '/cases/access', label: t('cases.nav.access'), icon: <IconKey size={16} aria-hidden />, permission: 'cases.read' },
        { to: '/referrals', label: t('referrals.nav'), icon: <IconArrowsExchange size={16} aria-hidden />, permission: 'cases.read' },
        // Publishing a new version of the identification indicators: the special police unit's supervisor.
        { to: '/identification-checklists', label: t('protection.checklists.nav'), icon: <IconClipboardList size={16} aria-hidden />, permission: 'cases.emergency' },
      ],
    },
    { to: '/indicators', label: t('nav.indicators'), icon: <IconTargetArrow size={18} aria-hidden /> },
    ...(user.role === 'hotline_operator' ? [hotlineNav(t)] : []),
    { to: '/shelters', label: t('nav.shelters'), icon: <IconBuildingCommunity size={18} aria-hidden />, permission: 'shelters.read' },
    { to: '/statistics', label: t('nav.statistics'), icon: <IconChartBar size={18} aria-hidden />, permission: 'statistics.read' },
    { to: '/organisations', label: t('nav.organisations'), icon: <IconBuilding size={18} aria-hidden />, permission: 'organisations.read' },
    { to: '/users', label: t('nav.users'), icon: <IconUsers size={18} aria-hidden />, permission: 'users.read' },
    { to: '/audit', label: t('nav.audit'), icon: <IconHistory size={18} aria-hidden />, permission: 'audit.read' },
  ];
  const allowed = (item: NavItem) => !item.permission || permissions.includes(item.permission);
  const visible = items.filter(allowed);
  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen, desktop: restricted } }}
      padding="md"
    >
      <a href="#main" className={classes.skipLink}>
        {t('nav.skipToContent')}
      </a>
      {user.role === 'hotline_operator' && <HotlineHotkey />}
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            {!restricted && (
              <Burger opened={navOpen} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} aria-expanded={navOpen} />
            )}
            <Anchor component={Link} to="/" fw={700} fz="lg" c="indigo.9" underline="never">
              Koordinator
            </Anchor>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Group gap={8} wrap="nowrap" visibleFrom="md" data-testid="header-identity">
              <Text size="sm" c="dimmed" title={user.organisation.nameAz}>
                {user.organisation.shortName}
              </Text>
              <Badge variant="outline" color="indigo" size="sm" tt="none">
                {t(`role.${user.role}`)}
              </Badge>
            </Group>
            <LanguageSwitch inline />
            <NotificationBell />
            <AccountMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {!restricted && (
        <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
          <Stack gap={2}>
            {visible.map((item) => {
              if (item.children) {
                return (
                  <NavLink key={item.to} label={item.label} leftSection={item.icon} defaultOpened childrenOffset={12}>
                    {item.children.filter(allowed).map((child) => {
                      const current = pathname === child.to || (child.match?.test(pathname) ?? false);
                      return (
                        <NavLink
                          key={child.to}
                          component={Link}
                          to={child.to}
                          label={child.label}
                          leftSection={child.icon}
                          active={current}
                          aria-current={current ? 'page' : undefined}
                          onClick={close}
                        />
                      );
                    })}
                  </NavLink>
                );
              }
              const active = isActive(item.to);
              return (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
                  leftSection={item.icon}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  onClick={close}
                />
              );
            })}
          </Stack>
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        {restricted ? <MustChangePasswordPage /> : <Outlet />}
      </AppShell.Main>
    </AppShell>
  );
}
