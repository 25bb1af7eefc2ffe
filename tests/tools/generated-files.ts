import { rulesFileJsonSchema } from '../../shared/house-rules';
import { profileFileJsonSchema } from '../../shared/profile-file';
import { hostileCases } from '../fixtures/hostile-cases';
import { hostileRulesCases } from '../fixtures/hostile-rules-cases';

export interface GeneratedFile {
  /** From the repository root. */
  path: string;
  content: string | Uint8Array;
}

export const hostileFolder = 'tests/fixtures/hostile';
export const hostileManifest = 'tests/fixtures/hostile.manifest.json';
export const hostileRulesFolder = 'tests/fixtures/hostile-rules';
export const hostileRulesManifest = 'tests/fixtures/hostile-rules.manifest.json';
/** Folders that hold generated files only: regenerating empties them first. */
export const hostileFolders = [hostileFolder, hostileRulesFolder] as const;
export const regenerateCommand = 'node --import tsx tests/tools/regenerate.ts';

/** Files generated from code and committed; a unit test fails when one is stale. */
export function generatedFiles(): GeneratedFile[] {
  return [
    { path: 'assets/schema/hostwise-profiles.schema.json', content: profileFileJsonSchema() },
    { path: 'assets/schema/hostwise-rules.schema.json', content: rulesFileJsonSchema() },
    ...corpusFiles(hostileFolder, hostileManifest, '.hostwise', hostileCases, (hostile) => hostile.code),
    ...corpusFiles(hostileRulesFolder, hostileRulesManifest, '.hostwise-rules.json', hostileRulesCases, ({ code, path }) => ({ code, path })),
  ];
}

interface Case {
  name: string;
  content: string | Uint8Array;
}

/** A corpus: one file per case, and a manifest of what each file must be refused with. */
function corpusFiles<T extends Case>(folder: string, manifest: string, extension: string, cases: readonly T[], expected: (hostile: T) => unknown) {
  const listed = Object.fromEntries(cases.map((hostile) => [`${hostile.name}${extension}`, expected(hostile)]));
  return [
    ...cases.map((hostile) => ({ path: `${folder}/${hostile.name}${extension}`, content: hostile.content })),
    { path: manifest, content: `${JSON.stringify(listed, null, 2)}\n` },
  ];
}
