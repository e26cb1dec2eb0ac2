import type { ReactNode } from 'react';
import { RoleShell } from '@/components/layout/role-shell';
import { requireSignedIn } from '@/server/access/page-guards';
import { shellPropsOf } from '@/server/auth/auth-page-data';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const principal = await requireSignedIn('/dashboard');
  const shell = await shellPropsOf(principal);
  return <RoleShell {...shell}>{children}</RoleShell>;
}
