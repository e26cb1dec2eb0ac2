import { and, eq } from 'drizzle-orm';
import { db } from '@/db/instance';
import { dashboardSettings } from '@/db/schema/notifications';

export async function savedLayout(userId: string, role: string) {
  const [row] = await (await db()).select({ layout: dashboardSettings.layout }).from(dashboardSettings).where(and(eq(dashboardSettings.userId, userId), eq(dashboardSettings.role, role))).limit(1);
  return row?.layout ?? null;
}

export async function storeLayout(userId: string, role: string, layout: { order: string[]; hidden: string[] }, now: Date) {
  await (await db())
    .insert(dashboardSettings)
    .values({ userId, role, layout, updatedAt: now })
    .onConflictDoUpdate({ target: [dashboardSettings.userId, dashboardSettings.role], set: { layout, updatedAt: now } });
}
