/**
 * Writes that cannot half-happen. sync rewrites two YAML files that must agree, and generate
 * rewrites whole output folders; a failure part-way (a full disk, a killed process, a bug between
 * two writes) must leave the old versions in place, not a mix of old and new.
 *
 * Everything new is first written beside its target under a temporary name. Only when all of it
 * is written are the targets swapped in, each by a rename (the old one is renamed aside first, and
 * deleted last). A failure while writing removes the temporaries and touches no target; a failure
 * during the swaps puts back the targets already swapped. Renames within one folder are atomic on
 * the file systems Node supports, so a reader sees either the old file or the new one.
 */
import * as nodeFs from 'node:fs';
import { dirname, join } from 'node:path';

/** The file-system calls used here; tests pass one that fails at a chosen step. */
export interface FileSystem {
  writeFileSync(path: string, content: string): void;
  mkdirSync(path: string, options: { recursive: true }): unknown;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { recursive: true; force: true }): void;
  existsSync(path: string): boolean;
}

/** The real file system. */
export const realFileSystem: FileSystem = nodeFs;

const temporary = (target: string) => `${target}.tmp-${process.pid}`;
const aside = (target: string) => `${target}.old-${process.pid}`;

interface Swap {
  readonly temp: string;
  readonly target: string;
}

/** Renames each temp onto its target, all or none (see the module comment). */
function swapIntoPlace(swaps: readonly Swap[], fs: FileSystem): void {
  const done: { target: string; old: string | undefined; placed: boolean }[] = [];
  try {
    for (const { temp, target } of swaps) {
      const old = fs.existsSync(target) ? aside(target) : undefined;
      if (old !== undefined) fs.renameSync(target, old);
      const step = { target, old, placed: false };
      done.push(step);
      fs.renameSync(temp, target);
      step.placed = true;
    }
  } catch (error) {
    for (const { target, old, placed } of done.reverse()) {
      if (placed) fs.rmSync(target, { recursive: true, force: true });
      if (old !== undefined) fs.renameSync(old, target);
    }
    for (const { temp } of swaps) fs.rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  for (const { old } of done) if (old !== undefined) fs.rmSync(old, { recursive: true, force: true });
}

/** Writes every file of `files` (path → content), or none of them. */
export function writeFilesTogether(files: ReadonlyMap<string, string>, fs: FileSystem = realFileSystem): void {
  const swaps = [...files.keys()].map((target) => ({ temp: temporary(target), target }));
  try {
    for (const { temp, target } of swaps) fs.writeFileSync(temp, files.get(target) ?? '');
  } catch (error) {
    for (const { temp } of swaps) fs.rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  swapIntoPlace(swaps, fs);
}

/**
 * Replaces each folder of `folders` (folder → its files, by path relative to it) with exactly
 * those files, or leaves every folder as it was. Files in a folder that are not listed are gone
 * afterwards, as they would be from a fresh build.
 */
export function replaceFoldersTogether(folders: ReadonlyMap<string, ReadonlyMap<string, string>>, fs: FileSystem = realFileSystem): void {
  const swaps = [...folders.keys()].map((target) => ({ temp: temporary(target), target }));
  try {
    for (const { temp, target } of swaps) {
      fs.rmSync(temp, { recursive: true, force: true });
      fs.mkdirSync(temp, { recursive: true });
      for (const [name, content] of folders.get(target) ?? []) {
        const path = join(temp, name);
        fs.mkdirSync(dirname(path), { recursive: true });
        fs.writeFileSync(path, content);
      }
    }
  } catch (error) {
    for (const { temp } of swaps) fs.rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  for (const { target } of swaps) fs.mkdirSync(dirname(target), { recursive: true });
  swapIntoPlace(swaps, fs);
}
