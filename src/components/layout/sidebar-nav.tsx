'use client';

import type { RoleNavigation } from '@/config/navigation';
import { cn } from '@/lib/cn';
import { NavIcon } from './nav-icon';
import { NavLink } from './nav-link';

type SidebarNavProps = {
  navigation: RoleNavigation;
  /** Desktop icon-only mode: labels stay in the accessibility tree but are hidden visually. */
  collapsed: boolean;
  onNavigate: () => void;
};

export function SidebarNav({ navigation, collapsed, onNavigate }: SidebarNavProps) {
  return (
    <ul className="flex flex-col gap-1 p-2">
      {navigation.items.map((item) => (
        <li key={item.href}>
          <NavLink
            href={item.href}
            // The role's home is its own page; other items own the pages below them (/patient/visits/…).
            matchNested={item.href !== navigation.home}
            onClick={onNavigate}
            title={collapsed ? item.label : undefined}
            className={cn(
              'flex min-h-10 items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-muted-foreground no-underline hover:bg-accent hover:text-accent-foreground',
              collapsed && 'md:justify-center md:px-0',
            )}
            activeClassName="bg-accent text-accent-foreground"
          >
            <NavIcon name={item.icon} className="size-5 shrink-0" />
            <span className={cn(collapsed && 'md:sr-only')}>{item.label}</span>
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
