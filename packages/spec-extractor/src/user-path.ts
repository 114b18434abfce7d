import { resolve } from 'node:path';

/**
 * A path the user typed, made absolute. `npm run <script> -w <pkg>` runs in the package folder,
 * so relative paths are resolved against INIT_CWD (the folder npm was started in) when set.
 */
export function userPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.INIT_CWD ?? process.cwd(), path);
}
