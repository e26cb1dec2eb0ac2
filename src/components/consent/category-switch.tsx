'use client';

import { Switch } from 'radix-ui';
import { Badge } from '@/components/ui/badge';
import type { CategoryDetails } from './consent-types';

/**
 * One category in the settings dialog: a labelled switch, what the category is for, and the cookies in it
 * as the registry lists them. Necessary is on and cannot be changed; a category with nothing in it is off
 * and says it is not in use.
 */
export function CategorySwitch({ category, checked, onCheckedChange }: { category: CategoryDetails; checked: boolean; onCheckedChange: (checked: boolean) => void }) {
  const id = `consent-category-${category.id}`;
  const locked = category.alwaysOn || !category.inUse;
  const count = category.items.length;
  return (
    <div className="rounded-lg border p-4">
      <div className="flex items-start justify-between gap-4">
        <div className="grid gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={id} className="font-semibold">
              {category.title}
            </label>
            {category.alwaysOn && <Badge variant="secondary">Always on</Badge>}
            {!category.inUse && <Badge variant="outline">Not in use</Badge>}
          </div>
          <p id={`${id}-description`} className="text-sm text-muted-foreground">
            {category.description}
          </p>
        </div>
        <Switch.Root
          id={id}
          checked={category.alwaysOn || (category.inUse && checked)}
          disabled={locked}
          onCheckedChange={onCheckedChange}
          aria-describedby={`${id}-description`}
          className="relative mt-0.5 inline-flex h-6 w-11 shrink-0 items-center rounded-full border-2 border-input bg-background transition-colors motion-reduce:transition-none disabled:cursor-not-allowed disabled:opacity-60 data-[state=checked]:border-primary data-[state=checked]:bg-primary"
        >
          <Switch.Thumb className="block size-4 translate-x-0.5 rounded-full bg-input shadow-sm transition-transform motion-reduce:transition-none data-[state=checked]:translate-x-5 data-[state=checked]:bg-primary-foreground" />
        </Switch.Root>
      </div>
      {count > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer rounded-sm font-medium text-primary underline-offset-4 hover:underline">
            {count === 1 ? 'Show the cookie' : `Show the ${count} cookies`}
          </summary>
          <ul className="mt-2 grid gap-2">
            {category.items.map((item) => (
              <li key={`${item.kind}:${item.name}`} className="rounded-md bg-muted px-3 py-2">
                <code className="font-mono text-[0.85em] break-all">{item.name}</code>
                <span className="block text-muted-foreground">{item.purpose}</span>
                <span className="block text-muted-foreground">Duration: {item.duration}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
