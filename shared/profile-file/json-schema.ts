import { z } from 'zod';
import { profileFileSchema, profileFileSchemaUrl } from './schema';

/** The JSON Schema of the profile file, as committed under assets/schema/. */
export function profileFileJsonSchema(): string {
  const { $schema, ...schema } = z.toJSONSchema(profileFileSchema, { io: 'input' });
  return `${JSON.stringify({ $schema, $id: profileFileSchemaUrl, ...schema }, null, 2)}\n`;
}
