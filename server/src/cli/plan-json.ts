import type { ParsedPeriod, ParsedPlan } from '../plans/import/parsed-plan.js';

const period = (p: ParsedPeriod | null) => (p ? { kind: p.kind, from: p.from, to: p.to } : null);

/** The documented machine-readable shape of a recognised plan. */
export function planJson(parsed: ParsedPlan) {
  return {
    plan: { title: parsed.plan.title, act: parsed.plan.act, period: parsed.plan.period },
    sections: parsed.sections.map(({ code, title }) => ({ code, title })),
    measures: parsed.measures.map((m) => ({
      code: m.code,
      section: m.section,
      text: m.text,
      confidence: m.confidence,
      executors: m.executors.map(({ name, organisationId, role }) => ({ name, organisationId, role })),
      period: period(m.period),
      subActions: m.subActions.map((a) => ({ text: a.text, period: period(a.period) })),
      recommended: m.recommended.map(({ name, organisationId }) => ({ name, organisationId })),
    })),
    warnings: parsed.warnings.map(({ code, message, measure }) => ({ code, message, ...(measure ? { measure } : {}) })),
  };
}
