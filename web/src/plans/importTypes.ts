import type { Act, Period } from './types';

/** What the import preview answers (POST /api/plan-imports). */

export interface ImportWarning {
  code: string;
  /** English fallback when the code has no translation. */
  message: string;
  measure?: string;
  params?: Record<string, string | number>;
}

export interface ImportedName {
  name: string;
  organisationId: string | null;
  organisationName: string | null;
}

export interface ImportedMeasure {
  code: string;
  section: string;
  text: string;
  confidence: number;
  period: Period | null;
  subActions: { text: string; period: Period | null }[];
  executors: (ImportedName & { role: 'executor' | 'involved' | 'generic' })[];
  recommended: ImportedName[];
}

export interface ImportChanges {
  newPlan: boolean;
  addSections: string[];
  addMeasures: string[];
  completeMeasures: { code: string; participants: { role: string; name: string }[]; period: string | null }[];
  wordingDifferences: { code: string; current: string; proposed: string }[];
  addNotes: number;
  addChapters: boolean;
  unchangedMeasures: number;
}

export interface ImportPreview {
  importId: string;
  target: { id: string; title: string } | null;
  plan: { title: string; act: Act | null; period: { from: string; to: string } | null };
  sections: { code: string; title: string }[];
  measures: ImportedMeasure[];
  warnings: ImportWarning[];
  changes: ImportChanges;
}

export interface ImportResult {
  planId: string;
  summary: ImportChanges;
}
