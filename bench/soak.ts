/**
 * Soak run (not part of `npm test`):  npm run soak -- --minutes 10
 * Options: --minutes N (default 10) | --seconds N, --rate <commands/s> (3), --warmup <s> (60), --drain <s> (90),
 * --fault-every <ms> (5000), --mews-rate-limit <per 30 s> (600), --seed N, --keep (keep the temp dir with logs).
 * Prints JSON lines: memory samples, progress every 10 s, then the result. Exit code 1 when anything was
 * lost or executed twice.
 */
import { DEFAULT_SOAK, runSoak } from './run-soak.js';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const num = (name: string, dflt: number): number => {
  const v = arg(name);
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) {
    console.error(`--${name} needs a non-negative number, got "${v}"`);
    process.exit(2);
  }
  return n;
};

const seconds = arg('seconds') !== undefined ? num('seconds', 600) : num('minutes', 10) * 60;
let lastProgress = 0;
const result = await runSoak({
  ...DEFAULT_SOAK,
  seconds,
  ratePerSecond: num('rate', DEFAULT_SOAK.ratePerSecond),
  warmupSeconds: num('warmup', Math.min(DEFAULT_SOAK.warmupSeconds, Math.round(seconds / 5))),
  drainSeconds: num('drain', DEFAULT_SOAK.drainSeconds),
  faultEveryMs: num('fault-every', DEFAULT_SOAK.faultEveryMs),
  mewsRateLimit: num('mews-rate-limit', DEFAULT_SOAK.mewsRateLimit),
  sampleEveryMs: Math.min(DEFAULT_SOAK.sampleEveryMs, Math.max(5_000, (seconds * 1000) / 10)),
  seed: num('seed', DEFAULT_SOAK.seed),
  keepDir: args.includes('--keep'),
  onLine: (line) => {
    if (line.soak === 'progress') {
      if ((line.atSeconds as number) - lastProgress < 10) return;
      lastProgress = line.atSeconds as number;
    }
    console.log(JSON.stringify(line));
  },
});
const { memory, samples, ...figures } = result;
void samples;
console.log(JSON.stringify({ soak: 'result', ...figures, lostIds: figures.lostIds.slice(0, 20) }));
const growth = memory.warmup ? +(memory.end.heapUsedMB - memory.warmup.heapUsedMB).toFixed(2) : null;
console.log(
  JSON.stringify({
    soak: 'memory-summary',
    heapUsedMB: {
      start: memory.start.heapUsedMB,
      warmup: memory.warmup?.heapUsedMB ?? null,
      end: memory.end.heapUsedMB,
      afterStop: memory.afterStop.heapUsedMB,
    },
    rssMB: { start: memory.start.rssMB, warmup: memory.warmup?.rssMB ?? null, end: memory.end.rssMB, afterStop: memory.afterStop.rssMB },
    handles: {
      start: memory.start.handleCount,
      warmup: memory.warmup?.handleCount ?? null,
      end: memory.end.handleCount,
      afterStop: memory.afterStop.handleCount,
    },
    heapGrowthAfterWarmupMB: growth,
  }),
);
process.exit(result.lost === 0 && result.executedTwice === 0 ? 0 : 1);
