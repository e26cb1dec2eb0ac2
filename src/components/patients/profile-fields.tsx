import { TextField } from '@/components/auth/form-field';
import type { FieldErrors } from './patient-form-state';
import { SelectField } from './select-field';

export const profileFieldList = [
  { name: 'givenName', id: 'profile-given', label: 'Given name' },
  { name: 'familyName', id: 'profile-family', label: 'Family name' },
  { name: 'dateOfBirth', id: 'profile-birth', label: 'Date of birth' },
  { name: 'sexAtBirth', id: 'profile-sex', label: 'Sex at birth' },
  { name: 'phone', id: 'profile-phone', label: 'Phone' },
  { name: 'email', id: 'profile-email', label: 'Email' },
  { name: 'addressLine', id: 'profile-address', label: 'Address' },
  { name: 'city', id: 'profile-city', label: 'City' },
  { name: 'postalCode', id: 'profile-postal', label: 'Postal code' },
] as const;

const sexes = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'intersex', label: 'Intersex' },
  { value: 'unknown', label: 'Unknown or prefer not to say' },
];

/** Who the patient is and how to reach them: shared by staff registration and self-registration. */
export function ProfileFields({ errors, defaults = {} }: { errors: FieldErrors; defaults?: { givenName?: string; familyName?: string; email?: string } }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField id="profile-given" name="givenName" label="Given name" autoComplete="given-name" required maxLength={100} defaultValue={defaults.givenName} errors={errors.givenName} />
      <TextField id="profile-family" name="familyName" label="Family name" autoComplete="family-name" required maxLength={100} defaultValue={defaults.familyName} errors={errors.familyName} />
      <TextField id="profile-birth" name="dateOfBirth" label="Date of birth" type="date" autoComplete="bday" required errors={errors.dateOfBirth} />
      <SelectField id="profile-sex" name="sexAtBirth" label="Sex at birth" options={sexes} defaultValue="unknown" errors={errors.sexAtBirth} />
      <TextField id="profile-phone" name="phone" label="Phone (optional)" type="tel" autoComplete="tel" errors={errors.phone} />
      <TextField id="profile-email" name="email" label="Email (optional)" type="email" autoComplete="email" defaultValue={defaults.email} errors={errors.email} />
      <TextField id="profile-address" name="addressLine" label="Address (optional)" autoComplete="street-address" errors={errors.addressLine} />
      <TextField id="profile-city" name="city" label="City (optional)" autoComplete="address-level2" errors={errors.city} />
      <TextField id="profile-postal" name="postalCode" label="Postal code (optional)" autoComplete="postal-code" errors={errors.postalCode} />
    </div>
  );
}
