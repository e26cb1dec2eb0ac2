'use client';

import { Eye, EyeOff } from 'lucide-react';
import { useState, type ReactNode, type Ref } from 'react';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { cn } from '@/lib/cn';
import { FieldError, FieldHint } from './form-field';

// The server's rule (src/server/auth/password-policy.ts): 12–128 characters counted after NFKC normalisation.
const MIN = 12;
const MAX = 128;
const characterCount = (value: string) => [...value.normalize('NFKC')].length;

type PasswordFieldProps = {
  id: string;
  name: string;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  errors?: readonly string[];
  /** For a new password: show the rules up front and a live character count. */
  withRules?: boolean;
  labelAside?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  required?: boolean;
};

function lengthStatus(count: number): { visible: string; announced: string } {
  if (count > MAX) return { visible: `${count} characters: ${count - MAX} over the limit`, announced: 'Too long: use at most 128 characters.' };
  if (count >= MIN) return { visible: `${count} characters`, announced: 'Long enough.' };
  return { visible: `${count} of at least ${MIN} characters`, announced: '' };
}

/**
 * A password input with a "Show" toggle (typing blind is hard for many people) and, for a new password,
 * the rules and a character count. Only changes of state (long enough, too long) are announced, not
 * every keystroke.
 */
export function PasswordField({ id, name, label, autoComplete, errors, withRules = false, labelAside, inputRef, required }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  const [count, setCount] = useState(0);
  const invalid = Boolean(errors && errors.length > 0);
  const status = lengthStatus(count);
  const describedBy = [invalid ? `${id}-error` : null, withRules ? `${id}-hint` : null, withRules ? `${id}-count` : null]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <Label htmlFor={id}>{label}</Label>
        {labelAside}
      </div>
      {withRules && (
        <FieldHint id={id}>
          <p>
            Use {MIN} to {MAX} characters. Any characters work, spaces included: a few unrelated words you will
            remember make a strong password. Very common passwords are not accepted.
          </p>
        </FieldHint>
      )}
      <div className="relative">
        <Input
          ref={inputRef}
          id={id}
          name={name}
          type={visible ? 'text' : 'password'}
          autoComplete={autoComplete}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy || undefined}
          onChange={withRules ? (event) => setCount(characterCount(event.currentTarget.value)) : undefined}
          className="pr-24"
        />
        <button
          type="button"
          aria-pressed={visible}
          aria-controls={id}
          onClick={() => setVisible((value) => !value)}
          className="absolute inset-y-0 right-0 inline-flex min-w-20 items-center justify-center gap-1.5 rounded-r-md px-3 text-sm font-medium text-primary hover:bg-accent hover:text-accent-foreground"
        >
          {visible ? <EyeOff aria-hidden="true" className="size-4" /> : <Eye aria-hidden="true" className="size-4" />}
          Show<span className="sr-only"> password</span>
        </button>
      </div>
      {withRules && (
        <>
          <p id={`${id}-count`} className={cn('text-sm', count > MAX ? 'font-medium text-destructive' : 'text-muted-foreground')}>
            {status.visible}
          </p>
          <p aria-live="polite" className="sr-only">
            {status.announced}
          </p>
        </>
      )}
      <FieldError id={id} errors={errors} />
    </div>
  );
}
