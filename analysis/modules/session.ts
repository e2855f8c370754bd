/**
 * Lint sessions: the lint of one file. Other files do not change while one file is linted, so a
 * file or folder checked once in a session (one stat) is not checked again in it; the next file's
 * lint checks again, which is how an editor sees a module that changed.
 *
 * `changes` counts the modules and folders found changed since the process started: caches that
 * hold what other modules resolve to start afresh when it moves.
 */
let session = 0;
let inSession = false;
let changes = 0;

/** Starts the lint of a new file (called when the linted file is adapted as a module). */
export function startSession(): void {
  session++;
  inSession = true;
}

/** Ends the current session without starting another: until the next lint, every look-up checks the disk. */
export function endSession(): void {
  inSession = false;
}

/** The current session; 0 outside any lint (a direct call from a test or a script): then nothing is taken as checked. */
export function currentSession(): number {
  return inSession ? session : 0;
}

/** Records that a module or folder read before has changed. */
export function noteChange(): void {
  changes++;
}

export function changeCount(): number {
  return changes;
}
