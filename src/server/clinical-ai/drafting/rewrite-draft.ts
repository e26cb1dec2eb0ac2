import { generateText, type LanguageModel } from 'ai';
import { z } from 'zod';
import { noteSectionKeys, type NoteSections } from './draft.types';
import { removeIdentifiers } from './remove-identifiers';
import { verifyRewrite } from './verify-rewrite';

const SYSTEM = [
  'You rewrite a clinical SOAP note draft into fluent, concise clinical prose.',
  'Use only the facts in the draft. Do not add findings, diagnoses, medications, doses or numbers.',
  'Keep every negation as it is. Keep the four sections.',
  'Answer with JSON only: {"subjective": string[], "objective": string[], "assessment": string[], "plan": string[]}, one sentence per array item.',
].join(' ');

const outputSchema = z.object(Object.fromEntries(noteSectionKeys.map((k) => [k, z.array(z.string().max(2000)).max(100).default([])])) as Record<(typeof noteSectionKeys)[number], z.ZodDefault<z.ZodArray<z.ZodString>>>);

/** The model's answer as sections, tolerating a fenced code block around the JSON. Null when it is not usable. */
export function parseRewrite(text: string): Record<(typeof noteSectionKeys)[number], string[]> | null {
  const body = text.trim().replace(/^```(?:json)?\s*/i, '').replace(/```$/, '');
  try {
    const parsed = outputSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface RewriteResult {
  sections: NoteSections;
  /** Sentences the verifier flagged (a finding, negation, medication, dose or number without a source). */
  flagged: number;
}

/**
 * Rewrites the deterministic draft through a language model, with direct identifiers removed first, and checks
 * the answer against the draft's sources. Returns null when the model's answer cannot be used (the caller keeps
 * the deterministic draft).
 */
export async function rewriteDraft(model: LanguageModel, draft: NoteSections, identifiers: readonly string[]): Promise<RewriteResult | null> {
  const clean = Object.fromEntries(noteSectionKeys.map((k) => [k, draft[k].map((s) => removeIdentifiers(s.text, identifiers))]));
  const { text } = await generateText({ model, system: SYSTEM, prompt: JSON.stringify(clean), temperature: 0, maxRetries: 1 });
  const rewrite = parseRewrite(text);
  if (!rewrite) return null;
  const sections = verifyRewrite(draft, rewrite);
  const flagged = noteSectionKeys.reduce((n, k) => n + sections[k].filter((s) => s.flags?.length).length, 0);
  return { sections, flagged };
}
