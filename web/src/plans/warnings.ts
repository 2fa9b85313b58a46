import i18n from '../i18n';
import type { ImportWarning } from './importTypes';

/**
 * A warning in the reader's language when its code is known and every value the translation
 * names was sent; otherwise the server's English message.
 */
export function warningText(warning: ImportWarning): string {
  const key = `plans.warning.${warning.code}`;
  const template: unknown = i18n.getResource(i18n.language, 'translation', key) ?? i18n.getResource('az', 'translation', key);
  if (typeof template !== 'string') return warning.message;
  const values: Record<string, string | number> = { ...(warning.measure ? { measure: warning.measure } : {}), ...warning.params };
  const names = [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
  if (names.some((name) => values[name] === undefined || values[name] === '')) return warning.message;
  return i18n.t(key as never, values as never) as unknown as string;
}
