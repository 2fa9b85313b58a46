/** Statistics on victims of trafficking that identify no one: see README.md in this folder. */
export {
  ageAt,
  ageBand,
  childOrAdult,
  coarseAgeBand,
  generaliseAge,
  AGE_LEVELS,
  COARSE_AGE_BANDS,
  CTDC_AGE_BANDS,
  type AgeLevel,
  type AgeSource,
  type CalendarDate,
  type ChildOrAdult,
  type CoarseAgeBand,
  type CtdcAgeBand,
} from './age-bands.js';
export {
  auditList,
  auditTable,
  isProtected,
  DEFAULT_THRESHOLD,
  type AuditFinding,
  type AuditOptions,
  type AuditReport,
  type KnownRange,
  type ListRef,
  type PublishedList,
  type PublishedTable,
  type TableRef,
} from './audit.js';
export { DisclosureControlError, type LabelStyle, type Suppression } from './complementary.js';
export {
  auditSuppressedList,
  auditSuppressedTable,
  checkSharedMargin,
  suppressList,
  suppressTable,
  type ListSuppressionOptions,
  type PublishedCell,
  type SuppressedList,
  type SuppressedTable,
  type SuppressionOptions,
  type TableSuppressionOptions,
} from './suppression.js';
export {
  generalise,
  kAnonymise,
  QUASI_IDENTIFIERS,
  type Generalised,
  type KAnonymityOptions,
  type KAnonymityReport,
  type KAnonymousExport,
  type QuasiIdentifier,
  type QuasiIdentifiers,
} from './k-anonymity.js';
export { generaliseCitizenship, regionOf, CITIZENSHIP_LEVELS, REGION_NAMES, REGIONS, type CitizenshipLevel, type Region } from './regions.js';
