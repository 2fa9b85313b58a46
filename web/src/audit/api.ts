import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, queryString, type Page } from '../app/api';

export interface AuditEntry {
  seq: number;
  at: string;
  user: { id: string; login: string; fullName: string } | null;
  organisation: { id: string; shortName: string } | null;
  role: string | null;
  action: string;
  resource: string;
  recordId: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export interface AuditFilters {
  from: string;
  to: string;
  userId: string;
  organisationId: string;
  action: string;
  resource: string;
  recordId: string;
}

export const PAGE_SIZE = 50;

export const auditListQuery = (filters: AuditFilters, page: number) =>
  queryOptions({
    queryKey: ['audit', 'list', filters, page] as const,
    queryFn: ({ signal }) => api.get<Page<AuditEntry>>(`/api/audit${queryString({ ...filters, page, pageSize: PAGE_SIZE })}`, signal),
    placeholderData: keepPreviousData,
  });

/** Actions with a translated label (audit.action.<action with dots as underscores>); others show raw. */
export const KNOWN_ACTIONS = [
  'session.login',
  'session.login_failed',
  'session.login_blocked',
  'session.logout',
  'session.logout_all',
  'account.password_change',
  'account.locale_change',
  'user.create',
  'user.update',
  'user.deactivate',
  'user.locked',
  'user.unlock',
  'user.password_reset',
  'user.totp_enabled',
  'user.totp_disabled',
  'user.totp_reset',
  'organisation.create',
  'organisation.update',
  'organisation.delete',
  'organisation.name_mapping',
  'audit.read',
  'plan.import_preview',
  'plan.import',
  'plan.import_discard',
  'plan.delete',
  'measure.update',
  'measure.wording_choice',
  'measure.link',
  'measure.unlink',
  'report_period.create',
  'report_period.close',
  'report_entry.update',
  'report_entry.submit',
  'report_entry.accept',
  'report_entry.return',
  'report_entry.reopen',
  'report_import.apply',
  'report_attachment.create',
  'report_attachment.delete',
  'report_attachment.read',
] as const;

export const actionKey = (action: string) => `audit.action.${action.replace(/\./g, '_')}`;
