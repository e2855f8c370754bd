import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { clearProjectSdkCache, projectSdk } from '../../../analysis/modules/project-sdk.js';
import { endSession, startSession } from '../../../analysis/modules/session.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'lcic-project-sdk-'));
/** A project folder under the temporary root with `manifest` as its package.json text (none when undefined); the path of a source file in its src/. */
function project(name: string, manifest: string | undefined): string {
  const folder = path.join(root, name);
  mkdirSync(path.join(folder, 'src'), { recursive: true });
  if (manifest !== undefined) writeFileSync(path.join(folder, 'package.json'), manifest);
  return path.join(folder, 'src', 'rooms.ts');
}
const depending = (field: string, ...packages: string[]) => JSON.stringify({ name: 'svc', [field]: Object.fromEntries(packages.map((name) => [name, '*'])) });

describe('projectSdk', () => {
  afterEach(() => {
    endSession();
    clearProjectSdkCache();
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('names the one SDK the nearest package.json depends on, in any dependency field', () => {
    expect(projectSdk(project('china', depending('dependencies', 'tencentcloud-sdk-nodejs', 'fastify')))).toBe('china');
    expect(projectSdk(project('lcic-only', depending('devDependencies', 'tencentcloud-sdk-nodejs-lcic')))).toBe('china');
    expect(projectSdk(project('intl', depending('peerDependencies', 'tencentcloud-sdk-nodejs-intl-en')))).toBe('international');
  });

  it('says nothing for both SDKs, for neither, and for a manifest that is not JSON', () => {
    expect(projectSdk(project('both', depending('dependencies', 'tencentcloud-sdk-nodejs', 'tencentcloud-sdk-nodejs-intl-en')))).toBeUndefined();
    expect(projectSdk(project('neither', depending('dependencies', 'axios')))).toBeUndefined();
    expect(projectSdk(project('broken', '{ "dependencies": '))).toBeUndefined();
  });

  it('reads the nearest manifest: a workspace package without one takes its parent folder’s', () => {
    const parent = project('workspace', depending('dependencies', 'tencentcloud-sdk-nodejs-intl-en'));
    const inner = path.join(path.dirname(parent), 'packages', 'api', 'index.ts');
    mkdirSync(path.dirname(inner), { recursive: true });
    expect(projectSdk(inner)).toBe('international');
    writeFileSync(path.join(path.dirname(inner), 'package.json'), depending('dependencies', 'tencentcloud-sdk-nodejs'));
    expect(projectSdk(inner)).toBe('china');
  });

  it('reads a manifest once per lint session, and again in the next', () => {
    const file = project('changing', depending('dependencies', 'tencentcloud-sdk-nodejs'));
    startSession(1_000);
    expect(projectSdk(file)).toBe('china');
    writeFileSync(path.join(root, 'changing', 'package.json'), depending('dependencies', 'tencentcloud-sdk-nodejs-intl-en'));
    expect(projectSdk(file)).toBe('china');
    startSession(1_000_000);
    expect(projectSdk(file)).toBe('international');
  });
});
