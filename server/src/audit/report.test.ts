import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatAuditReport } from './report.js';

describe('the audit report', () => {
  test('names each problem', () => {
    assert.deepEqual(formatAuditReport({ entries: 12, problems: [] }), { ok: true, lines: ['Audit trail intact: 12 entries'] });
    assert.deepEqual(
      formatAuditReport({
        entries: 60,
        problems: [
          { seq: 12, problem: 'broken_link' },
          { seq: 42, problem: 'altered' },
          { seq: 57, problem: 'missing_before' },
          { seq: 61, problem: 'missing_at_end' },
        ],
      }),
      {
        ok: false,
        lines: [
          'Audit trail NOT intact: 4 problems in 60 entries',
          '  Entry #12 does not link to its predecessor',
          '  Entry #42 was altered',
          '  Entries before #57 were removed',
          '  The newest entries were removed: the trail had reached #61',
        ],
      },
    );
  });
});
