import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generatedFiles, hostileFolder } from './generated-files';

// Rewrites every generated file from its source: node --import tsx tests/tools/regenerate.ts
const root = resolve(import.meta.dirname, '../..');
const hostile = resolve(root, hostileFolder);
mkdirSync(hostile, { recursive: true });
for (const name of readdirSync(hostile)) rmSync(resolve(hostile, name));
const files = generatedFiles();
for (const file of files) writeFileSync(resolve(root, file.path), file.content);
console.log(`wrote ${files.length} files`);
