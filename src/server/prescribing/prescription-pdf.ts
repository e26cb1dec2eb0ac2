import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export interface PrescriptionDocument {
  clinic: { name: string; address: string; phone: string | null };
  patient: { name: string; birthDate: string; mrn: string };
  prescriber: string | null;
  signedAt: string;
  lines: { label: string; value: string }[];
}

/** pdf-lib's standard fonts are WinAnsi: characters outside it are replaced, never allowed to fail the print. */
const safe = (s: string) => s.replace(/[^\x20-\x7E\u00A0-\u00FF]/g, '?');

/** A one-page, printable prescription with the clinic's details (pdf-lib, no external resources). */
export async function renderPrescriptionPdf(d: PrescriptionDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Prescription');
  pdf.setProducer('ClinixAI');
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 790;
  const write = (text: string, size = 11, font = regular, x = 56) => {
    page.drawText(safe(text), { x, y, size, font, color: rgb(0.1, 0.1, 0.12), maxWidth: 480 });
    y -= size + 8;
  };
  write(d.clinic.name, 18, bold);
  write(d.clinic.address);
  if (d.clinic.phone) write(`Phone: ${d.clinic.phone}`);
  y -= 12;
  page.drawLine({ start: { x: 56, y: y + 10 }, end: { x: 540, y: y + 10 }, thickness: 0.8, color: rgb(0.6, 0.6, 0.65) });
  write('Prescription', 15, bold);
  write(`Patient: ${d.patient.name}   Date of birth: ${d.patient.birthDate}   Record: ${d.patient.mrn}`);
  y -= 6;
  for (const line of d.lines) {
    page.drawText(safe(`${line.label}:`), { x: 56, y, size: 11, font: bold });
    page.drawText(safe(line.value), { x: 190, y, size: 11, font: regular, maxWidth: 350 });
    y -= 19;
  }
  y -= 24;
  write(`Prescriber: ${d.prescriber ?? 'Unknown'}`);
  write(`Signed electronically: ${d.signedAt}`);
  return pdf.save();
}
