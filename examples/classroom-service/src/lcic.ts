import * as tencentcloud from 'tencentcloud-sdk-nodejs';

const LcicClient = tencentcloud.lcic.v20220817.Client;

/** One client for the whole service; credentials come from the environment. */
export const lcic = new LcicClient({
  credential: { secretId: process.env.TENCENTCLOUD_SECRET_ID, secretKey: process.env.TENCENTCLOUD_SECRET_KEY },
  region: 'ap-guangzhou',
});

export const SDK_APP_ID = Number(process.env.LCIC_SDK_APP_ID ?? 0);
