// Benchmark way for the many-portals scenario through the official JS SDK: one B24Hook per portal, each round one im.user.status.idle.start on every portal at once (Promise.all); prints one result line.
// Usage: node jssdk_many.mjs HOOKS_FILE ROUNDS
import { readFileSync } from 'node:fs';
import { jssdkHook, benchStart, benchReport, benchFail } from './jssdk_common.mjs';

const [file, roundsArg] = process.argv.slice(2);
const hooks = readFileSync(file, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean).map(jssdkHook);
const rounds = Math.max(1, Number.parseInt(roundsArg, 10) || 1);

const start = benchStart();
let done = 0;
for (let r = 0; r < rounds; r++) {
  const replies = await Promise.all(hooks.map((b24) => b24.actions.v2.call.make({ method: 'im.user.status.idle.start', params: { AGO: 10 } })));
  replies.forEach((res, i) => {
    if (!res.isSuccess || res.getData().result !== true) {
      benchFail(`round ${r} portal ${i}: ${res.isSuccess ? 'result not true' : res.getErrorMessages().join('; ')}`);
    }
    done++;
  });
}
benchReport('jssdk_all', done, start);
