// `xalign facts`: placeholder until its issue lands.
import { UserError } from '../core/errors.js';

export async function run(_argv: Record<string, unknown>): Promise<number> {
  throw new UserError('facts is not available yet');
}
