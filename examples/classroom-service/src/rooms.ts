import type { Client } from 'tencentcloud-sdk-nodejs/tencentcloud/services/lcic/v20220817/lcic_client.js';

export interface RoomSummary {
  name: string;
  startsAt: number;
}

/**
 * Reads a room through whatever client the caller passes in. The parameter's annotation says it is
 * the SDK's client, which the plugin reads without type information too.
 */
export async function describeRoom(client: Client, roomId: number): Promise<RoomSummary | null> {
  try {
    const room = await client.DescribeRoom({ RoomId: roomId });
    return { name: room.Name ?? '', startsAt: room.StartTime ?? 0 };
  } catch (error: any) {
    if (error.code === 'ResourceNotFound.Room') return null;
    if (error.code === 'ResourceNotFound.User') return null;
    return null;
  }
}
