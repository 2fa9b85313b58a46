import { can, definePolicy } from './policy.js';

export const auditPolicy = definePolicy('audit', {
  list: can('audit.read'),
});
