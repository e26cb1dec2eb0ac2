import { asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/instance';
import { clinics, memberships } from '@/db/schema/clinics';
import { staffInvitations } from '@/db/schema/invitations';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';
import type { CreateClinicInput } from './platform-clinics.schemas';

export async function findAllClinics() {
  return (await db())
    .select({
      id: clinics.id,
      name: clinics.name,
      slug: clinics.slug,
      timeZone: clinics.timeZone,
      country: clinics.country,
      city: clinics.city,
      createdAt: clinics.createdAt,
      activeStaff: sql<number>`count(distinct ${memberships.userId}) filter (where ${memberships.status} = 'active' and ${memberships.role} in ('clinician', 'clinic_admin'))`.mapWith(Number),
      activeAdmins: sql<number>`count(distinct ${memberships.userId}) filter (where ${memberships.status} = 'active' and ${memberships.role} = 'clinic_admin')`.mapWith(Number),
    })
    .from(clinics)
    .leftJoin(memberships, eq(memberships.clinicId, clinics.id))
    .groupBy(clinics.id)
    .orderBy(asc(clinics.name));
}

export interface FirstAdminInvitation {
  id: string;
  email: string;
  tokenHash: string;
  invitedByUserId: string;
  expiresAt: Date;
}

/**
 * The clinic, its first admin's invitation and both audit events, in one transaction: a clinic never
 * exists without the way for its admin to get in. A taken slug raises the unique violation (23505).
 */
export async function insertClinicWithAdminInvitation(
  input: Omit<CreateClinicInput, 'adminEmail'>,
  invitation: FirstAdminInvitation,
  audit: (clinicId: string) => AuditEventRow[],
): Promise<string> {
  return (await db()).transaction(async (tx) => {
    const [clinic] = await tx.insert(clinics).values(input).returning({ id: clinics.id });
    const clinicId = clinic!.id;
    await tx.insert(staffInvitations).values({ ...invitation, clinicId, role: 'clinic_admin' });
    for (const event of audit(clinicId)) await insertAuditEvent(event, tx);
    return clinicId;
  });
}
