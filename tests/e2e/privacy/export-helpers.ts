import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';

/**
 * "Download my data" as the privacy center offers it: the button queues the export, the page shows its progress,
 * then a "Save …" link hands over the file, which the browser saves.
 */
export async function prepareAndSaveExport(page: Page, button: 'Download as JSON' | 'Download as FHIR R4'): Promise<{ filename: string; body: string }> {
  await page.getByRole('button', { name: button }).click();
  const save = page.getByRole('link', { name: button === 'Download as JSON' ? /^Save clinixai-my-data-[\d-]+\.json$/ : /^Save clinixai-my-data-[\d-]+\.fhir\.json$/ });
  await expect(save).toBeVisible();
  const [saved] = await Promise.all([page.waitForEvent('download'), save.click()]);
  return { filename: saved.suggestedFilename(), body: await readFile(await saved.path(), 'utf8') };
}
