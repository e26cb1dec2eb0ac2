import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';

/** For pages: a use-case's not_found becomes the 404 page; any other error propagates. */
export async function notFoundPage<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}
