import { describedBy, FieldError, FieldHint } from '@/components/auth/form-field';
import { Label } from '@/components/ui/label';
import { staffRoleOptions } from './staff-form-state';

/** A native select: keyboard and screen-reader behaviour come from the browser, and it posts without script. */
export function RoleSelect({ id, errors }: { id: string; errors?: readonly string[] }) {
  const invalid = Boolean(errors && errors.length > 0);
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>Role</Label>
      <FieldHint id={id}>Clinicians see patients and charts; clinic admins manage staff, hours and billing.</FieldHint>
      <select
        id={id}
        name="role"
        defaultValue="clinician"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, true, errors)}
        className="flex h-10 w-full rounded-md border border-input bg-background px-3 py-2 text-base text-foreground aria-invalid:border-destructive sm:text-sm"
      >
        {staffRoleOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={id} errors={errors} />
    </div>
  );
}
