/**
 * Which Tencent Cloud SDK a project uses, from the `package.json` nearest the linted file: a client
 * known by its name alone (`fastify.lcic`, decorated in another module) is then known to be that
 * SDK's. It matters for the promise its calls return: the China SDK's methods return one that
 * rejects on failure, also when given a callback; the international SDK's return nothing.
 *
 * A project that depends on both (or on neither, or has no readable manifest) says nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { currentSession } from './session.js';

/** Which SDK: the China one (`tencentcloud-sdk-nodejs`) or the international one. */
export type LcicSdk = 'china' | 'international';

const CHINA_PACKAGES = ['tencentcloud-sdk-nodejs', 'tencentcloud-sdk-nodejs-lcic'];
const INTERNATIONAL_PACKAGES = ['tencentcloud-sdk-nodejs-intl-en'];
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/** Per folder, what its nearest manifest says, and the lint session it was read in. */
const byFolder = new Map<string, { session: number; sdk: LcicSdk | undefined }>();

/** The SDK the project of `file` depends on, when it depends on exactly one of the two. */
export function projectSdk(file: string): LcicSdk | undefined {
  const folder = path.dirname(file);
  const session = currentSession();
  const cached = byFolder.get(folder);
  // Outside a lint session (a test calling directly), nothing is taken as read.
  if (cached && session !== 0 && cached.session === session) return cached.sdk;
  const sdk = sdkOfManifest(folder);
  if (byFolder.size > 500) byFolder.clear();
  byFolder.set(folder, { session, sdk });
  return sdk;
}

/** Forgets every manifest read (for tests). */
export function clearProjectSdkCache(): void {
  byFolder.clear();
}

function sdkOfManifest(start: string): LcicSdk | undefined {
  for (let folder = start; ; folder = path.dirname(folder)) {
    const manifest = readManifest(path.join(folder, 'package.json'));
    if (manifest !== undefined) return sdkOf(manifest);
    if (path.dirname(folder) === folder) return undefined;
  }
}

function sdkOf(manifest: Record<string, unknown>): LcicSdk | undefined {
  const names = new Set(
    DEPENDENCY_FIELDS.flatMap((field) => {
      const listed = manifest[field];
      return typeof listed === 'object' && listed !== null ? Object.keys(listed) : [];
    }),
  );
  const china = CHINA_PACKAGES.some((name) => names.has(name));
  const international = INTERNATIONAL_PACKAGES.some((name) => names.has(name));
  if (china === international) return undefined;
  return china ? 'china' : 'international';
}

/** The parsed manifest; undefined when there is none here. A malformed one counts as there but naming nothing. */
function readManifest(file: string): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
