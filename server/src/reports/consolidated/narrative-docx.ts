/**
 * A report entry's narrative (paragraphs, "- " bullet items, **bold**) as Word paragraphs. Pure.
 * The markup is parsed by the same parser the web client renders from, so both read it alike.
 */
import { Paragraph, TextRun } from 'docx';
import { parseNarrative, type Inline } from '../../../../common/src/narrative.js';

/** Runs of one paragraph or item; a single line break inside it stays a line break. */
export function inlineRuns(inlines: readonly Inline[]): TextRun[] {
  return inlines.flatMap((inline) =>
    inline.text.split('\n').map((line, i) => new TextRun({ text: line, bold: inline.bold || undefined, break: i > 0 ? 1 : undefined })),
  );
}

/** The narrative as paragraphs and bulleted paragraphs, in order; nothing for an empty narrative. */
export function narrativeParagraphs(text: string): Paragraph[] {
  return parseNarrative(text).flatMap((block) =>
    block.type === 'paragraph'
      ? [new Paragraph({ children: inlineRuns(block.inlines), spacing: { after: 120 } })]
      : block.items.map((item) => new Paragraph({ children: inlineRuns(item), bullet: { level: 0 } })),
  );
}

/** The narrative as plain text (markup removed), for spreadsheet cells. */
export function narrativePlainText(text: string): string {
  return parseNarrative(text)
    .map((block) =>
      block.type === 'paragraph' ? block.inlines.map((i) => i.text).join('') : block.items.map((item) => `• ${item.map((i) => i.text).join('')}`).join('\n'),
    )
    .join('\n\n');
}
