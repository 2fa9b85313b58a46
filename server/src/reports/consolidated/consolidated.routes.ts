import type { FastifyInstance } from 'fastify';
import { inTransaction } from '../../db/database.js';
import { actorOf, type AppContext } from '../../http/context.js';
import { attachmentDisposition } from '../../http/download.js';
import { forbidden, notFound } from '../../http/problem.js';
import { typed, uuidParam } from '../../http/routing.js';
import { mayDownloadReport } from '../../policies/reports.js';
import { findPeriodStatus, loadConsolidatedReport, type ConsolidatedReport } from './consolidated.repository.js';
import { reportDocx, reportPeriodText } from './report-docx.js';
import { reportPdf } from './report-pdf.js';
import { reportXlsx } from './report-xlsx.js';

/**
 * The consolidated report of a period, in Word, Excel and PDF. It holds every body's accepted reports,
 * so only those who see all reports may have it, and oversight readers once the period is closed.
 */
export function consolidatedReportRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = typed(app);
  const tags = ['reports'];

  for (const [extension, build, type] of [
    ['docx', reportDocx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', reportXlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['pdf', (report: ConsolidatedReport) => reportPdf(report), 'application/pdf'],
  ] as const) {
    r.get(`/api/report-periods/:id/report.${extension}`, {
      config: { access: { resource: 'reports', action: 'downloadReport' } },
      schema: { tags, params: uuidParam },
      handler: async (request, reply) => {
        const actor = actorOf(request);
        const report = await inTransaction(ctx.db, actor, async (tx) => {
          const period = await findPeriodStatus(tx, request.params.id);
          if (!period) throw notFound();
          if (!mayDownloadReport(actor, period)) throw forbidden();
          return loadConsolidatedReport(tx, period.id);
        });
        if (!report) throw notFound();
        const file = await build(report);
        return reply
          .type(type)
          .header('content-disposition', attachmentDisposition(`İcra hesabatı ${reportPeriodText(report.period)}.${extension}`, 'report'))
          .send(file);
      },
    });
  }
}
