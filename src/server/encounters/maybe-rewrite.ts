import type { LanguageModel } from 'ai';
import type { NoteSections } from '@/server/clinical-ai/drafting/draft.types';
import { configuredLanguageModel } from '@/server/clinical-ai/drafting/language-model';
import { rewriteDraft } from '@/server/clinical-ai/drafting/rewrite-draft';
import { logger } from '@/server/platform/logger';
import { isLlmEnabled } from './ai-settings.repo';

export type ModelChoice = { model: LanguageModel; name: string };

/**
 * The model's rewrite (checked against the sources) when the installation has a model and the clinic switched it
 * on; otherwise, or when the model fails or answers unusably, null and the deterministic draft stands.
 */
export async function maybeRewrite(clinicId: string, draft: NoteSections, identifiers: string[], override?: ModelChoice): Promise<{ sections: NoteSections; name: string } | null> {
  const choice = override ?? configuredLanguageModel();
  if (!choice || !(await isLlmEnabled(clinicId))) return null;
  try {
    const result = await rewriteDraft(choice.model, draft, identifiers);
    if (!result) logger().warn({ model: choice.name }, 'language model answer unusable; deterministic draft kept');
    return result ? { sections: result.sections, name: choice.name } : null;
  } catch (error) {
    // The error's message may echo the prompt (patient text): log its type only.
    logger().error({ model: choice.name, errorType: error instanceof Error ? error.name : typeof error }, 'language model rewrite failed; deterministic draft kept');
    return null;
  }
}
