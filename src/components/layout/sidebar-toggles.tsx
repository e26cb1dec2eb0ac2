'use client';

import { Menu, PanelLeftClose, PanelLeftOpen, X } from 'lucide-react';
import type { Ref } from 'react';
import { Button } from '@/components/ui/button';

type SidebarTogglesProps = {
  controls: string;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  mobileOpen: boolean;
  onToggleMobile: () => void;
  mobileToggleRef: Ref<HTMLButtonElement>;
};

/**
 * Two buttons, one per breakpoint, because the sidebar has a different state on each: on wide screens it is
 * expanded or collapsed to icons, on narrow screens it is a panel that is closed until asked for. Only one is
 * displayed at a time (the other is display:none, so out of the accessibility tree), and both use the names
 * "Collapse sidebar" / "Expand sidebar" for the state they would change.
 */
export function SidebarToggles(props: SidebarTogglesProps) {
  const { controls, collapsed, onToggleCollapsed, mobileOpen, onToggleMobile, mobileToggleRef } = props;
  return (
    <>
      <Button
        variant="ghost"
        size="icon"
        className="hidden md:inline-flex"
        aria-controls={controls}
        aria-expanded={!collapsed}
        onClick={onToggleCollapsed}
      >
        {collapsed ? <PanelLeftOpen aria-hidden="true" /> : <PanelLeftClose aria-hidden="true" />}
        <span className="sr-only">{collapsed ? 'Expand sidebar' : 'Collapse sidebar'}</span>
      </Button>
      <Button
        ref={mobileToggleRef}
        variant="ghost"
        size="icon"
        className="md:hidden"
        aria-controls={controls}
        aria-expanded={mobileOpen}
        onClick={onToggleMobile}
      >
        {mobileOpen ? <X aria-hidden="true" /> : <Menu aria-hidden="true" />}
        <span className="sr-only">{mobileOpen ? 'Collapse sidebar' : 'Expand sidebar'}</span>
      </Button>
    </>
  );
}
