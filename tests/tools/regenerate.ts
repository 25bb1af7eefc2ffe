import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generatedFiles, hostileFolders } from './generated-files';

// Rewrites every generated file from its source: node --import tsx tests/tools/regenerate.ts
const root = resolve(import.meta.dirname, '../..');
for (const folder of hostileFolders) {
  const hostile = resolve(root, folder);
  mkdirSync(hostile, { recursive: true });
  for (const name of readdirSync(hostile)) rmSync(resolve(hostile, name));
}
const files = generatedFiles();
for (const file of files) writeFileSync(resolve(root, file.path), file.content);
console.log(`wrote ${files.length} files`);
