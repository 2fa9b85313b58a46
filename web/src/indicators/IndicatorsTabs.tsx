import { Tabs } from '@mantine/core';
import { IconBulb, IconChartBar, IconFileDescription, IconLayoutGrid, IconListCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { cycleListQuery } from './api';

const TABS = [
  { path: '/indicators', key: 'cycles', icon: <IconListCheck size={16} aria-hidden />, ability: null },
  { path: '/indicators/compare', key: 'compare', icon: <IconChartBar size={16} aria-hidden />, ability: null },
  { path: '/indicators/framework', key: 'framework', icon: <IconLayoutGrid size={16} aria-hidden />, ability: 'readFramework' },
  { path: '/indicators/recommendations', key: 'recommendations', icon: <IconBulb size={16} aria-hidden />, ability: 'readRecommendations' },
  { path: '/indicators/drafts', key: 'drafts', icon: <IconFileDescription size={16} aria-hidden />, ability: 'readDrafts' },
] as const;

/** The parts of monitoring and evaluation; the office's working parts only for those the server allows. */
export function IndicatorsTabs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const list = useQuery(cycleListQuery);
  const abilities = list.data?.abilities;
  const visible = TABS.filter((tab) => tab.ability === null || abilities?.[tab.ability]);
  const current = [...visible].reverse().find((tab) => pathname === tab.path || pathname.startsWith(`${tab.path}/`))?.path ?? '/indicators';
  const active = pathname.startsWith('/indicators/cycles/') ? '/indicators' : current;
  return (
    <Tabs value={active} onChange={(value) => value && value !== active && void navigate(value)} keepMounted={false}>
      <Tabs.List>
        {visible.map((tab) => (
          <Tabs.Tab key={tab.path} value={tab.path} leftSection={tab.icon}>
            {t(`indicators.tabs.${tab.key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
