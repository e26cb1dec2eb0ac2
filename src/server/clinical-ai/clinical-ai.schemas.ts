import { z } from 'zod';

/** The engine reads at most this many characters (Unicode code points) per call. */
export const MAX_TEXT_CHARS = 20_000;
export const MAX_TARGET_CHARS = 500;
/** JSON escapes can take six bytes per character; the cap in characters is what clients see. */
export const MAX_ENGINE_BODY_BYTES = MAX_TEXT_CHARS * 6 + 4096;

const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

const capped = (max: number) =>
  z.string({ error: 'Must be a string.' }).refine((s) => codePoints(s) <= max, { message: `Must be at most ${max.toLocaleString('en-US')} characters.` });

/** CALCULATORS.md: POST /api/v1/clinical-ai/assertion { sentence, target }. */
export const assertionInputSchema = z.object({
  sentence: capped(MAX_TEXT_CHARS).refine((s) => s.trim() !== '', { message: 'Enter the sentence to analyse.' }),
  target: capped(MAX_TARGET_CHARS).refine((s) => s.trim() !== '', { message: 'Enter the finding to assess in the sentence.' }),
});
export type AssertionInput = z.infer<typeof assertionInputSchema>;

/** POST /api/v1/clinical-ai/extract { text }: empty text is valid and finds nothing. */
export const extractInputSchema = z.object({ text: capped(MAX_TEXT_CHARS) });
export type ExtractInput = z.infer<typeof extractInputSchema>;
