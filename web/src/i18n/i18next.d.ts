import 'i18next';
import type az from './az.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof az };
  }
}
