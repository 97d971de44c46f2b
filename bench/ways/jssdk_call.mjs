// Benchmark way: N sequential im.user.status.idle.start calls through the official JS SDK (@bitrix24/b24jssdk, B24Hook, actions.v2.call); prints one result line like the PHP ways.
// Usage: NODE_PATH=... node jssdk_call.mjs WEBHOOK_URL CALLS [MAX_SECONDS]
import { jssdkHook, benchStart, benchReport, benchFail } from './jssdk_common.mjs';

const [url, callsArg, maxArg] = process.argv.slice(2);
const calls = Number.parseInt(callsArg, 10);
const deadline = Number(maxArg || 0) > 0 ? process.hrtime.bigint() + BigInt(Math.round(Number(maxArg) * 1e9)) : null;
const b24 = jssdkHook(url);

const start = benchStart();
let done = 0;
while (done < calls) {
  const r = await b24.actions.v2.call.make({ method: 'im.user.status.idle.start', params: { AGO: 10 } });
  if (!r.isSuccess || r.getData().result !== true) {
    benchFail(`call ${done}: ${r.isSuccess ? 'result not true' : r.getErrorMessages().join('; ')}`);
  }
  done++;
  if (deadline !== null && process.hrtime.bigint() > deadline) {
    break;
  }
}
benchReport('jssdk', done, start);
