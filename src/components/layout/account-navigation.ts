import type { RoleNavigation } from '@/config/navigation';

/**
 * The sidebar of someone who has not joined a clinic yet (a newly signed-up patient): only the pages that
 * need no clinic. People with a role see that role's navigation everywhere, settings included.
 */
export const accountNavigation: RoleNavigation = {
  label: 'Your account',
  home: '/dashboard',
  items: [
    { label: 'Getting started', href: '/dashboard', icon: 'LayoutDashboard' },
    { label: 'Security', href: '/settings', icon: 'ShieldCheck' },
  ],
};
