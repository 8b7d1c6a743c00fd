// An error the user can act on: the CLI prints its message as one line and exits 2, without a stack.
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
