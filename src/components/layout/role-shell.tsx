import type { ReactNode } from 'react';
import { navigation } from '@/config/navigation';
import type { Role } from '@/config/roles';
import { AccountMenuPlaceholder } from './account-menu-placeholder';
import { AppShell } from './app-shell';

/** The signed-in shell for one role: that role's navigation and, for now, the account placeholder. */
export function RoleShell({ role, children }: { role: Role; children: ReactNode }) {
  const roleNavigation = navigation[role];
  return (
    <AppShell navigation={roleNavigation} account={<AccountMenuPlaceholder roleLabel={roleNavigation.label} />}>
      {children}
    </AppShell>
  );
}
