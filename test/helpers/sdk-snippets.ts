/**
 * The first lines of rule-test snippets: a client of each kind, under a fixed name. Line and
 * column numbers in the tests count these lines (two for SDK, COMMON and COMMON_INTL, one for INTL).
 */

/** `client`: the China SDK's LCIC client. */
export const SDK = "import * as tc from 'tencentcloud-sdk-nodejs';\nconst client = new tc.lcic.v20220817.Client({});\n";

/** `intl`: the international SDK's LCIC client (callbacks only). */
export const INTL = "const intl = new (require('tencentcloud-sdk-nodejs-intl-en').lcic.v20220817.Client)({});\n";

/** `common`: a CommonClient pointed at the lcic host. */
export const COMMON = "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';\nconst common = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', {} as any);\n";

/** `common`: a CommonClient pointed at the international lcic host. */
export const COMMON_INTL = "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';\nconst common = new CommonClient('lcic.intl.tencentcloudapi.com', '2022-08-17', {} as any);\n";
