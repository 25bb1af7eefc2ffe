import type { z } from 'zod';
import { CodedError, type Outcome } from '../../shared/api';

export type Handler = (arg: unknown) => Promise<Outcome<unknown>>;

/**
 * Wraps a service call as a handler: the argument is parsed with its schema before anything runs, and every
 * failure leaves as a coded error — never a stack trace.
 */
export function handler<T, R>(schema: z.ZodType<T>, run: (arg: T) => R | Promise<R>): Handler {
  return async (arg) => {
    const parsed = schema.safeParse(arg);
    if (!parsed.success) {
      return failure(
        new CodedError({
          code: 'invalid-argument',
          message: 'The request from the window was not valid.',
          details: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
        }),
      );
    }
    try {
      return { ok: true, value: await run(parsed.data) };
    } catch (error) {
      return failure(error);
    }
  };
}

function failure(error: unknown): Outcome<never> {
  if (error instanceof CodedError) return { ok: false, error: error.toData() };
  console.error('Unexpected error in a handler:', error);
  return {
    ok: false,
    error: { code: 'internal', message: 'Something went wrong in Hostwise, and the action did not complete.' },
  };
}
