import type { ComponentProps, ReactNode } from 'react';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { cn } from '@/lib/cn';

/** ids of a field's hint and error, joined for aria-describedby (the error first: it matters most). */
export function describedBy(id: string, hint: boolean, errors: readonly string[] | undefined): string | undefined {
  const ids = [errors && errors.length > 0 ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldError({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (!errors || errors.length === 0) return null;
  return (
    <p id={`${id}-error`} className="text-sm font-medium text-destructive">
      <span className="sr-only">Error: </span>
      {errors.join(' ')}
    </p>
  );
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={`${id}-hint`} className="text-sm text-muted-foreground">
      {children}
    </div>
  );
}

type TextFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: readonly string[];
  /** Something drawn beside the label, such as a "Forgot your password?" link. */
  labelAside?: ReactNode;
};

/** A labelled input whose hint and error are tied to it with aria-describedby, and marked aria-invalid on error. */
export function TextField({ id, label, hint, errors, labelAside, className, ...inputProps }: TextFieldProps) {
  const invalid = Boolean(errors && errors.length > 0);
  return (
    <div className={cn('grid gap-2', className)}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <Label htmlFor={id}>{label}</Label>
        {labelAside}
      </div>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      <Input id={id} aria-invalid={invalid || undefined} aria-describedby={describedBy(id, Boolean(hint), errors)} {...inputProps} />
      <FieldError id={id} errors={errors} />
    </div>
  );
}
