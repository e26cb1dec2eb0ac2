import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';

/**
 * NIST SP 800-63B: 12 to 128 characters, any characters (counted after Unicode
 * normalisation), no composition rules, and not a known common or breached password.
 * The list is zxcvbn-ts's ranked common-password dictionary (about 49,000 entries).
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const commonPasswords = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

export const isCommonPassword = (password: string) => commonPasswords.has(password.normalize('NFKC').toLowerCase());

const characterCount = (password: string) => [...password.normalize('NFKC')].length;

export const newPasswordSchema = z
  .string({ error: 'Choose a password.' })
  .refine((p) => characterCount(p) >= PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .refine((p) => characterCount(p) <= PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !isCommonPassword(p), 'This password is too common; choose one that is harder to guess.');
