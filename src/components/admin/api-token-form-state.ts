import type { Result } from '@/lib/result';

export type TokenFormState = Result<{ message: string; token?: string }> | null;
export type TokenFormAction = (state: TokenFormState, form: FormData) => Promise<TokenFormState>;
