import type { LanguageModel } from 'ai';
import type { NoteSections } from '@/server/clinical-ai/drafting/draft.types';
import { configuredLanguageModel } from '@/server/clinical-ai/drafting/language-model';
import { rewriteDraft } from '@/server/clinical-ai/drafting/rewrite-draft';
import { planAllowsLlmDrafting } from '@/server/billing/plan-limits';
import { logger } from '@/server/platform/logger';
import { isLlmEnabled } from './ai-settings.repo';

export type ModelChoice = { model: LanguageModel; name: string };

/** Why the deterministic draft stands; shown with the note ("Drafted by the deterministic engine (…)"). */
export const keptBecause = {
  notConfigured: 'no language model is configured for this installation',
  notInPlan: 'AI rewriting is not included in the clinic’s plan',
  switchedOff: 'AI rewriting is switched off for this clinic',
  unusable: 'the language model’s answer could not be used',
  failed: 'the language model did not answer',
} as const;

export type RewriteOutcome = { rewritten: true; sections: NoteSections; name: string } | { rewritten: false; reason: string };

/**
 * The model's rewrite (checked against the sources) when all three hold: the installation has a model, the
 * clinic's plan includes LLM drafting, and a clinic admin switched it on. Otherwise, or when the model fails or
 * answers unusably, the deterministic draft stands and the outcome says why. Nothing is sent to the model unless
 * all three hold.
 */
export async function maybeRewrite(clinicId: string, draft: NoteSections, identifiers: string[], override?: ModelChoice, now = new Date()): Promise<RewriteOutcome> {
  const choice = override ?? configuredLanguageModel();
  if (!choice) return { rewritten: false, reason: keptBecause.notConfigured };
  if (!(await planAllowsLlmDrafting(clinicId, now))) return { rewritten: false, reason: keptBecause.notInPlan };
  if (!(await isLlmEnabled(clinicId))) return { rewritten: false, reason: keptBecause.switchedOff };
  try {
    const result = await rewriteDraft(choice.model, draft, identifiers);
    if (result) return { rewritten: true, sections: result.sections, name: choice.name };
    logger().warn({ model: choice.name }, 'language model answer unusable; deterministic draft kept');
    return { rewritten: false, reason: keptBecause.unusable };
  } catch (error) {
    // The error's message may echo the prompt (patient text): log its type only.
    logger().error({ model: choice.name, errorType: error instanceof Error ? error.name : typeof error }, 'language model rewrite failed; deterministic draft kept');
    return { rewritten: false, reason: keptBecause.failed };
  }
}
