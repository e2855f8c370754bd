// A reporting job that signs its own requests and calls the API with fetch.
const LCIC_ENDPOINT = 'https://lcic.tencentcloudapi.com';

function signedHeaders(action: string): Record<string, string> {
  return { 'Content-Type': 'application/json', 'X-TC-Action': action, 'X-TC-Version': '2022-08-17' };
}

export async function roomMessages(roomId: number, authorization: string): Promise<unknown> {
  const response = await fetch(LCIC_ENDPOINT, {
    method: 'POST',
    headers: { ...signedHeaders('GetRoomMessage'), 'X-TC-Action': 'GetRoomMesage', Authorization: authorization },
    body: JSON.stringify({ RoomId: roomId }),
  });
  return response.json();
}
