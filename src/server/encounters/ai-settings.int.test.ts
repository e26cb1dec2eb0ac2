import { randomBytes } from 'node:crypto';
import { MockLanguageModelV2 } from 'ai/test';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/config/env';
import { auditEvents } from '@/db/schema/audit';
import { clinicBilling } from '@/db/schema/billing';
import { clinicAiSettings } from '@/db/schema/encounters';
import { AppError } from '@/lib/errors';
import { getClinicAi, setClinicAi } from './ai-settings';
import { draftNote } from './draft-note';
import { keptBecause } from './maybe-rewrite';
import { createVisitsFixture, type VisitsFixture } from './testing/visits-fixture.repo';

let f: VisitsFixture;
beforeAll(async () => {
  f = await createVisitsFixture();
});
afterEach(() => setEnv({ STRIPE_SECRET_KEY: undefined, STRIPE_WEBHOOK_SECRET: undefined, CLINIXAI_AI_BASE_URL: undefined, CLINIXAI_AI_MODEL: undefined }));
afterAll(async () => {
  await f.handle.close();
});

function setEnv(values: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvCache();
}
/** Billing on (Stripe configured): a clinic without a subscription is on Starter, which has no LLM drafting. */
const billingOn = () => setEnv({ STRIPE_SECRET_KEY: 'sk_test_ai_plan', STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(8).toString('hex')}` });
const subscribe = (status: string | null) =>
  f.handle.db
    .insert(clinicBilling)
    .values({ clinicId: f.riverside, plan: 'pro', subscriptionStatus: status, seats: 3 })
    .onConflictDoUpdate({ target: clinicBilling.clinicId, set: { plan: 'pro', subscriptionStatus: status } });
const switchedOnInDatabase = async () => (await f.handle.db.select().from(clinicAiSettings).where(eq(clinicAiSettings.clinicId, f.riverside)))[0]?.llmEnabled ?? false;

const faithfulModel = () =>
  new MockLanguageModelV2({
    doGenerate: async () => ({
      content: [{ type: 'text', text: JSON.stringify({ subjective: [], objective: [], assessment: ['Well.'], plan: [] }) }],
      finishReason: 'stop',
      usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
      warnings: [],
    }),
  });
const draftWith = (model: MockLanguageModelV2) => draftNote(f.clinician, f.appointmentId, { clinicianText: 'Well.' }, new Date(), { model, name: 'mock-model' });
const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
const auditActionsOf = async (entityId: string) => (await f.handle.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId))).map((e) => e.action);

describe('AI drafting needs the plan, the clinic switch and a configured model', () => {
  it('on Starter the switch cannot be turned on and nothing is stored; the page state names the plan', async () => {
    billingOn();
    const refused = await errorOf(setClinicAi(f.admin, true));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/not included in the clinic’s plan/);
    expect(await switchedOnInDatabase()).toBe(false);
    expect(await getClinicAi(f.admin)).toEqual({ configured: false, enabled: false, planIncludesAi: false, planName: 'Starter', active: false });
  });

  it('on Starter the model is never called, even with the switch left on from an earlier plan, and the note says why', async () => {
    await setClinicAi(f.admin, true); // billing off: every feature
    billingOn();
    expect(await getClinicAi(f.admin)).toMatchObject({ enabled: true, planIncludesAi: false, active: false });
    const model = faithfulModel();
    const note = await draftWith(model);
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(note.draftedBy).toBe(`deterministic engine (${keptBecause.notInPlan})`);
    expect(note.sections.assessment[0]).toMatchObject({ text: 'Well.', origin: 'clinician' });
    expect(await auditActionsOf(note.id)).toContain('note.draft.engine');
    // Switching off is always allowed, so a clinic that moved down a plan can clear the switch.
    expect((await setClinicAi(f.admin, false)).enabled).toBe(false);
  });

  it('on Pro with the switch on, the model rewrites the draft; switched off, it is not called and the note says so', async () => {
    billingOn();
    await subscribe('active');
    setEnv({ CLINIXAI_AI_BASE_URL: 'http://127.0.0.1:9/v1', CLINIXAI_AI_MODEL: 'configured-model' });
    const off = faithfulModel();
    expect((await draftWith(off)).draftedBy).toBe(`deterministic engine (${keptBecause.switchedOff})`);
    expect(off.doGenerateCalls).toHaveLength(0);

    expect(await setClinicAi(f.admin, true)).toEqual({ configured: true, enabled: true, planIncludesAi: true, planName: 'Pro', active: true });
    const on = faithfulModel();
    const note = await draftWith(on);
    expect(on.doGenerateCalls).toHaveLength(1);
    expect(note.draftedBy).toBe('language model mock-model');
    expect(note.sections.assessment[0]).toMatchObject({ text: 'Well.', origin: 'model' });
    expect(await auditActionsOf(note.id)).toContain('note.draft.model');

    // A cancelled subscription falls back to Starter: the same switch no longer sends anything.
    await subscribe('canceled');
    const cancelled = faithfulModel();
    expect((await draftWith(cancelled)).draftedBy).toBe(`deterministic engine (${keptBecause.notInPlan})`);
    expect(cancelled.doGenerateCalls).toHaveLength(0);
    await setClinicAi(f.admin, false);
    await f.handle.db.delete(clinicBilling).where(eq(clinicBilling.clinicId, f.riverside));
  });

  it('without a configured model, or when the model fails or answers unusably, the engine’s draft stands and says why', async () => {
    await setClinicAi(f.admin, true);
    const plain = await draftNote(f.clinician, f.appointmentId, { clinicianText: 'Well.' });
    expect(plain.draftedBy).toBe(`deterministic engine (${keptBecause.notConfigured})`);

    const failing = new MockLanguageModelV2({ doGenerate: async () => { throw new Error('connection refused'); } });
    expect((await draftWith(failing)).draftedBy).toBe(`deterministic engine (${keptBecause.failed})`);
    const chatty = new MockLanguageModelV2({
      doGenerate: async () => ({ content: [{ type: 'text', text: 'Sure! Here is the note.' }], finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 }, warnings: [] }),
    });
    expect((await draftWith(chatty)).draftedBy).toBe(`deterministic engine (${keptBecause.unusable})`);
    await setClinicAi(f.admin, false);
  });

  it('only a clinic admin sees or switches it (404 otherwise, denial audited)', async () => {
    for (const who of [f.clinician, f.harborClinician, f.patientA]) {
      expect((await errorOf(getClinicAi(who))).code).toBe('not_found');
      expect((await errorOf(setClinicAi(who, true))).code).toBe('not_found');
    }
    const denials = await f.handle.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, f.harborClinician.userId));
    expect(denials.map((e) => [e.action, e.outcome])).toEqual(expect.arrayContaining([['clinic.ai.read', 'denied'], ['clinic.ai.set', 'denied']]));
  });
});
