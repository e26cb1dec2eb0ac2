import { z } from 'zod';

export const patientIdSchema = z.uuid();

/** What a chart gives the clinician's decision-support screen: pre-filled inputs, each with its source. */
export interface ChartContext {
  values: Record<string, number | string | boolean | string[]>;
  /** Input name → where the value came from ("Body weight, 2026-10-02"; "Problem list"). */
  sources: Record<string, string>;
  medications: string[];
  allergies: string[];
}
