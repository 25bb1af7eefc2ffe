import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, PDFHexString } from 'pdf-lib';
import { CodedError } from '../../shared/api';

const profileFileType = 'application/vnd.hostwise.profiles+json';

export function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';
}

/** The report carries its inputs: the profile file rides along as a PDF file attachment. */
export async function attachProfileFile(pdf: Uint8Array, fileName: string, fileText: string): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf);
  await document.attach(new TextEncoder().encode(fileText), fileName, {
    mimeType: profileFileType,
    description: 'The Hostwise profiles this report was made from. Import this PDF into Hostwise to open them.',
  });
  return document.save();
}

/** The `.hostwise` file attached to a Hostwise report, or a coded error for any other PDF. */
export async function extractProfileFile(pdf: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false }).catch(() => {
    throw new CodedError({ code: 'invalid-pdf', message: 'This PDF is damaged or not a PDF Hostwise can read.' });
  });
  const attachment = embeddedFiles(document).find((file) => file.name.endsWith('.hostwise'));
  if (!attachment) {
    throw new CodedError({
      code: 'no-profiles-in-pdf',
      message: 'This PDF has no Hostwise profiles attached. Only reports exported by Hostwise carry them.',
    });
  }
  return decodePDFRawStream(attachment.stream).decode();
}

function embeddedFiles(document: PDFDocument): { name: string; stream: PDFRawStream }[] {
  const names = document.catalog
    .lookupMaybe(PDFName.of('Names'), PDFDict)
    ?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict)
    ?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (!names) return [];
  const files: { name: string; stream: PDFRawStream }[] = [];
  for (let index = 0; index + 1 < names.size(); index += 2) {
    const name = names.lookupMaybe(index, PDFString, PDFHexString)?.decodeText();
    const stream = names.lookupMaybe(index + 1, PDFDict)?.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
    if (name && stream instanceof PDFRawStream) files.push({ name, stream });
  }
  return files;
}
