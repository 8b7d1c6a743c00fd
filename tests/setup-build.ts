// CLI tests run the compiled CLI: build once before the suite so tests never see a stale dist/.
// Type errors are `npm run lint`'s job; tsc still emits, so the build result is not checked here.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
}
