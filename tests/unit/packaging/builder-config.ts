import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { load } from 'js-yaml';

/** From the repository root. */
export const builderConfigFile = 'electron-builder.yml';

const require = createRequire(import.meta.url);

/** The JSON Schema of the configuration, as the installed electron-builder ships it. */
function builderSchema(): object {
  return JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
}

let validate: ValidateFunction | null = null;

/**
 * The schema errors of a configuration, as readable lines; empty when it is valid. Unlike electron-builder,
 * types are not coerced: `asar: "yes"` is an error, not `true`.
 */
export function schemaErrors(config: unknown): string[] {
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(builderSchema());
  if (validate(config)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

export function parseBuilderConfig(yaml: string): unknown {
  return load(yaml);
}

export function readBuilderConfigText(root: URL): string {
  return readFileSync(new URL(builderConfigFile, root), 'utf8');
}
