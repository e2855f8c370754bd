/**
 * Lint sessions: how long a look at the disk stays true. Other files do not change while one file
 * is linted, so a file or folder checked once in a session (one stat) is not checked again in it.
 *
 * A session spans the lints that start within {@link SESSION_MS} of its first: a CLI run over many
 * files checks each imported module a few times a second rather than once per linted file (the
 * stats cost more than the rest of following an import), and an editor, which lints a file as it
 * is typed in, sees a module saved in another tab from the next lint that starts after that.
 *
 * `changes` counts the modules and folders found changed since the process started: caches that
 * hold what other modules resolve to start afresh when it moves.
 */
export const SESSION_MS = 500;

let session = 0;
let inSession = false;
let sessionStartedAt = 0;
let changes = 0;

/** Starts the lint of a file (called when the linted file is adapted as a module): a new session once the current one is old. */
export function startSession(now = Date.now()): void {
  if (!inSession || now - sessionStartedAt >= SESSION_MS || now < sessionStartedAt) {
    session++;
    sessionStartedAt = now;
  }
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
