import { BadRequestError } from '../core/errors';

/** What the resolvers read from Forge's invocation context (never from the payload). */
export interface InvocationContext {
  accountId?: string;
  siteUrl?: string;
  /** The user's time zone, as Forge passes it. */
  timezone?: string;
  extension?: {
    type?: string;
    project?: { key?: string; id?: string };
    issue?: { key?: string; id?: string };
    /** A macro's configuration parameters. */
    config?: Record<string, unknown>;
    /** A dashboard gadget's settings, as its edit view submitted them (checked before use). */
    gadgetConfiguration?: unknown;
  };
}

/** The module's context lacks what the resolver needs (a user, a project, an issue). */
export class ContextError extends BadRequestError {
  override name = 'ContextError';
}

export function accountIdOf(context: InvocationContext): string {
  if (!context.accountId) throw new ContextError('no signed-in user in the Forge context');
  return context.accountId;
}

export function projectKeyOf(context: InvocationContext): string {
  const key = context.extension?.project?.key;
  if (!key) throw new ContextError('this module has no project in its context');
  return key;
}

export function issueKeyOf(context: InvocationContext): string {
  const key = context.extension?.issue?.key;
  if (!key) throw new ContextError('this module has no issue in its context');
  return key;
}
