import { readFile, writeFile } from 'node:fs/promises';
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF read with pdf.js, as the tests look at it: its text, its page sizes, its raster images and its pages
 * rendered to PNG. A library, so the tests need no poppler on the machine.
 */
export interface PdfFile {
  pages: number;
  /** The text of every page with line breaks and runs of spaces folded, as a reader would quote it. */
  text(): Promise<string>;
  /** Each page's paper: 'A4', 'Letter', or its width × height in points. */
  papers(): Promise<string[]>;
  /** How many raster images the pages paint (charts drawn as vectors paint none). */
  imageCount(): Promise<number>;
  /** Renders the first `count` pages to `${prefix}-1.png`, `${prefix}-2.png` … at `dpi`. */
  renderPages(prefix: string, options: { dpi: number; count?: number }): Promise<void>;
}

const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);

export async function readPdf(path: string): Promise<PdfFile> {
  const document = await getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 }).promise;
  const eachPage = <T>(read: (page: PDFPageProxy) => Promise<T>, count = document.numPages) =>
    Promise.all(Array.from({ length: Math.min(count, document.numPages) }, (_, i) => document.getPage(i + 1).then(read)));
  return {
    pages: document.numPages,
    text: async () => (await eachPage(pageText)).join(' ').replace(/\s+/g, ' '),
    papers: () => eachPage(async (page) => paperOf(page.view[2]! - page.view[0]!, page.view[3]! - page.view[1]!)),
    imageCount: async () => (await eachPage(pageImages)).reduce((sum, n) => sum + n, 0),
    renderPages: async (prefix, { dpi, count }) => {
      const pngs = await eachPage((page) => renderPage(document, page, dpi / 72), count);
      await Promise.all(pngs.map((png, i) => writeFile(`${prefix}-${i + 1}.png`, png)));
    },
  };
}

/** Sizes in points; printers round them to a point or so, as poppler's pdfinfo allows for. */
const papers = { A4: [595.28, 841.89], Letter: [612, 792] } as const;

function paperOf(width: number, height: number): string {
  const near = ([w, h]: readonly [number, number]) => Math.abs(w - width) < 2 && Math.abs(h - height) < 2;
  return Object.entries(papers).find(([, size]) => near(size))?.[0] ?? `${width.toFixed(1)} × ${height.toFixed(1)} pt`;
}

async function pageText(page: PDFPageProxy): Promise<string> {
  const content = await page.getTextContent();
  return content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
}

async function pageImages(page: PDFPageProxy): Promise<number> {
  const { fnArray } = await page.getOperatorList();
  return fnArray.filter((op) => imageOps.has(op)).length;
}

async function renderPage(document: PDFDocumentProxy, page: PDFPageProxy, scale: number): Promise<Buffer> {
  const viewport = page.getViewport({ scale });
  // In Node, pdf.js draws on @napi-rs/canvas through its own canvas factory.
  const factory = document.canvasFactory as { create(w: number, h: number): { canvas: { toBuffer(type: 'image/png'): Buffer } } };
  const { canvas } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
  return canvas.toBuffer('image/png');
}
