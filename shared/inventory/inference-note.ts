/**
 * The one place of the notes' "Inferred: …" line format: the import writes it, the editor reads it back to
 * mark an answer that came from an inventory. No imports, so the renderer can use it.
 */

/** An inferred answer as a profile's notes record it. */
export interface InferenceNote {
  questionId: string;
  answerId: string;
  /** The sheet and column it came from: `vInfo 'OS according to the VMware Tools'`. */
  source: string;
  value: string;
}

/** `Inferred: os-needs = windows-legacy from vInfo 'OS according to the VMware Tools' ("…")`: a person's answer replaces it. */
export function inferenceLine(questionId: string, answerId: string, source: string, value: string): string {
  return `Inferred: ${questionId} = ${answerId} from ${source} ("${value.replace(/\s+/g, ' ').slice(0, 200)}")`;
}

const linePattern = /^Inferred: (\S+) = (\S+) from (.+?) \("(.*)"\)$/;

/** The inferred answers the notes record, one a line as `inferenceLine` wrote them; other lines are ignored. */
export function inferenceNotes(notes: string): InferenceNote[] {
  return notes.split('\n').flatMap((line) => {
    const match = linePattern.exec(line);
    if (!match) return [];
    const [, questionId = '', answerId = '', source = '', value = ''] = match;
    return [{ questionId, answerId, source, value }];
  });
}
