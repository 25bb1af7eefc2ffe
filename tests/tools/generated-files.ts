import { rulesFileJsonSchema } from '../../shared/house-rules';
import { profileFileJsonSchema } from '../../shared/profile-file';
import { hostileCases } from '../fixtures/hostile-cases';

export interface GeneratedFile {
  /** From the repository root. */
  path: string;
  content: string | Uint8Array;
}

export const hostileFolder = 'tests/fixtures/hostile';
export const hostileManifest = 'tests/fixtures/hostile.manifest.json';
export const regenerateCommand = 'node --import tsx tests/tools/regenerate.ts';

/** Files generated from code and committed; a unit test fails when one is stale. */
export function generatedFiles(): GeneratedFile[] {
  const manifest = Object.fromEntries(hostileCases.map((hostile) => [`${hostile.name}.hostwise`, hostile.code]));
  return [
    { path: 'assets/schema/hostwise-profiles.schema.json', content: profileFileJsonSchema() },
    { path: 'assets/schema/hostwise-rules.schema.json', content: rulesFileJsonSchema() },
    ...hostileCases.map((hostile) => ({ path: `${hostileFolder}/${hostile.name}.hostwise`, content: hostile.content })),
    { path: hostileManifest, content: `${JSON.stringify(manifest, null, 2)}\n` },
  ];
}
