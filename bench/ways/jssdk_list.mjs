// Benchmark way for the whole-list scenario through the official JS SDK: every record of a list method with actions.v2.fetchList (an async generator of pages) or actions.v2.callList (all at once); prints one result line.
// Usage: node jssdk_list.mjs fetchList|callList WEBHOOK_URL METHOD [EXPECTED_RECORDS]
import { jssdkHook, benchStart, benchReport, benchFail } from './jssdk_common.mjs';

const [mode, url, method, expectedArg] = process.argv.slice(2);
const expected = expectedArg === undefined ? -1 : Number.parseInt(expectedArg, 10);
const b24 = jssdkHook(url);
// Both helpers order by the id themselves (ID ascending, `>ID` filter, start=-1): the caller gives no order.
const params = { select: ['ID', 'TITLE'] };

const start = benchStart();
let records = 0;
let lastId = 0;
const check = (rec) => {
  const id = Number.parseInt(rec.ID, 10);
  if (!(id > lastId)) {
    benchFail(`record ${records}: ID ${id} after ${lastId}`);
  }
  lastId = id;
  records++;
};
if (mode === 'fetchList') {
  for await (const page of b24.actions.v2.fetchList.make({ method, params, idKey: 'ID' })) {
    page.forEach(check);
  }
} else if (mode === 'callList') {
  const res = await b24.actions.v2.callList.make({ method, params, idKey: 'ID' });
  if (!res.isSuccess) {
    benchFail(res.getErrorMessages().join('; '));
  }
  res.getData().forEach(check);
} else {
  benchFail('usage: jssdk_list.mjs fetchList|callList WEBHOOK_URL METHOD [EXPECTED_RECORDS]');
}
if (expected >= 0 && records !== expected) {
  benchFail(`${records} records, expected ${expected}`);
}
benchReport(`jssdk_${mode}`, records, start);
