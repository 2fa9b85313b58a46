import { can, definePolicy } from './policy.js';

/** The organisation directory is not secret: every user may read it; administrators keep it. */
export const organisationsPolicy = definePolicy('organisations', {
  list: can('organisations.read'),
  read: can('organisations.read'),
  create: can('organisations.manage'),
  update: can('organisations.manage'),
  delete: can('organisations.manage'),
});
