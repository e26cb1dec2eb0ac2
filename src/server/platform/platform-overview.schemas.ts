/** What the platform admin's pages show: installation-wide counts and times, never a person's or patient's data. */
export interface QueueHealth {
  notifications: { waiting: number; due: number; retrying: number; oldestDueAt: string | null; oldestDueMinutes: number | null; deadRecently: number };
  exports: { queued: number; running: number; oldestQueuedAt: string | null; failedRecently: number };
}

export interface PlatformOverview {
  clinics: { total: number; createdRecently: number; suspended: null };
  users: { total: number; byRole: { role: string; count: number }[] };
  signups: { from: string; to: string; perDay: { day: string; count: number }[]; total: number };
  plans: PlanCount[];
  billingEnabled: boolean;
  queues: QueueHealth;
  audit: { events: number; latestAt: string | null; verification: null };
}

export interface PlanCount {
  plan: 'local' | 'starter' | 'pro';
  clinics: number;
  pastDue: number;
}

export interface PlatformPlan {
  id: 'local' | 'starter' | 'pro';
  name: string;
  summary: string;
  limits: { clinicians: string; appointmentsPerMonth: string; llmDrafting: boolean };
  prices: { label: string; amount: string | null; lookupKey?: string }[];
  clinics: number;
  pastDue: number;
  current: boolean;
}

export interface PlatformHealth {
  version: string;
  database: { engine: 'pglite' | 'postgres' | null; reachable: boolean };
  migrations: { applied: number; shipped: number; latestApplied: string | null; latestShipped: string | null; upToDate: boolean };
  queues: QueueHealth;
  outbox: { total: number; lastDay: number };
  sweeps: { name: string; label: string; every: string; lastRunAt: string | null }[];
  checkedAt: string;
}
