import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import { env } from '@/config/env';

/** The configured OpenAI-compatible model (OpenAI, Azure, Ollama, vLLM), or null when none is configured. */
export function configuredLanguageModel(): { model: LanguageModel; name: string } | null {
  const config = env();
  if (!config.CLINIXAI_AI_BASE_URL || !config.CLINIXAI_AI_MODEL) return null;
  const provider = createOpenAICompatible({ name: 'clinixai-llm', baseURL: config.CLINIXAI_AI_BASE_URL, ...(config.CLINIXAI_AI_API_KEY ? { apiKey: config.CLINIXAI_AI_API_KEY } : {}) });
  return { model: provider.chatModel(config.CLINIXAI_AI_MODEL), name: config.CLINIXAI_AI_MODEL };
}
