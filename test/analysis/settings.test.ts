import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSettings, settingsProblems } from '../../analysis/settings.js';

describe('settings.lcic', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads the four settings, with defaults for what is missing', () => {
    expect(readSettings({ lcic: { language: 'zh-CN', edition: 'international', clients: ['Gateway'], errorHandlers: ['report'] } })).toEqual({
      language: 'zh-CN',
      edition: 'international',
      clients: ['Gateway'],
      errorHandlers: ['report'],
    });
    expect(readSettings({})).toEqual({ language: 'en', edition: 'china', clients: [], errorHandlers: [] });
  });

  it('finds nothing wrong with good settings', () => {
    expect(settingsProblems({ language: 'en', edition: 'china', clients: [], errorHandlers: ['report'] })).toEqual([]);
  });

  it('names a misspelt setting with the nearest real one, a value not allowed with the default that applies, and a list that is not one', () => {
    expect(settingsProblems({ editon: 'international', language: 'zh', clients: 'Gateway', errorHandlers: ['report', 3] })).toEqual([
      'settings.lcic.editon is not a setting of the plugin; did you mean edition? It is ignored.',
      "settings.lcic.language is \"zh\", not 'en' or 'zh-CN': 'en' applies.",
      'settings.lcic.clients should be a list of names (strings); what is not a string in it is ignored.',
      'settings.lcic.errorHandlers should be a list of names (strings); what is not a string in it is ignored.',
    ]);
    expect(settingsProblems({ severity: 'high' })).toEqual(['settings.lcic.severity is not a setting of the plugin. It is ignored.']);
    expect(settingsProblems({ edition: 'intl' })).toEqual(["settings.lcic.edition is \"intl\", not 'china' or 'international': 'china' applies."]);
  });

  it('says each problem once per process on stderr, and still lints with the defaults', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readSettings({ lcic: { edition: 'global-edition' } }).edition).toBe('china');
    expect(readSettings({ lcic: { edition: 'global-edition' } }).edition).toBe('china');
    expect(warn.mock.calls).toEqual([["eslint-plugin-lcic: settings.lcic.edition is \"global-edition\", not 'china' or 'international': 'china' applies."]]);
  });
});
