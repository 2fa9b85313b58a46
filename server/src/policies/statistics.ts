import { can, definePolicy } from './policy.js';

/**
 * Statistics on victims and criminal proceedings (server/src/statistics/). Every role may read
 * the count tables: they are built from de-identified facts, one row per human, and every table
 * goes through cell suppression before it leaves the server, so reading them reveals no one and
 * needs no record scope. This is how the National Coordinator follows the victims: statistics
 * only, never records.
 *
 * The case-level export (one generalised row per person, k-anonymous) is microdata: whoever has
 * it could combine it with another copy or with what they know of a person. It is for those who
 * answer for the national figures and send them on (the National Coordinator, the secretariat)
 * and for the supervisors of the special police unit, which keeps the unified database and
 * reconciles its figures; the `statistics.export` permission names them, and every download is
 * audited with its k and generalisation.
 */
export const statisticsPolicy = definePolicy('statistics', {
  read: can('statistics.read'),
  export: can('statistics.export'),
});
