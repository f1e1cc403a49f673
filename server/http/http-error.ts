// An error the hub answers with: an HTTP status and a message a person can act on. Anything else
// thrown while handling a request is logged and answered as a plain 500, never with a stack.
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 500,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
