/**
 * The browser's equivalents of the native file dialogs: an upload picker for "open", a download for "save".
 */

/** Files the user picks with the browser's file picker, in base64; empty when the picker is cancelled. */
export function pickFiles(accept: string): Promise<{ name: string; base64: string }[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = accept;
    input.addEventListener('cancel', () => resolve([]));
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      Promise.all(files.map(async (file) => ({ name: file.name, base64: new Uint8Array(await file.arrayBuffer()).toBase64() }))).then(resolve, reject);
    });
    input.click();
  });
}

/** Hands the bytes to the browser as a download named `name` (the browser asks where, or saves to Downloads). */
export function download({ name, base64 }: { name: string; base64: string }): void {
  const url = URL.createObjectURL(new Blob([Uint8Array.fromBase64(base64)]));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started from the click; the URL is needed no longer.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
