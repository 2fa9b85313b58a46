import type { Role } from '../../../common/src/roles';

/**
 * Who takes part in coordination, as the server's meetings policy says (server/src/policies/meetings.ts):
 * every role that acts for a body, not the system administrator. The server decides; this only
 * keeps navigation from offering what would be refused.
 */
export const takesPartInMeetings = (role: Role): boolean => role !== 'admin';

/** The Coordinator's office: calls meetings, records decisions, follows every action item. */
export const runsMeetings = (role: Role): boolean => role === 'national_coordinator' || role === 'secretariat';
