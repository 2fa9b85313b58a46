import { useQuery } from '@tanstack/react-query';
import { planListQuery } from './api';
import { yearSpan } from './format';

/**
 * Names of plans for places where the full title is too long: by their years ("2014–2018") when
 * the plan has a period, otherwise by the title. `title` gives the full title (for a tooltip).
 */
export function usePlanNames() {
  const plans = useQuery(planListQuery);
  const find = (id: string) => plans.data?.items.find((p) => p.id === id);
  return {
    plans: plans.data?.items ?? [],
    title: (id: string) => find(id)?.title ?? '',
    short: (id: string, fallback = '') => {
      const plan = find(id);
      return plan?.period ? yearSpan(plan.period.from, plan.period.to) : (plan?.title ?? fallback);
    },
  };
}
