import { z } from 'zod';

export const attachmentSchema = z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number(), createdAt: z.string() });

export function presentAttachment(row: { id: string; file_name: string; media_type: string; size: number; created_at: Date }): z.infer<typeof attachmentSchema> {
  return { id: row.id, fileName: row.file_name, mediaType: row.media_type, size: row.size, createdAt: row.created_at.toISOString() };
}
