import { IconChartLine, IconClipboardList, IconHeadset, IconPhoneCall } from '@tabler/icons-react';
import type { TFunction } from 'i18next';

/** The hotline's entries in the main navigation, for its operators. */
export function hotlineNav(t: TFunction) {
  return {
    to: '/hotline',
    label: t('hotline.nav.group'),
    icon: <IconHeadset size={18} aria-hidden />,
    children: [
      { to: '/hotline', label: t('hotline.nav.console'), icon: <IconPhoneCall size={16} aria-hidden />, match: /^\/hotline\/contacts\/[0-9a-f-]{36}$/ },
      { to: '/hotline/handover', label: t('hotline.nav.handover'), icon: <IconClipboardList size={16} aria-hidden /> },
      { to: '/hotline/metrics', label: t('hotline.nav.metrics'), icon: <IconChartLine size={16} aria-hidden /> },
    ],
  };
}
