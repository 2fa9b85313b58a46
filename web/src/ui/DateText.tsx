import { formatDate, formatDateTime } from '../../../common/src/dates';

interface DateTextProps {
  value: string | null | undefined;
  withTime?: boolean;
  /** Shown when there is no value. */
  empty?: string;
}

/** dd.mm.yyyy (or dd.mm.yyyy HH:mm), Baku time, in a machine-readable <time>. */
export function DateText({ value, withTime = false, empty = '—' }: DateTextProps) {
  if (!value) return <span>{empty}</span>;
  return <time dateTime={value}>{withTime ? formatDateTime(value) : formatDate(value)}</time>;
}
