import type { TFunction } from 'i18next';
import { formatDate } from '../../../common/src/dates';
import type { Option } from '../ui/FilterBar';
import { ACTION_ITEM_STATUSES, MEETING_KINDS, type MeetingSummary } from './types';

/** "12.03.2026, 10:00" (Baku time), or the date alone. */
export const meetingWhen = (meeting: Pick<MeetingSummary, 'heldOn' | 'startsAt'>) =>
  meeting.startsAt ? `${formatDate(meeting.heldOn)}, ${meeting.startsAt}` : formatDate(meeting.heldOn);

export const kindOptions = (t: TFunction): Option[] => MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kind.${k}`) }));
export const statusOptions = (t: TFunction): Option[] => ACTION_ITEM_STATUSES.map((s) => ({ value: s, label: t(`meetings.status.${s}`) }));

/** A link people may follow: only web addresses, whatever was stored. */
export const safeLink = (url: string | null): string | null => (url && /^https?:\/\//i.test(url) ? url : null);
