/** `maqal schema`: the JSON Schema of the article object. */
import { EXIT, Output, type CliIO } from './io.js';

export async function runSchema(io: CliIO): Promise<number> {
  const { articleJsonSchema } = await import('../model/schema.js');
  await new Output(io.stdout).write(JSON.stringify(articleJsonSchema(), null, 2) + '\n');
  return EXIT.ok;
}
