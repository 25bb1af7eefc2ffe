import type { ArgOf, ImportSummary, InventoryOptions, InventoryPreview, InventoryPreviewed } from '../../../shared/api';
import type { Client } from '../../../shared/api/client';
import type { ImportFile } from '../../app/import-files';

export type InventoryClient = Pick<Client, 'inventory.preview' | 'inventory.apply'>;

/** An inventory chosen in the open dialog (main reads it), or dropped on the window. */
export type InventorySource = { source: 'dialog' } | { source: 'file'; file: ImportFile };

export type InventoryView =
  | { stage: 'closed' }
  | { stage: 'review'; preview: InventoryPreviewed; options: InventoryOptions; busy: boolean }
  | { stage: 'refused'; name: string; message: string }
  | { stage: 'done'; summary: ImportSummary };

/** One workload per server, powered-off servers listed but not imported: the CLI's defaults. */
export const defaultInventoryOptions: InventoryOptions = { format: 'auto', groupBy: null, includePoweredOff: false };

/** Inventory files go to the inventory review, profile files and reports to the profile import. */
export const isInventoryFile = (name: string) => /\.(xlsx|csv)$/i.test(name);

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

  /** Previews the file under review again with changed options (another grouping, say). */
  async change(options: Partial<InventoryOptions>): Promise<void> {
    const view = this.view;
    if (view.stage !== 'review' || view.busy) return;
    this.show({ ...view, busy: true });
    await this.preview({ source: 'previewed', token: view.preview.token }, { ...view.options, ...options }, view.preview.name);
  }

  async confirm(): Promise<void> {
    const view = this.view;
    if (view.stage !== 'review' || view.busy) return;
    this.show({ ...view, busy: true });
    try {
      this.show({ stage: 'done', summary: await this.client['inventory.apply']({ token: view.preview.token }) });
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
      this.show({ stage: 'refused', name, message: messageOf(error) });
    }
  }

  private show(view: InventoryView): void {
    this.view = view;
    for (const listener of this.listeners) listener();
  }
}

function viewOf(preview: InventoryPreview, options: InventoryOptions): InventoryView {
  if (preview.status === 'cancelled') return { stage: 'closed' };
  if (preview.status === 'refused') return { stage: 'refused', name: preview.name, message: preview.error.message };
  return { stage: 'review', preview, options, busy: false };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
