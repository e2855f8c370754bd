import { afterEach, describe, expect, it } from 'vitest';
import { currentSession, endSession, SESSION_MS, startSession } from '../../../analysis/modules/session.js';

describe('lint sessions', () => {
  afterEach(() => {
    endSession();
  });

  it('is 0 outside a lint, so that every look-up checks the disk', () => {
    endSession();
    expect(currentSession()).toBe(0);
  });

  it('spans the lints that start within SESSION_MS of its first, then starts afresh', () => {
    startSession(10_000);
    const first = currentSession();
    expect(first).not.toBe(0);
    startSession(10_000 + SESSION_MS - 1);
    expect(currentSession()).toBe(first);
    startSession(10_000 + SESSION_MS);
    const second = currentSession();
    expect(second).not.toBe(first);
    startSession(10_000 + SESSION_MS + 1);
    expect(currentSession()).toBe(second);
  });

  it('starts afresh after it was ended, and when the clock goes back', () => {
    startSession(50_000);
    const first = currentSession();
    endSession();
    startSession(50_001);
    const afterEnd = currentSession();
    expect(afterEnd).not.toBe(first);
    startSession(40_000);
    expect(currentSession()).not.toBe(afterEnd);
  });
});
