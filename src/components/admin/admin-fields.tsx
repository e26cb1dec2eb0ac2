'use client';

import type { ComponentProps, ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, TextField } from '@/components/auth/form-field';
import { Label } from '@/components/ui/label';
import { useFieldErrors } from './admin-form';

type FieldProps = Omit<ComponentProps<typeof TextField>, 'errors' | 'name'> & { name: string };

/** A text field whose error comes from the enclosing AdminForm. */
export function AdminTextField(props: FieldProps) {
  const errors = useFieldErrors(props.name);
  return <TextField {...props} errors={errors} />;
}

export const selectClass =
  'flex h-10 w-full rounded-md border border-input bg-background px-3 py-2 text-base text-foreground aria-invalid:border-destructive sm:text-sm';

export function AdminSelect({
  id,
  name,
  label,
  hint,
  defaultValue,
  options,
}: {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  defaultValue?: string;
  options: readonly { value: string; label: string }[];
}) {
  const errors = useFieldErrors(name);
  const invalid = Boolean(errors?.length);
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      <select id={id} name={name} defaultValue={defaultValue} aria-invalid={invalid || undefined} aria-describedby={describedBy(id, Boolean(hint), errors)} className={selectClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={id} errors={errors} />
    </div>
  );
}

export function AdminCheckbox({ id, name, label, defaultChecked, value = 'on' }: { id: string; name: string; label: string; defaultChecked?: boolean; value?: string }) {
  return (
    <label htmlFor={id} className="flex min-h-6 items-center gap-2 text-sm">
      <input id={id} type="checkbox" name={name} value={value} defaultChecked={defaultChecked} className="size-4 accent-primary" />
      {label}
    </label>
  );
}

/** Errors under a name prefix (e.g. one weekday's ranges), shown once for a group of fields. */
export function GroupErrors({ id, name }: { id: string; name: string }) {
  const errors = useFieldErrors(name, true);
  return <FieldError id={id} errors={errors} />;
}
