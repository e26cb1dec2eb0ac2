import { z } from 'zod';

export const emailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .min(1, 'Enter your email address.')
  .max(254, 'An email address has at most 254 characters.')
  .pipe(z.email({ error: 'Enter a valid email address.' }))
  .transform((v) => v.toLowerCase());

/** Sign-in accepts any stored password: length rules apply when a password is chosen, not when it is typed. */
export const passwordSignInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(1024, 'That password is too long.'),
});
export type PasswordSignInInput = z.infer<typeof passwordSignInSchema>;
