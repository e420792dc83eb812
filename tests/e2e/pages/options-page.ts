import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/** A file handed to the import input, as Playwright's setInputFiles takes it. */
export interface ImportedFile {
  name: string;
  text: string;
}

/**
 * The options page's sources section as a page object: import files through
 * the real file input, edit, remove, hide and show a source, export.
 */
export class OptionsPage {
  readonly yours: Locator;
  readonly report: Locator;
  readonly error: Locator;

  private constructor(readonly page: Page) {
    this.yours = page.locator('ul.options-yours > li');
    this.report = page.locator('.options-import-report li');
    this.error = page.locator('.options-error');
  }

  static async open(page: Page, extensionId: string): Promise<OptionsPage> {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const options = new OptionsPage(page);
    await options.idle();
    return options;
  }

  /** The row of one source, bundled or yours. */
  row(sourceId: string): Locator {
    return this.page.locator(`li[data-source-id="${sourceId}"]`);
  }

  /** The list has loaded and no change is under way (the import input is enabled again). */
  async idle(): Promise<void> {
    await this.page.locator('ul.options-bundled > li').first().waitFor();
    await this.page.locator('input[name="import"]:enabled').waitFor();
  }

  async import(files: ImportedFile[]): Promise<void> {
    await this.page.locator('input[name="import"]').setInputFiles(
      files.map(({ name, text }) => ({
        name,
        mimeType: name.endsWith('.json') ? 'application/json' : 'text/plain',
        buffer: Buffer.from(text, 'utf8'),
      })),
    );
    await this.report.first().waitFor();
    await this.idle();
  }

  /** The reader's sources as listed: id and shown name. */
  async listedYours(): Promise<{ sourceId: string; name: string }[]> {
    return this.yours.evaluateAll((rows) =>
      rows.map((row) => ({
        sourceId: row.getAttribute('data-source-id') ?? '',
        name: row.querySelector('.options-source-name')?.textContent?.trim() ?? '',
      })),
    );
  }

  /** Ticks or unticks a source's "Compare" switch and waits for the change to be saved. */
  async setShown(sourceId: string, shown: boolean): Promise<void> {
    await this.row(sourceId).locator('input[name="shown"]').setChecked(shown);
    // Saved once the background's list says so (the page's busy state may not have rendered yet).
    await this.page.waitForFunction(
      async ({ id, hidden }) => {
        const { chrome } = globalThis as unknown as {
          chrome: { runtime: { sendMessage: (message: unknown) => Promise<{ hidden?: string[] }> } };
        };
        const list = await chrome.runtime.sendMessage({ type: 'sources-list' });
        return (list.hidden ?? []).includes(id) === hidden;
      },
      { id: sourceId, hidden: !shown },
    );
    await this.idle();
  }

  async editOutlet(sourceId: string, outlet: string): Promise<void> {
    const row = this.row(sourceId);
    await row.getByRole('button', { name: 'Edit' }).click();
    await row.locator('form.options-source-edit input[name="outlet"]').fill(outlet);
    await row.getByRole('button', { name: 'Save' }).click();
    await row.locator('form.options-source-edit').waitFor({ state: 'detached' });
    await this.idle();
  }

  async remove(sourceId: string): Promise<void> {
    await this.row(sourceId)
      .getByRole('button', { name: /^Remove / })
      .click();
    await this.row(sourceId).waitFor({ state: 'detached' });
    await this.idle();
  }

  /** Clicks Export and returns the downloaded file's name and text. */
  async export(): Promise<ImportedFile> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Export your sources (JSON)' }).click(),
    ]);
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  }
}
