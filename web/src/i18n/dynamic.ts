import i18n from './index';

/**
 * Translation of a key built at run time (an error code, an audit action) when the catalogue has
 * it; `undefined` otherwise, so the caller can fall back to the raw value.
 */
export function translateIfKnown(key: string, values?: Record<string, unknown>): string | undefined {
  if (!i18n.exists(key)) return undefined;
  const text = i18n.t(key as never, values as never) as unknown;
  return typeof text === 'string' ? text : undefined;
}
