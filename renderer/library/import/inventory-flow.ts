import type { ArgOf, ImportSummary, InventoryOptions, InventoryPreview, InventoryPreviewed } from '../../../shared/api';
import type { SavedGrouping } from '../../../shared/inventory';
import type { Client } from '../../../shared/api/client';
import { defaultInventoryOptions } from '../../../shared/api/limits';
import { withColumnFor, type MappingField } from '../../../shared/inventory/mapping';
import type { ImportFile } from '../../app/import-files';

export type InventoryClient = Pick<Client, 'inventory.preview' | 'inventory.apply' | 'inventory.saveMapping'>;

/** An inventory chosen in the open dialog (main reads it), or dropped on the window. */
export type InventorySource = { source: 'dialog' } | { source: 'file'; file: ImportFile };

/** The servers of an inventory the import left out, as its review listed them. */
export interface LeftOut {
  templates: number;
  poweredOff: number;
  skipped: number;
}

export type InventoryView =
  | { stage: 'closed' }
  /**
   * `problem`: the options last chosen import nothing, and why (another format cannot read the file: the preview
   * shown is the last that could; a generic CSV's mapping cannot read it: the preview shows the mapping to change).
   */
  | {
      stage: 'review';
      preview: InventoryPreviewed;
      options: InventoryOptions;
      busy: boolean;
      problem: string | null;
      /** The grouping the estate's saved workloads have, which the review took on opening (until the user chooses). */
      followed?: SavedGrouping;
    }
  | { stage: 'refused'; name: string; message: string }
  | { stage: 'done'; summary: ImportSummary; leftOut: LeftOut };


/**
 * The inventory import outside React: preview a file, preview it again with other options, import or cancel.
 * React reads it with useSyncExternalStore; tests drive it against a fake client.
 */
export class InventoryFlow {
  private view: InventoryView = { stage: 'closed' };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly client: InventoryClient,
    private readonly onImported: () => void,
  ) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = () => this.view;

  async open(from: InventorySource): Promise<void> {
    const request = from.source === 'dialog' ? from : { source: 'file' as const, name: from.file.name, base64: await from.file.read() };
    await this.preview(request, defaultInventoryOptions, from.source === 'file' ? from.file.name : 'The inventory');
  }

  /** An inventory main has read and previewed already (chosen in the Import… dialog). */
  async review(preview: InventoryPreview): Promise<void> {
    this.show(viewOf(preview, defaultInventoryOptions));
    await this.followSavedGrouping();
  }

  /**
   * Previews the file under review again with changed options (another format or grouping, say). Options the file
   * cannot be imported with keep the review open, saying why, so the user can choose again.
   */
  async change(options: Partial<InventoryOptions>): Promise<void> {
    const view = this.view;
    if (view.stage !== 'review' || view.busy) return;
    const chosen = { ...view.options, ...options };
    const busy = { ...view, busy: true };
    this.show(busy);
    // A review closed meanwhile stays closed.
    const showIfOpen = (next: InventoryView) => this.view === busy && this.show(next);
    try {
      const preview = await this.client['inventory.preview']({ from: { source: 'previewed', token: view.preview.token }, ...chosen });
      if (preview.status === 'previewed') showIfOpen({ stage: 'review', preview, options: chosen, busy: false, problem: preview.problem });
      else showIfOpen({ ...view, options: chosen, problem: preview.status === 'refused' ? preview.error.message : null });
    } catch (error) {
      showIfOpen({ ...view, options: chosen, problem: messageOf(error) });
    }
  }

  /** A generic CSV's field read from another column (null: from none); the preview follows. */
  mapField(field: Exclude<MappingField, 'detail'>, column: string | null): Promise<void> {
    const view = this.view;
    if (view.stage !== 'review' || view.preview.report.mapping === null) return Promise.resolve();
    return this.change({ mapping: withColumnFor(view.preview.report.mapping, field, column) });
  }

  /** Saves the mapping under review for the next CSV with the same header. */
  async saveMapping(): Promise<void> {
    const view = this.view;
    if (view.stage !== 'review' || view.busy) return;
    this.show({ ...view, busy: true });
    try {
      const savedMapping = await this.client['inventory.saveMapping']({ token: view.preview.token });
      this.show({ ...view, preview: { ...view.preview, savedMapping } });
    } catch (error) {
      this.show({ ...view, problem: messageOf(error) });
    }
  }

  /** Imports the preview shown, unless the options last chosen could not import the file. */
  async confirm(): Promise<void> {
    const view = this.view;
    if (view.stage !== 'review' || view.busy || view.problem !== null) return;
    this.show({ ...view, busy: true });
    try {
      this.show({ stage: 'done', summary: await this.client['inventory.apply']({ token: view.preview.token }), leftOut: leftOutOf(view) });
    } catch (error) {
      this.show({ stage: 'refused', name: view.preview.name, message: messageOf(error) });
    } finally {
      this.onImported();
    }
  }

  close(): void {
    this.show({ stage: 'closed' });
  }

  private async preview(from: ArgOf<'inventory.preview'>['from'], options: InventoryOptions, name: string): Promise<void> {
    try {
      this.show(viewOf(await this.client['inventory.preview']({ from, ...options }), options));
    } catch (error) {
      return this.show({ stage: 'refused', name, message: messageOf(error) });
    }
    await this.followSavedGrouping();
  }

  /**
   * An estate whose workloads are saved grouped another way (imported before) opens grouped as saved, so importing
   * it again refreshes them rather than adding their servers a second time; the review says so, and the user may
   * still choose otherwise.
   */
  private async followSavedGrouping(): Promise<void> {
    const view = this.view;
    if (view.stage !== 'review' || view.preview.savedGrouping === null) return;
    const saved = view.preview.savedGrouping;
    await this.change({ groupBy: saved.groupBy, labelBy: null });
    if (this.view.stage === 'review' && this.view.preview.savedGrouping === null) this.show({ ...this.view, followed: saved });
  }

  private show(view: InventoryView): void {
    this.view = view;
    for (const listener of this.listeners) listener();
  }
}

function viewOf(preview: InventoryPreview, options: InventoryOptions): InventoryView {
  if (preview.status === 'cancelled') return { stage: 'closed' };
  if (preview.status === 'refused') return { stage: 'refused', name: preview.name, message: preview.error.message };
  return { stage: 'review', preview, options, busy: false, problem: preview.problem };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The servers the review's import leaves out: templates, powered-off ones unless included, unreadable rows. */
function leftOutOf({ preview: { report }, options }: Extract<InventoryView, { stage: 'review' }>): LeftOut {
  return { templates: report.templates.length, poweredOff: options.includePoweredOff ? 0 : report.poweredOff.length, skipped: report.skipped.length };
}
