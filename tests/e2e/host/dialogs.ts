import type { DialogPort, FileFilter } from '../../../electron/ports';

/** A dialog port the test answers in advance, like a user clicking through the real dialogs. */
export class ScriptedDialogs implements DialogPort {
  private readonly opens: string[][] = [];
  private readonly saves: (string | null)[] = [];
  readonly asked: string[] = [];
  /** The filters each open dialog offered, in order. */
  readonly offered: FileFilter[][] = [];

  /** The next open dialog returns these paths ([] = cancelled). */
  answerOpen(paths: string[]): void {
    this.opens.push(paths);
  }

  /** The next save dialog returns this path (null = cancelled). */
  answerSave(path: string | null): void {
    this.saves.push(path);
  }

  async openFiles({ title, filters }: { title: string; filters: FileFilter[] }): Promise<string[]> {
    this.asked.push(title);
    this.offered.push(filters);
    return this.next(this.opens, title);
  }

  async saveFile({ title }: { title: string }): Promise<string | null> {
    this.asked.push(title);
    return this.next(this.saves, title);
  }

  private next<T>(queue: T[], title: string): T {
    if (queue.length === 0) throw new Error(`The test did not answer the dialog "${title}".`);
    return queue.shift() as T;
  }
}
