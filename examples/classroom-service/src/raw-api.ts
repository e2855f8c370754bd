// A reporting job that signs its own requests and calls the API with fetch.
const LCIC_ENDPOINT = 'https://lcic.tencentcloudapi.com';

function signedHeaders(action: string): Record<string, string> {
  return { 'Content-Type': 'application/json', 'X-TC-Action': action, 'X-TC-Version': '2022-08-17' };
}

export async function roomMessages(roomId: number, authorization: string): Promise<unknown[]> {
  const response = await fetch(LCIC_ENDPOINT, {
    method: 'POST',
    headers: { ...signedHeaders('GetRoomMessage'), 'X-TC-Action': 'GetRoomMesage', Authorization: authorization },
    body: JSON.stringify({ RoomId: roomId }),
  });
  const body = await response.json();
  return body.Response.Messages ?? [];
}

export async function roomEvents(roomId: number, authorization: string): Promise<unknown[]> {
  const response = await fetch(LCIC_ENDPOINT, {
    method: 'POST',
    headers: { ...signedHeaders('GetRoomEvent'), 'X-TC-Action': 'GetRoomEvent', Authorization: authorization },
    body: JSON.stringify({ RoomId: roomId }),
  });
  const body = await response.json();
  if (body.Response.Error) throw new Error(`GetRoomEvent failed: ${body.Response.Error.Code} (${body.Response.RequestId})`);
  return body.Response.Events ?? [];
}
