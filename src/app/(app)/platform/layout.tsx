import type { ReactNode } from 'react';
import { RoleShell } from '@/components/layout/role-shell';

export default function PlatformAdminLayout({ children }: { children: ReactNode }) {
  return <RoleShell role="platform_admin">{children}</RoleShell>;
}
