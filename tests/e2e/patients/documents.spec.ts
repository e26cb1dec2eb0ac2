import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** A clinician attaches an image to a chart and downloads it; a page disguised as a PDF is refused by its content. */
test('a clinician attaches a document, downloads it, and a disguised file is refused naming the field', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  await page.goto('/clinician/patients');
  await page.getByLabel('Find a patient').fill('RFC-000110');
  await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().click();
  const documents = page.getByRole('region', { name: 'Documents' });
  await documents.getByText('Attach a document').click();

  await documents.getByLabel('File').setInputFiles({ name: 'referral.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await documents.getByRole('button', { name: 'Attach document' }).click();
  await expect(documents.getByRole('alert')).toContainText('Only PDF, PNG and JPEG files can be attached');

  const title = `Wound photo ${Date.now()}`;
  await documents.getByLabel('Title (optional)').fill(title);
  await documents.getByLabel('File').setInputFiles({ name: 'photo.pdf', mimeType: 'application/pdf', buffer: PNG });
  await documents.getByRole('button', { name: 'Attach document' }).click();
  await expect(documents.getByRole('status').filter({ hasText: 'Document attached.' })).toBeVisible();
  const link = documents.getByRole('link', { name: title });
  await expect(link).toBeVisible();
  await expect(documents).toContainText('photo.png');

  const href = await link.getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="photo\.png"/);
  expect(response.headers()['cache-control']).toContain('no-store');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(Buffer.from(await response.body()).equals(PNG)).toBe(true);
});
