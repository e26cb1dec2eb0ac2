import { z } from 'zod';
import { newPasswordSchema } from './password-policy';

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

export const signUpSchema = z.object({
  name: z
    .string({ error: 'Enter your name.' })
    .trim()
    .min(1, 'Enter your name.')
    .max(120, 'A name has at most 120 characters.')
    .refine((v) => !/[<>]/.test(v), 'A name cannot contain < or >.'),
  email: emailSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const requestResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string({ error: 'The link is incomplete.' }).min(1, 'The link is incomplete.').max(200, 'The link is not valid.'),
  password: newPasswordSchema,
});
