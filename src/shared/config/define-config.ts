import { type ConfigObject, registerAs } from '@nestjs/config';
import { z } from 'zod';

/**
 * One validated config namespace per module, read once at boot. Only these factories read
 * `process.env`; a bad value stops the boot with a message naming the variable.
 */
export function defineConfig<TShape extends z.ZodRawShape>(namespace: string, schema: z.ZodObject<TShape>) {
  type Config = z.output<z.ZodObject<TShape>>;
  const factory = registerAs<Config & ConfigObject, () => Config>(namespace, (): Config => {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new Error(`Invalid ${namespace} configuration: ${problems}`);
    }
    return parsed.data;
  });
  // The schema travels with the factory: deployment checks list the variables the platform reads from it.
  return Object.assign(factory, { schema });
}

/** A config namespace's factory as defineConfig returns it, for tools that inspect the variables. */
export interface DefinedConfig {
  KEY: string | symbol;
  schema: z.ZodObject<z.ZodRawShape>;
}

export function isDefinedConfig(value: unknown): value is DefinedConfig {
  return typeof value === 'function' && 'schema' in value && (value as { schema: unknown }).schema instanceof z.ZodObject;
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const optionalString = () =>
  z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value));

/** A comma-separated list of web origins (`scheme://host[:port]`), each checked; empty by default. */
export const originList = () =>
  z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[a-z][a-z0-9+.-]*:\/\/[^/\s]+$/i, 'each origin is scheme://host[:port], without a path')));
