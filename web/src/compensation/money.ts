/**
 * Manats as the reader writes them, from the exact decimal string the server sends: the digits are
 * grouped and the decimal mark placed by hand, so no amount passes through a binary fraction (and
 * Azerbaijani reads right even where the browser has no Azerbaijani number data).
 */
const SEPARATORS: Record<string, { group: string; decimal: string }> = {
  az: { group: '.', decimal: ',' },
  ru: { group: '\u00a0', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

export function formatManat(amount: string | null | undefined, language: string): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const { group, decimal } = SEPARATORS[language.slice(0, 2)] ?? SEPARATORS.en!;
  const [whole = '0', fraction = ''] = amount.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  // A no-break space: the currency never wraps away from its number.
  return `${grouped}${decimal}${fraction.padEnd(2, '0').slice(0, 2)}\u00a0AZN`;
}
