import type { ReactNode } from 'react';
import { RoleShell } from '@/components/layout/role-shell';
import { requireRolePage } from '@/server/access/page-guards';
import { shellPropsOf } from '@/server/auth/auth-page-data';

// The layout guards too, because it shows who is signed in; each page still checks for itself.
export default async function PlatformAdminLayout({ children }: { children: ReactNode }) {
  const principal = await requireRolePage('platform_admin', '/platform');
  const shell = await shellPropsOf(principal);
  return <RoleShell {...shell}>{children}</RoleShell>;
}
