import type { Role } from '@/config/roles';

/** What ClinixAI keeps in the session JWT: ids and the active role, never patient data. */
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    sid?: string;
    signedInAt?: number;
    lastActivity?: number;
    active?: { clinicId: string | null; role: Role } | null;
  }
}

declare module 'next-auth' {
  interface Session {
    sessionId: string;
    signedInAt: number;
    expiresAtAbsolute: string;
    /** Staff inactivity limit in ms (0 = none), so the browser can warn a minute before. */
    idleTimeoutMs: number;
    active: { clinicId: string | null; role: Role } | null;
  }
}
