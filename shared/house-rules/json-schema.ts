import { z } from 'zod';
import { rulesFileSchema, rulesFileSchemaUrl } from './schema';

/** The JSON Schema of the rules file, as committed under assets/schema/. */
export function rulesFileJsonSchema(): string {
  const { $schema, ...schema } = z.toJSONSchema(rulesFileSchema, { io: 'input' });
  return `${JSON.stringify({ $schema, $id: rulesFileSchemaUrl, ...schema }, null, 2)}\n`;
}
