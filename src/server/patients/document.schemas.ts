import { z } from 'zod';
import { chartText } from './chart-entry.schemas';

export const documentTitleSchema = z.object({ title: chartText('Title', 120) });
export const documentIdSchema = z.uuid({ error: 'documentId must be a document id.' });

/** A stored document as a download. */
export interface DocumentDownload {
  body: Uint8Array;
  contentType: string;
  fileName: string;
}
