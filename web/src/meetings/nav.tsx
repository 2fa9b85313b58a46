import { IconChecklist, IconPresentation, IconUsersGroup } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { Role } from '../../../common/src/roles';
import { takesPartInMeetings } from './access';

/** Meetings and action items in the main navigation, for the roles that take part in coordination. */
export function meetingsNav(t: TFunction, role: Role) {
  if (!takesPartInMeetings(role)) return [];
  return [
    {
      to: '/meetings',
      label: t('nav.meetings'),
      icon: <IconUsersGroup size={18} aria-hidden />,
      children: [
        { to: '/meetings', label: t('nav.meetingList'), icon: <IconPresentation size={16} aria-hidden />, match: /^\/meetings\/[0-9a-f-]{36}$/ },
        { to: '/action-items', label: t('nav.actionItems'), icon: <IconChecklist size={16} aria-hidden /> },
      ],
    },
  ];
}
