/** What a resolver answers when it fails; the UI shows the message and, with `field`, where. */
export type ErrorCode =
  'BAD_REQUEST' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_SETTINGS' | 'CONFLICT' | 'BUSY' | 'JIRA_UNAVAILABLE' | 'INTERNAL';

/**
 * The one base of the errors the app expects (bad input, refused access, a product that could
 * not be read): each carries its code, so the resolver wrapper has one catch for all of them
 * and anything else is an unexpected INTERNAL error.
 */
export abstract class FocusWalkError extends Error {
  abstract readonly code: ErrorCode;
  /** The payload or settings field at fault, when there is one. */
  readonly field?: string;
}

/** A request the caller may not make (not a project administrator, say). */
export class ForbiddenError extends FocusWalkError {
  override name = 'ForbiddenError';
  readonly code = 'FORBIDDEN';
}

/** Something asked for that does not exist (a day with no walk, a checklist item). */
export class NotFoundError extends FocusWalkError {
  override name = 'NotFoundError';
  readonly code = 'NOT_FOUND';
}

/** A request that cannot be served as asked (a module without a project, a bad macro setting). */
export class BadRequestError extends FocusWalkError {
  override name = 'BadRequestError';
  readonly code = 'BAD_REQUEST';
  constructor(message: string, field?: string) {
    super(message);
    if (field) (this as { field?: string }).field = field;
  }
}

/** What was asked clashes with what is there (a page that is not the app's, settings changed since read). */
export class ConflictError extends FocusWalkError {
  override name = 'ConflictError';
  readonly code = 'CONFLICT';
  constructor(message: string, field?: string) {
    super(message);
    if (field) (this as { field?: string }).field = field;
  }
}

/** Storage was busy (too many writers at once): nothing was written; the same request may be sent again. */
export class BusyError extends FocusWalkError {
  override name = 'BusyError';
  readonly code = 'BUSY';
}
