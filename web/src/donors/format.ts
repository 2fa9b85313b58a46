import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Amount } from './types';

/** Amounts in the reader's language, summed per currency only ("50 000 USD; 20 000 AZN"). */
export function useMoney() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
    const one = (amount: number | null, currency: string | null) => (amount === null ? '—' : `${number.format(amount)} ${currency ?? ''}`.trim());
    return { one, list: (amounts: Amount[]) => (amounts.length ? amounts.map((a) => one(a.amount, a.currency)).join('; ') : '—') };
  }, [i18n.language]);
}
