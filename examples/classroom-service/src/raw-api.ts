// A reporting job that calls the API through our own signing helper (./sign.ts), not the SDK.
import { callLcic } from './sign.js';

export async function roomMessages(roomId: number): Promise<unknown[]> {
  const body = await callLcic('GetRoomMesage', { RoomId: roomId });
  return (body.Response.Messages as unknown[] | undefined) ?? [];
}

export async function roomEvents(roomId: number): Promise<unknown[]> {
  const body = await callLcic('GetRoomEvent', { RoomId: roomId });
  if (body.Response.Error) throw new Error(`GetRoomEvent failed: ${body.Response.Error.Code} (${body.Response.RequestId})`);
  return (body.Response.Events as unknown[] | undefined) ?? [];
}
