import { z } from 'zod';

export const deletionConfirmationInput = z.object({
  // The password is checked, never stored or logged; absent for accounts confirmed by a fresh sign-in.
  password: z.string().max(1024, 'That password is too long.').optional(),
  acknowledge: z.literal('on', { message: 'Tick the box to confirm you understand what is erased.' }),
});

/** What the privacy center shows about deletion. */
export interface AccountDeletionStatus {
  pending: { requestedAt: string; eraseAfter: string } | null;
  confirmation: 'password' | 'fresh-sign-in';
  freshSignIn: boolean;
  graceDays: number;
}
