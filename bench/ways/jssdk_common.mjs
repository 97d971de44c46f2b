// Shared by the JS SDK benchmark ways: the SDK's B24Hook for a webhook URL (its client-side rate limiter opened up, as b24im runs with rate_limit=0), timing and the result line.
import { createRequire } from 'node:module';
import path from 'node:path';

// The SDK lives in the bench's npm cache dir, not beside these files: B24IM_JSSDK_DIR names it.
const require = createRequire(path.join(process.env.B24IM_JSSDK_DIR || '.', 'node_modules', 'x.js'));
const sdk = require('@bitrix24/b24jssdk');

export function jssdkHook(url) {
  // The defaults hold a portal to 2 requests a second after a burst of 50 (the real bucket); the emulator and the
  // mock portal have none, so the limiter is opened up: what is measured is the SDK's HTTP path, not its waits.
  const b24 = sdk.B24Hook.fromWebhookUrl(url.replace(/\/+$/, ''), {
    restrictionParams: {
      rateLimit: { burstLimit: 1e9, drainRate: 1e9, adaptiveEnabled: false },
      operatingLimit: { windowMs: 600000, limitMs: 1e12, heavyPercent: 100 },
      adaptiveConfig: { enabled: false, thresholdPercent: 100, coefficient: 0, maxDelay: 0 },
      maxRetries: 1,
    },
  });
  b24.offClientSideWarning();
  return b24;
}

export function benchStart() {
  return [process.hrtime.bigint(), process.cpuUsage()];
}

export function benchReport(way, calls, start, extra = '') {
  const wall = Number(process.hrtime.bigint() - start[0]) / 1e9;
  const cpu = process.cpuUsage(start[1]);
  const ru = process.resourceUsage();
  process.stdout.write(`way=${way} calls=${calls} wall_s=${wall.toFixed(6)} cpu_s=${((cpu.user + cpu.system) / 1e6).toFixed(6)} `
    + `user_s=${(cpu.user / 1e6).toFixed(6)} sys_s=${(cpu.system / 1e6).toFixed(6)} maxrss_kb=${ru.maxRSS}${extra}\n`);
}

export function benchFail(why) {
  process.stderr.write(`bench way failed: ${why}\n`);
  process.exit(1);
}
