import type { ReactNode } from 'react';
import { PastDueBanner } from '@/components/billing/past-due-banner';
import { RoleShell } from '@/components/layout/role-shell';
import { requireRolePage } from '@/server/access/page-guards';
import { shellPropsOf } from '@/server/auth/auth-page-data';
import { getPastDueNotice } from '@/server/billing/get-past-due-notice';

// The layout guards too, because it shows who is signed in; each page still checks for itself.
export default async function ClinicAdminLayout({ children }: { children: ReactNode }) {
  const principal = await requireRolePage('clinic_admin', '/admin');
  const [shell, pastDue] = await Promise.all([shellPropsOf(principal), getPastDueNotice(principal)]);
  return (
    <RoleShell {...shell}>
      {pastDue && <PastDueBanner notice={pastDue} />}
      {children}
    </RoleShell>
  );
}
