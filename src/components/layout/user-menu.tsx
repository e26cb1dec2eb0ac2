'use client';

import { Check, ChevronDown, LoaderCircle, LogOut, Settings } from 'lucide-react';
import Link from 'next/link';
import { DropdownMenu } from 'radix-ui';
import { useRef, useState } from 'react';
import { describeMembership, membershipKey, type AccountSummary, type ShellActions } from './account-summary';

const itemClass =
  'flex min-h-10 cursor-default items-center gap-3 rounded-sm px-3 py-2 text-sm outline-none select-none data-[highlighted]:bg-accent data-[highlighted]:text-accent-foreground data-[disabled]:opacity-60';

function initialsOf(name: string): string {
  const letters = name
    .split(/[\s@.]+/)
    .filter(Boolean)
    .map((part) => [...part][0] ?? '');
  return ((letters[0] ?? '') + (letters.length > 1 ? (letters[letters.length - 1] ?? '') : '')).toUpperCase() || '?';
}

/**
 * The signed-in person's menu in the header: who they are, the role and clinic they act in, a switcher for
 * their other memberships, settings and sign-out. Switching and signing out are form posts to server actions;
 * the menu items submit hidden forms so the menu itself keeps Radix's keyboard handling (arrows, Escape, typeahead).
 */
export function UserMenu({ account, actions }: { account: AccountSummary; actions: ShellActions }) {
  const switchForm = useRef<HTMLFormElement>(null);
  const clinicInput = useRef<HTMLInputElement>(null);
  const roleInput = useRef<HTMLInputElement>(null);
  const signOutForm = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const activeKey = account.active ? membershipKey(account.active) : '';

  function switchTo(key: string) {
    const target = account.memberships.find((m) => membershipKey(m) === key);
    if (!target || key === activeKey || !clinicInput.current || !roleInput.current) return;
    clinicInput.current.value = target.clinicId ?? '';
    roleInput.current.value = target.role;
    setBusy(`Switching to ${describeMembership(target)}…`);
    switchForm.current?.requestSubmit();
  }

  function signOut() {
    setBusy('Signing out…');
    signOutForm.current?.requestSubmit();
  }

  return (
    <>
      <form ref={switchForm} action={actions.switchRole} hidden>
        <input ref={clinicInput} type="hidden" name="clinicId" defaultValue="" />
        <input ref={roleInput} type="hidden" name="role" defaultValue="" />
      </form>
      <form ref={signOutForm} action={actions.signOut} hidden />
      <p role="status" className="sr-only">
        {busy ?? ''}
      </p>
      {/* Not modal: a modal menu hides the rest of the page with aria-hidden, skip link included, while that
          link stays focusable (axe: aria-hidden-focus). Escape, Tab and clicking outside still close it. */}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger
          aria-busy={busy ? true : undefined}
          className="flex min-h-10 max-w-[16rem] items-center gap-2 rounded-md px-1.5 py-1 text-left hover:bg-accent hover:text-accent-foreground data-[state=open]:bg-accent data-[state=open]:text-accent-foreground sm:max-w-xs sm:px-2"
        >
          <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground">
            {initialsOf(account.name)}
          </span>
          <span className="sr-only flex-col leading-tight sm:not-sr-only sm:flex sm:min-w-0">
            <span className="truncate text-sm font-medium">{account.name}</span>
            <span className="truncate text-xs text-muted-foreground">
              {account.active ? describeMembership(account.active) : 'No clinic yet'}
            </span>
          </span>
          {busy ? (
            <LoaderCircle aria-hidden="true" className="size-4 shrink-0 motion-safe:animate-spin" />
          ) : (
            <ChevronDown aria-hidden="true" className="size-4 shrink-0" />
          )}
        </DropdownMenu.Trigger>
        {/* Rendered in place, not portalled to <body>, so the menu stays inside the header's landmark. */}
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 w-72 max-w-[calc(100vw-1rem)] rounded-md border bg-card p-1 text-card-foreground shadow-lg"
        >
          <DropdownMenu.Label className="flex flex-col px-3 py-2">
            <span className="truncate text-sm font-semibold">{account.name}</span>
            <span className="truncate text-xs text-muted-foreground">{account.email}</span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Label id="role-switcher-label" className="px-3 pt-2 pb-1 text-xs font-medium text-muted-foreground">
            {account.memberships.length > 1 ? 'Switch role' : 'Your role'}
          </DropdownMenu.Label>
          {account.memberships.length === 0 ? (
            <p className="px-3 pb-2 text-sm text-muted-foreground">You have not joined a clinic yet.</p>
          ) : (
            <DropdownMenu.RadioGroup aria-labelledby="role-switcher-label" value={activeKey} onValueChange={switchTo}>
              {account.memberships.map((membership) => (
                <DropdownMenu.RadioItem key={membershipKey(membership)} value={membershipKey(membership)} className={itemClass}>
                  <span className="flex size-4 shrink-0 items-center justify-center">
                    <DropdownMenu.ItemIndicator>
                      <Check aria-hidden="true" className="size-4" />
                    </DropdownMenu.ItemIndicator>
                  </span>
                  <span className="flex min-w-0 flex-col leading-tight">
                    <span className="font-medium">{membership.roleLabel}</span>
                    <span className="truncate text-xs text-muted-foreground">{membership.clinicName ?? 'This installation'}</span>
                  </span>
                </DropdownMenu.RadioItem>
              ))}
            </DropdownMenu.RadioGroup>
          )}
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item asChild className={itemClass}>
            <Link href="/settings">
              <Settings aria-hidden="true" className="size-4" />
              Settings
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item className={itemClass} onSelect={signOut}>
            <LogOut aria-hidden="true" className="size-4" />
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Root>
    </>
  );
}
