'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useUiPreferences } from '@/components/consent/use-ui-preferences';
import { IdleGuard } from '@/components/auth/idle-guard';
import type { FormAction } from '@/components/auth/form-state';
import type { RoleNavigation } from '@/config/navigation';
import { cn } from '@/lib/cn';
import { SidebarNav } from './sidebar-nav';
import { SidebarToggles } from './sidebar-toggles';
import { SiteFooter } from './site-footer';
import { Wordmark } from './wordmark';

const sidebarId = 'app-sidebar';

type AppShellProps = {
  navigation: RoleNavigation;
  /** The header's right-hand side: the account menu and role switcher. */
  account: ReactNode;
  /** Staff inactivity limit in ms: above 0, the shell warns a minute before it and signs out at it. */
  idleTimeoutMs?: number;
  /** What the inactivity warning's "Sign out" submits to. */
  signOut?: FormAction;
  children: ReactNode;
};

/**
 * The signed-in frame: header, role navigation in a sidebar, main content and footer.
 * The collapsed sidebar is a UI preference: remembered in the functional clinixai-ui cookie when the person
 * gave functional consent, for this page session only otherwise (the Cookie Policy's functional category).
 */
export function AppShell({ navigation, account, idleTimeoutMs = 0, signOut, children }: AppShellProps) {
  const { preferences, update } = useUiPreferences();
  const collapsed = preferences.sidebarCollapsed ?? false;
  const [mobileOpen, setMobileOpen] = useState(false);
  const mobileToggleRef = useRef<HTMLButtonElement>(null);

  // Escape closes the narrow-screen panel wherever focus is, and returns focus to the toggle that opened it.
  useEffect(() => {
    if (!mobileOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setMobileOpen(false);
      mobileToggleRef.current?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [mobileOpen]);

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-40 h-header border-b bg-background">
        <div className="flex h-full items-center gap-2 px-2 sm:px-4">
          <SidebarToggles
            controls={sidebarId}
            collapsed={collapsed}
            onToggleCollapsed={() => update({ sidebarCollapsed: !collapsed })}
            mobileOpen={mobileOpen}
            onToggleMobile={() => setMobileOpen((value) => !value)}
            mobileToggleRef={mobileToggleRef}
          />
          <Wordmark href={navigation.home} />
          <div className="ml-auto">{account}</div>
        </div>
      </header>
      <div className="flex flex-1">
        {/* Clicking outside the narrow-screen panel closes it; keyboard users have Escape and the toggle. */}
        {mobileOpen && (
          <div aria-hidden="true" className="fixed inset-0 top-header z-30 bg-foreground/40 md:hidden" onClick={() => setMobileOpen(false)} />
        )}
        {/* The wrapper draws the sidebar's edge down the whole page; the nav inside stays in view while the page scrolls. */}
        <div className={cn('contents md:block md:shrink-0 md:border-r', collapsed ? 'md:w-sidebar-collapsed' : 'md:w-sidebar')}>
          <nav
            id={sidebarId}
            aria-label={navigation.label}
            className={cn(
              'flex-col overflow-y-auto bg-background',
              mobileOpen ? 'fixed top-header bottom-0 left-0 z-30 flex w-72 max-w-[85vw] border-r shadow-lg' : 'hidden',
              'md:sticky md:top-header md:z-auto md:flex md:h-[calc(100dvh-var(--spacing-header))] md:w-full md:max-w-none md:border-r-0 md:shadow-none',
            )}
          >
            <SidebarNav navigation={navigation} collapsed={collapsed} onNavigate={() => setMobileOpen(false)} />
          </nav>
        </div>
        <div className="flex min-w-0 flex-1 flex-col">
          <main id="main-content" tabIndex={-1} className="flex-1 px-4 py-8 sm:px-6 lg:px-10">
            <div className="mx-auto max-w-content">{children}</div>
          </main>
          <SiteFooter compact />
        </div>
      </div>
      {idleTimeoutMs > 0 && signOut && <IdleGuard timeoutMs={idleTimeoutMs} signOut={signOut} />}
    </div>
  );
}
