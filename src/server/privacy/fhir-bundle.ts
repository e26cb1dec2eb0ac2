import type { PatientRecordExport, PersonalDataExport } from './export.schemas';
import { fhirClinicalResources, type FhirResource } from './fhir-resources';
import { fhirVisitResources } from './fhir-visit-resources';

/** FHIR R4 Bundle of type "collection": a set of resources exported together, with no transaction semantics. */
export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
}

// Our row ids are UUIDs, so urn:uuid: full URLs are stable across exports and unique without a server base URL.
export const fullUrlOf = (id: string) => `urn:uuid:${id}`;

function patientResource(patient: PatientRecordExport): FhirResource {
  const address = patient.addressLine || patient.city || patient.postalCode
    ? [{ line: patient.addressLine ? [patient.addressLine] : undefined, city: patient.city ?? undefined, postalCode: patient.postalCode ?? undefined }]
    : undefined;
  const telecom = [
    ...(patient.phone ? [{ system: 'phone', value: patient.phone }] : []),
    ...(patient.email ? [{ system: 'email', value: patient.email }] : []),
  ];
  return {
    resourceType: 'Patient',
    id: patient.id,
    identifier: [{ system: `urn:clinixai:clinic:${patient.clinicId}:record-number`, value: patient.recordNumber }],
    name: [{ family: patient.familyName, given: [patient.givenName] }],
    gender: patient.sexAtBirth === 'female' || patient.sexAtBirth === 'male' ? patient.sexAtBirth : 'unknown',
    birthDate: patient.dateOfBirth,
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(address ? { address } : {}),
    managingOrganization: { display: patient.clinicName },
  };
}

export function toFhirBundle(data: PersonalDataExport): FhirBundle {
  const resources = data.patientRecords.flatMap((patient) => [
    patientResource(patient),
    ...fhirClinicalResources(patient, fullUrlOf(patient.id)),
    ...fhirVisitResources(patient, fullUrlOf(patient.id), fullUrlOf, data.exportedAt),
  ]);
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: data.exportedAt,
    entry: resources.map((resource) => ({ fullUrl: fullUrlOf(resource.id), resource })),
  };
}
