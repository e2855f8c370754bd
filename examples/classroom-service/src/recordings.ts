import { CommonClient } from 'tencentcloud-sdk-nodejs-common';

// Recording tools use the generic client, so the action names are plain strings.
const lcicApi = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', {
  credential: { secretId: process.env.TENCENTCLOUD_SECRET_ID, secretKey: process.env.TENCENTCLOUD_SECRET_KEY },
  region: 'ap-guangzhou',
});

export async function listRecordings(sdkAppId: number, roomId: number): Promise<unknown[]> {
  try {
    const result: any = await lcicApi.request('DescribeRecords', { SdkAppId: sdkAppId, RoomId: roomId });
    return result.RecordUrls ?? [];
  } catch (error: any) {
    if (error.code === 'ResourceNotFound.Room') return [];
    throw error;
  }
}

export async function deleteRecording(sdkAppId: number, roomId: number): Promise<void> {
  try {
    await lcicApi.request('DeleteRecord', { SdkAppId: sdkAppId, RoomId: roomId });
  } catch (error: any) {
    if (error.code === 'FailedOperation.ClassExpired') return;
    throw error;
  }
}
