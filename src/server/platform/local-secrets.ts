import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * On the embedded database a newcomer sets nothing, yet sessions need a signing secret
 * and the demo accounts need a password that survives restarts. Both are generated once
 * and kept beside the data (mode 0600), never in the repository.
 */
const secretsSchema = z.object({ authSecret: z.string().min(32), demoPassword: z.string().min(12) });
export type LocalSecrets = z.infer<typeof secretsSchema>;

// No look-alike characters (0/O, 1/l/I), so a printed password can be typed back.
const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function randomPassword(length = 18): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  for (const byte of bytes) {
    // Rejection sampling keeps every character equally likely.
    if (byte < 256 - (256 % alphabet.length)) out += alphabet[byte % alphabet.length];
    if (out.length === length) break;
  }
  return out;
}

export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'local-secrets.json');
  try {
    const parsed = secretsSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Missing or unreadable: create below.
  }
  const secrets = { authSecret: randomBytes(32).toString('base64url'), demoPassword: randomPassword() };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}
