import { env } from '@/config/env';
import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { isLlmEnabled, setLlmEnabled } from './ai-settings.repo';

export interface AiStatus {
  /** An OpenAI-compatible endpoint and model are configured for this installation. */
  configured: boolean;
  /** A clinic admin switched the language model on for the clinic. */
  enabled: boolean;
}

export async function aiStatusOf(clinicId: string): Promise<AiStatus> {
  const config = env();
  return { configured: Boolean(config.CLINIXAI_AI_BASE_URL && config.CLINIXAI_AI_MODEL), enabled: await isLlmEnabled(clinicId) };
}

const clinicOf = (principal: Principal) => (principal.permissions.has('clinic:configure') ? (principal.active?.clinicId ?? null) : null);

/** Clinic admins see and switch the clinic's use of the language model; everyone else gets 404. */
export async function getClinicAi(principal: Principal): Promise<AiStatus> {
  const clinicId = clinicOf(principal);
  if (!clinicId) {
    await recordDenial(principal, { action: 'clinic.ai.read', entityType: 'clinic', entityId: null });
    throw notFound('The page');
  }
  return aiStatusOf(clinicId);
}

export async function setClinicAi(principal: Principal, enabled: boolean): Promise<AiStatus> {
  const clinicId = clinicOf(principal);
  if (!clinicId) {
    await recordDenial(principal, { action: 'clinic.ai.set', entityType: 'clinic', entityId: null });
    throw notFound('The page');
  }
  await setLlmEnabled(clinicId, enabled, principal.userId, auditEventOf(principal, { action: enabled ? 'clinic.ai.enable' : 'clinic.ai.disable', entityType: 'clinic', entityId: clinicId }, 'allowed'));
  return aiStatusOf(clinicId);
}
