/**
 * Errors a use-case may raise on purpose. Each maps to one HTTP status and one stable
 * code clients can branch on; the message is written for the person using the platform.
 * Anything else that escapes a use-case is a bug: clients get a generic message.
 */
export type FieldErrors = Record<string, string[]>;

export type AppErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'slot_taken'
  | 'rate_limited'
  | 'payload_too_large';

const statusByCode: Record<AppErrorCode, number> = {
  validation_failed: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  slot_taken: 409,
  rate_limited: 429,
  payload_too_large: 413,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return statusByCode[this.code];
  }
}

export const notFound = (what = 'The record') => new AppError('not_found', `${what} was not found.`);
export const forbidden = (message = 'You do not have permission to do that.') => new AppError('forbidden', message);
export const unauthenticated = () => new AppError('unauthenticated', 'Sign in to continue.');
export const validationFailed = (fieldErrors: FieldErrors, message = 'Some fields need attention.') =>
  new AppError('validation_failed', message, fieldErrors);
