import { planDocx } from '../../plans/export/plan-docx.js';
import type { ExportPlan } from '../../plans/export/export.repository.js';

export interface DraftForExport {
  title: string;
  periodFrom: number | null;
  periodTo: number | null;
  sections: { code: string; title: string; items: { code: string; text: string; executors: string; periodText: string }[] }[];
}

/**
 * The draft as a plan: the same Word document the plans export (the official four-column table,
 * section rows across it), so the draft reads as the plan it is meant to become. Sections without
 * items are left out; the executing-bodies cell is printed as the drafter wrote it.
 */
export function draftAsPlan(draft: DraftForExport): ExportPlan {
  return {
    title: draft.title,
    act: null,
    periodFrom: draft.periodFrom ? `${draft.periodFrom}-01-01` : null,
    periodTo: draft.periodTo ? `${draft.periodTo}-12-31` : null,
    notes: [],
    sections: draft.sections
      .filter((section) => section.items.length > 0)
      .map((section) => ({
        code: section.code,
        title: section.title,
        measures: section.items.map((item) => ({
          code: item.code,
          text: item.text,
          periodText: item.periodText,
          periodFrom: null,
          periodTo: null,
          participants: item.executors ? [{ role: 'executor' as const, name: item.executors, organisationName: null, organisationShortName: null }] : [],
          subActions: [],
        })),
      })),
  };
}

export function draftDocx(draft: DraftForExport): Promise<Buffer> {
  return planDocx(draftAsPlan(draft));
}
