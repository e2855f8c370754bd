import { lcic, SDK_APP_ID } from './lcic.js';

export interface ClassSlot {
  teacherId: string;
  title: string;
  startsAt: Date;
  minutes: number;
}

export class ScheduleError extends Error {}

/** Books a room for a class. Handles the two failures the team saw in testing, and nothing else. */
export async function scheduleClass(slot: ClassSlot): Promise<number | undefined> {
  const start = Math.floor(slot.startsAt.getTime() / 1000);
  try {
    const room = await lcic.CreateRoom({
      SdkAppId: SDK_APP_ID,
      Name: slot.title,
      TeacherId: slot.teacherId,
      StartTime: start,
      EndTime: start + slot.minutes * 60,
      Resolution: 1,
      MaxMicNumber: 6,
      SubType: 'videodoc',
    });
    return room.RoomId;
  } catch (error: any) {
    switch (error.code) {
      case 'InvalidParameter.StartTime':
        throw new ScheduleError('The class must start in the future.');
      case 'FailedOperation.ClassTooLng':
        throw new ScheduleError('The class is too long.');
    }
  }
  return undefined;
}

/** Cancels a class. Careful: every code DeleteRoom can return has a branch or reaches the default. */
export async function cancelClass(roomId: number): Promise<'cancelled' | 'already-gone' | 'too-late'> {
  try {
    await lcic.DeleteRoom({ RoomId: roomId });
    return 'cancelled';
  } catch (error: any) {
    switch (error.code) {
      case 'ResourceNotFound.Room':
        return 'already-gone';
      case 'FailedOperation.ClassStarted':
        return 'too-late';
      default:
        throw error;
    }
  }
}

/** Ends a class early; the lesson has to end whatever the API says, so only two codes matter here. */
export function endClass(roomId: number): Promise<boolean> {
  return lcic
    .EndRoom({ RoomId: roomId })
    .then(() => true)
    .catch((error) => {
      if (error.code === 'FailedOperation.ClassEnded' || error.code === 'ResourceNotFound.Room') return true;
      return false;
    });
}
