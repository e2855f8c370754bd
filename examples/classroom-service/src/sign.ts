// Signs requests to the LCIC API ourselves (TC3-HMAC-SHA256) and sends them with fetch, for the
// reporting jobs that run where the SDK is not installed.
import { createHash, createHmac } from 'node:crypto';

const HOST = 'lcic.tencentcloudapi.com';
const SERVICE = 'lcic';
const VERSION = '2022-08-17';

/** What the API answers: the action's fields, or `Error`, always with a RequestId. */
export interface LcicBody {
  Response: { Error?: { Code: string; Message: string }; RequestId: string; [field: string]: unknown };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text).digest();

function authorization(payload: string, timestamp: number): string {
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  const scope = `${date}/${SERVICE}/tc3_request`;
  const canonical = ['POST', '/', '', `content-type:application/json\nhost:${HOST}\n`, 'content-type;host', sha256(payload)].join('\n');
  const toSign = ['TC3-HMAC-SHA256', String(timestamp), scope, sha256(canonical)].join('\n');
  const secretKey = process.env.TENCENTCLOUD_SECRET_KEY ?? '';
  const signingKey = hmac(hmac(hmac(`TC3${secretKey}`, date), SERVICE), 'tc3_request');
  const signature = createHmac('sha256', signingKey).update(toSign).digest('hex');
  return `TC3-HMAC-SHA256 Credential=${process.env.TENCENTCLOUD_SECRET_ID ?? ''}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`;
}

/** Calls `action` and returns the parsed body: a failed call answers HTTP 200 with Response.Error. */
export async function callLcic(action: string, params: object): Promise<LcicBody> {
  const payload = JSON.stringify(params);
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await fetch(`https://${HOST}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Host: HOST,
      'X-TC-Action': action,
      'X-TC-Version': VERSION,
      'X-TC-Timestamp': String(timestamp),
      Authorization: authorization(payload, timestamp),
    },
    body: payload,
  });
  return (await response.json()) as LcicBody;
}
