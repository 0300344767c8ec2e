import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BridgeEvent } from '../../src/bridge/api.js';
import { callApi, RpcRefused } from '../../src/bridge/api-args.js';
import { createBridge, type BridgeService } from '../../src/bridge/bridge-service.js';
import { FileSettingsStore } from '../../src/config/file-settings-store.js';
import { ConfigError, parseConfig } from '../../src/config/validate.js';
import { hostLanguage, languageOfLocale, resolveLanguage } from '../../src/i18n/languages.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { silentLogger } from '../../src/util/logger.js';
import { bridgeConfig, FAST_TUNING, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

describe('the computer language (language: auto)', () => {
  it('reads POSIX locales and BCP 47 tags; any other language is English, C/POSIX name none', () => {
    expect(languageOfLocale('fr_FR.UTF-8')).toBe('fr');
    expect(languageOfLocale('cs_CZ@euro')).toBe('cs');
    expect(languageOfLocale('de-AT')).toBe('de');
    expect(languageOfLocale('es')).toBe('es');
    expect(languageOfLocale('ja_JP.UTF-8')).toBe('en');
    expect(languageOfLocale('pt-BR')).toBe('en');
    for (const none of ['C', 'POSIX', 'C.UTF-8', '', undefined]) expect(languageOfLocale(none)).toBeNull();
  });

  it('LANG=fr_FR.UTF-8 gives French; an unsupported one gives English, not the next source', () => {
    expect(hostLanguage({ env: { LANG: 'fr_FR.UTF-8' }, intlLocale: 'en-US' })).toBe('fr');
    expect(hostLanguage({ env: { LANG: 'ja_JP.UTF-8' }, appLocale: 'de', intlLocale: 'de-DE' })).toBe('en');
  });

  it('follows POSIX precedence (LC_ALL, LC_MESSAGES, LANG), then the app locale, then Intl', () => {
    expect(hostLanguage({ env: { LC_ALL: 'cs_CZ.UTF-8', LC_MESSAGES: 'de_DE', LANG: 'fr_FR' } })).toBe('cs');
    expect(hostLanguage({ env: { LC_MESSAGES: 'de_DE', LANG: 'fr_FR' } })).toBe('de');
    expect(hostLanguage({ env: { LC_ALL: 'C', LANG: 'es_ES.UTF-8' } })).toBe('es');
    expect(hostLanguage({ env: {}, appLocale: 'de-CH', intlLocale: 'fr-FR' })).toBe('de');
    expect(hostLanguage({ env: {}, intlLocale: 'fr-FR' })).toBe('fr');
    expect(hostLanguage({})).toBe('en');
    expect(resolveLanguage('cs', { env: { LANG: 'fr_FR.UTF-8' } })).toBe('cs');
  });
});

describe('the language setting through the config file and the BridgeApi', () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  const dir = tempDir('language-');
  const saved = { LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES, LANG: process.env.LANG };
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  });
  afterAll(() => dir.cleanup());

  it('defaults to auto; an unknown language is an error naming the field and its values', () => {
    expect(parseConfig({}).language).toBe('auto');
    try {
      parseConfig({ language: 'it' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).issues[0]).toMatchObject({ field: 'language', message: expect.stringMatching(/"auto"/) });
    }
  });

  it('auto follows LANG; setLanguage saves into the config file, is in the snapshot and settings, and tells every UI', async () => {
    mews = await startMews();
    const file = `${dir.path}/bridge.json`;
    writeFileSync(file, JSON.stringify(bridgeConfig(mews, `${dir.path}/data`, []), null, 2));
    delete process.env.LC_ALL;
    delete process.env.LC_MESSAGES;
    process.env.LANG = 'fr_FR.UTF-8';
    bridge = await createBridge({ store: new FileSettingsStore(file), log: silentLogger(), version: 'test', tuning: FAST_TUNING });
    expect((await bridge.getSnapshot()).language).toEqual({ setting: 'auto', resolved: 'fr' });
    expect('language' in JSON.parse(readFileSync(file, 'utf8'))).toBe(false); // an untouched file stays as written

    process.env.LANG = 'pt_BR.UTF-8';
    expect((await bridge.getSettings()).language).toEqual({ setting: 'auto', resolved: 'en' });

    const events: BridgeEvent[] = [];
    bridge.subscribe((e) => events.push(e));
    expect(await callApi(bridge, 'setLanguage', ['de'])).toEqual({ ok: true });
    expect(JSON.parse(readFileSync(file, 'utf8')).language).toBe('de');
    expect((await bridge.getSettings()).language).toEqual({ setting: 'de', resolved: 'de' });
    await waitFor(
      () => events.some((e) => e.type === 'snapshot' && e.snapshot.language.resolved === 'de'),
      'a snapshot event with the new language',
    );

    await expect(callApi(bridge, 'setLanguage', ['it'])).rejects.toBeInstanceOf(RpcRefused);
    expect((await bridge.getSnapshot()).language.setting).toBe('de');
  });
});
