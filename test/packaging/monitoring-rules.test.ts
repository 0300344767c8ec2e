import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BridgeMetrics } from '../../src/metrics/bridge-metrics.js';
import { promtool } from '../helpers/promtool.js';

const DIR = resolve('docs/monitoring');

describe('the alert rules in docs/monitoring', () => {
  it('pass `promtool check rules`', () => {
    const r = promtool(['check', 'rules', 'bridge-alerts.yml'], { cwd: DIR });
    expect(r.output).toContain('SUCCESS: 3 rules found');
    expect(r.status).toBe(0);
  });

  it('fire when they should and not before (`promtool test rules`)', () => {
    const r = promtool(['test', 'rules', 'bridge-alerts.test.yml'], { cwd: DIR });
    expect(r.output, r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });

  it('use only metrics the bridge exports, and docs/monitoring.md shows the same rules', async () => {
    const exported = new Set((await (await new BridgeMetrics().registry()).getMetricsAsJSON()).map((m) => m.name));
    const rules = (
      parse(readFileSync(resolve(DIR, 'bridge-alerts.yml'), 'utf8')) as { groups: { rules: { alert: string; expr: string }[] }[] }
    ).groups.flatMap((g) => g.rules);
    expect(rules.map((r) => r.alert)).toEqual(['MewsBridgeOffline', 'MewsBridgeCommandFailed', 'MewsBridgeDeviceOutOfPaper']);
    for (const r of rules)
      for (const name of r.expr.match(/mews_bridge_\w+/g) ?? []) expect(exported, `${r.alert} uses ${name}`).toContain(name);
    const doc = readFileSync(resolve('docs/monitoring.md'), 'utf8');
    for (const r of rules) expect(doc).toContain(r.expr);
  });
});
