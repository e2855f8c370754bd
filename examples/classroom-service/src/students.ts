// Students of the international school sign up through the international site's SDK (callbacks only).
const tencentcloud = require('tencentcloud-sdk-nodejs-intl-en');

const intlClient = new tencentcloud.lcic.v20220817.Client({
  credential: { secretId: process.env.INTL_SECRET_ID, secretKey: process.env.INTL_SECRET_KEY },
  region: 'ap-singapore',
});

export function registerStudent(sdkAppId: number, originId: string, name: string, done: (userId?: string) => void): void {
  intlClient.RegisterUser({ SdkAppId: sdkAppId, OriginId: originId, Name: name }, (err: any, res: any) => {
    if (err) {
      if (err.code === 'FailedOperation.OriginIdExists') return done(undefined);
      return done(undefined);
    }
    done(res.UserId);
  });
}

export function roomStatistics(roomId: number, done: (members: number) => void): void {
  intlClient.DescribeRoomStatistics({ RoomId: roomId }, (err: any, res: any) => {
    if (err) {
      switch (err.code) {
        case 'ResourceUnavailable.RoomStatistics':
          return setTimeout(() => roomStatistics(roomId, done), 60_000);
        default:
          throw err;
      }
    }
    done(res.MemberNumber);
  });
}
