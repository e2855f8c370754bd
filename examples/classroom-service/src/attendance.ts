import { lcic, SDK_APP_ID } from './lcic.js';

/** Shows who is in the room right now. Written in the callback style of an older module. */
export function showAttendance(roomId: number, render: (names: string[]) => void): void {
  lcic.DescribeCurrentMemberList({ RoomId: roomId, Page: 1, Limit: 100 }, (err, res) => {
    render((res.MemberRecords ?? []).map((member) => member.UserName ?? member.UserId ?? '?'));
  });
}

/** Removes a disruptive student. "It's fine if this fails", said the commit message. */
export async function removeStudent(roomId: number, userId: string): Promise<void> {
  try {
    await lcic.KickUserFromRoom({ SdkAppId: SDK_APP_ID, RoomId: roomId, UserId: userId, KickType: 2, Duration: 0 });
  } catch {}
}

/** Logs a teacher in; the new error keeps the message but loses the RequestId. */
export function teacherToken(userId: string): Promise<string> {
  return lcic
    .LoginUser({ UserId: userId })
    .then((res) => res.Token ?? '')
    .catch((err) => {
      throw new Error('Teacher login failed: ' + err.message);
    });
}

/** Logs a student in; the error is logged properly and rethrown. */
export async function studentToken(userId: string): Promise<string> {
  try {
    return (await lcic.LoginUser({ UserId: userId })).Token ?? '';
  } catch (err) {
    console.error('student login failed', err);
    throw err;
  }
}
