import type { ReactNode } from 'react';
import { RoleShell } from '@/components/layout/role-shell';
import { requireRolePage } from '@/server/access/page-guards';
import { shellPropsOf } from '@/server/auth/auth-page-data';

// The layout guards too, because it shows who is signed in; each page still checks for itself.
export default async function ClinicianLayout({ children }: { children: ReactNode }) {
  const principal = await requireRolePage('clinician', '/clinician');
  const shell = await shellPropsOf(principal);
  return <RoleShell {...shell}>{children}</RoleShell>;
}
