import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { canOperatePlatform } from './platform.policy';
import { platformClinicViewSchema, type PlatformClinicView } from './platform-clinics.schemas';
import { findAllClinics } from './platform-clinics.repo';

/** Every clinic of the installation, for the platform admin: no patient or staff details, only counts. */
export async function listClinics(principal: Principal): Promise<PlatformClinicView[]> {
  if (!canOperatePlatform(principal)) throw notFound('The page');
  return (await findAllClinics()).map((c) => platformClinicViewSchema.parse({ ...c, createdAt: c.createdAt.toISOString() }));
}
