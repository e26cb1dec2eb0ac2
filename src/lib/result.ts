import type { AppErrorCode, FieldErrors } from './errors';

/** The one shape every server action and JSON route answers with (DESIGN.md rule 2). */
export type ApiError = { code: AppErrorCode | 'internal_error' | 'bad_request'; message: string; fieldErrors?: FieldErrors };
export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };
