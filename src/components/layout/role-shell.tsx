import type { ReactNode } from 'react';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { navigation } from '@/config/navigation';
import type { Role } from '@/config/roles';
import type { AccountSummary, ShellActions } from './account-summary';
import { accountNavigation } from './account-navigation';
import { AppShell } from './app-shell';
import { UserMenu } from './user-menu';

type RoleShellProps = {
  /** The role whose navigation the sidebar shows; null for someone without a clinic role yet. */
  role: Role | null;
  account: AccountSummary;
  /** Staff inactivity limit of the session in ms; 0 for none. */
  idleTimeoutMs: number;
  actions: ShellActions;
  children: ReactNode;
};

/** The signed-in shell: the role's navigation, the account menu and, for staff, the inactivity warning. */
export function RoleShell({ role, account, idleTimeoutMs, actions, children }: RoleShellProps) {
  return (
    <AppShell
      navigation={role ? navigation[role] : accountNavigation}
      account={
        <div className="flex items-center gap-1">
          <NotificationBell />
          <UserMenu account={account} actions={actions} />
        </div>
      }
      idleTimeoutMs={idleTimeoutMs}
      signOut={actions.signOut}
    >
      {children}
    </AppShell>
  );
}
