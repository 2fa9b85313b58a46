import { can, definePolicy } from './policy.js';

/** Plans are public documents: everyone reads them; the secretariat imports and corrects them. */
export const plansPolicy = definePolicy('plans', {
  list: can('plans.read'),
  read: can('plans.read'),
  export: can('plans.read'),
  import: can('plans.import'),
  delete: can('plans.import'),
  edit: can('plans.edit'),
  link: can('plans.edit'),
  chooseWording: can('plans.edit'),
  /** Mapping a name the importer did not recognise to an organisation of the dictionary. */
  mapNames: can('organisations.manage'),
});
