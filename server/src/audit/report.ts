/** Reporting a verification of the audit trail, shared by `restore` and `audit:verify`. */
import type { ChainProblem, VerifyResult } from './verify.js';

function describeProblem(problem: ChainProblem): string {
  switch (problem.problem) {
    case 'altered':
      return `Entry #${problem.seq} was altered`;
    case 'missing_before':
      return `Entries before #${problem.seq} were removed`;
    case 'broken_link':
      return `Entry #${problem.seq} does not link to its predecessor`;
    case 'missing_at_end':
      return `The newest entries were removed: the trail had reached #${problem.seq}`;
  }
}

/** The human report of a verification: one line when intact, else one line per problem. */
export function formatAuditReport(result: VerifyResult): { ok: boolean; lines: string[] } {
  if (result.problems.length === 0) return { ok: true, lines: [`Audit trail intact: ${result.entries} entries`] };
  const count = result.problems.length;
  return {
    ok: false,
    lines: [`Audit trail NOT intact: ${count} ${count === 1 ? 'problem' : 'problems'} in ${result.entries} entries`, ...result.problems.map((p) => `  ${describeProblem(p)}`)],
  };
}

export function auditReportJson(result: VerifyResult) {
  return {
    ok: result.problems.length === 0,
    entries: result.entries,
    problems: result.problems.map((p) => ({ seq: p.seq, problem: p.problem, message: describeProblem(p) })),
  };
}
