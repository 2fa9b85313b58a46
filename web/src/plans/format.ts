/** Display forms of plan periods, codes and acts. Pure: translations are passed in. */

import { azLower } from '../../../common/src/collation';
import { trimCode } from '../../../common/src/plan-format';

export { compareCodes, normaliseDashes, periodText, trimCode, yearSpan } from '../../../common/src/plan-format';

/** What the user typed, when it looks like a measure code ("13.2.4", "4.1."); null otherwise. */
export function codeQuery(text: string): { code: string; section: string | null } | null {
  const code = trimCode(text.trim());
  if (!/^\d+(\.\d+)*$/.test(code)) return null;
  const parts = code.split('.');
  return { code, section: parts.length >= 2 ? parts.slice(0, 2).join('.') : null };
}

const ACT_ISSUERS: readonly [RegExp, string][] = [
  [/prezident/u, 'president'],
  [/nazirlər kabinet/u, 'cabinet'],
  [/milli məclis/u, 'parliament'],
];
const ACT_WORDS: readonly [RegExp, string][] = [
  [/sərəncam/u, 'order'],
  [/fərman/u, 'decree'],
  [/qərar/u, 'resolution'],
  [/qanun/u, 'law'],
];

/**
 * The importer names an act's kind in Azerbaijani ("Prezidentin Sərəncamı"); this is the key of
 * its translation (`president_order`), or null for a kind it does not know.
 */
export function actKindKey(kind: string): string | null {
  const lower = azLower(kind);
  const word = ACT_WORDS.find(([re]) => re.test(lower))?.[1];
  if (!word) return null;
  const issuer = ACT_ISSUERS.find(([re]) => re.test(lower))?.[1];
  return issuer ? `${issuer}_${word}` : word;
}
