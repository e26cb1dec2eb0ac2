import type { Role } from '@/server/access/roles';

/** What ClinixAI keeps in the session JWT: ids and the active role, never patient data. */
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    sid?: string;
    signedInAt?: number;
    active?: { clinicId: string | null; role: Role } | null;
  }
}

declare module 'next-auth' {
  interface Session {
    sessionId: string;
    signedInAt: number;
    expiresAtAbsolute: string;
    active: { clinicId: string | null; role: Role } | null;
  }
}
