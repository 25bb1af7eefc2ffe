import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The import rule of DESIGN.md, proven against the real ESLint config: imports only point down. */
const eslint = new ESLint();

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the lint wall between layers', () => {
  it.each([
    ['shared/engine/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/engine/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['shared/engine/x.ts', "import { readFileSync } from 'fs';\nexport const r = readFileSync;\n"],
    ['shared/engine/x.ts', "import { h } from '../../electron/handlers';\nexport const x = h;\n"],
    ['shared/engine/x.ts', "import { App } from '../../renderer/App';\nexport const x = App;\n"],
    ['renderer/x.ts', "import { h } from '../electron/handlers';\nexport const x = h;\n"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['electron/x.ts', "import { App } from '../renderer/App';\nexport const x = App;\n"],
    ['electron/handlers.ts', "import { dialog } from 'electron';\nexport const x = dialog;\n"],
  ])('refuses the import in %s: %s', async (filePath, code) => {
    expect((await restrictedImportMessages(filePath, code)).length).toBeGreaterThan(0);
  });

  it.each([
    ['renderer/x.ts', "import { catalog } from '../shared/catalog';\nexport const x = catalog;\n"],
    ['electron/x.ts', "import { catalog } from '../shared/catalog';\nexport const x = catalog;\n"],
    ['electron/shell/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
  ])('allows the import in %s: %s', async (filePath, code) => {
    expect(await restrictedImportMessages(filePath, code)).toEqual([]);
  });

  it('keeps zod out of the renderer: contract and schemas for types only', async () => {
    const lint = async (code: string) => {
      const [result] = await eslint.lintText(code, { filePath: 'renderer/x.ts' });
      return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports');
    };
    expect(await lint("import { profileSchema } from '../shared/profile';\nexport const s = profileSchema;\n")).toHaveLength(1);
    expect(await lint("import { contract } from '../shared/api';\nexport const c = contract;\n")).toHaveLength(1);
    expect(await lint("import type { Profile } from '../shared/profile';\nexport type P = Profile;\n")).toEqual([]);
    expect(await lint("import { createClient } from '../shared/api/client';\nexport const c = createClient;\n")).toEqual([]);
  });

  it('refuses DOM globals in shared/', async () => {
    const [result] = await eslint.lintText('export const title = document.title;\n', { filePath: 'shared/x.ts' });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-globals');
  });
});
