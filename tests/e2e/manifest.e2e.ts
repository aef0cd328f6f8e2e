import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_ADDON_ID, FIREFOX_BUILD } from './browsers';

type Manifest = {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string } };
  default_locale?: string;
  icons?: Record<string, string>;
};
const read = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
const WORKERCN = /^\*:\/\/(\*\.)?workercn\.cn\/\*$/;

describe('built manifests', () => {
  const chrome = read(CHROME_BUILD);
  const firefox = read(FIREFOX_BUILD);

  it('targets MV3 in Chrome and MV2 in Firefox with a stable add-on id', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(firefox.manifest_version).toBe(2);
    expect(firefox.browser_specific_settings?.gecko?.id).toBe(FIREFOX_ADDON_ID);
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('asks for workercn.cn hosts only, and no broad permissions', () => {
    const hosts = [
      ...(chrome.host_permissions ?? []),
      ...(chrome.permissions ?? []),
      ...(firefox.permissions ?? []),
    ].filter((p) => p.includes('://') || p === '<all_urls>');
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) expect(host).toMatch(WORKERCN);
    const apis = (m: Manifest) => new Set((m.permissions ?? []).filter((p) => !p.includes('://')));
    // Chrome's MV3 needs `scripting` to load the reader on demand and `offscreen` for the document
    // that holds the reader's dictionary; Firefox's MV2 needs neither. `alarms`: sync's schedule.
    expect(apis(chrome)).toEqual(new Set(['storage', 'unlimitedStorage', 'alarms', 'scripting', 'offscreen']));
    expect(apis(firefox)).toEqual(new Set(['storage', 'unlimitedStorage', 'alarms']));
  });

  it('asks for the sync server and AnkiConnect only as optional permissions, granted one origin at a time', () => {
    const optional = (m: Manifest & { optional_host_permissions?: string[]; optional_permissions?: string[] }) =>
      m.manifest_version === 3 ? m.optional_host_permissions : m.optional_permissions;
    expect(optional(chrome)).toEqual(['https://*/*', 'http://*/*', 'http://127.0.0.1:8765/*']);
    expect(optional(firefox)).toEqual(['https://*/*', 'http://*/*', 'http://127.0.0.1:8765/*']);
  });

  it('exposes only the dictionary, the stroke data and the character facts, and only to workercn.cn pages', () => {
    const war =
      (chrome as { web_accessible_resources?: { resources: string[]; matches: string[] }[] })
        .web_accessible_resources ?? [];
    expect(war.flatMap((w) => w.resources)).toEqual(['dict/*', 'strokes/*', 'chars/*']);
    for (const match of war.flatMap((w) => w.matches)) expect(match).toMatch(WORKERCN);
    const ffWar = (firefox as { web_accessible_resources?: string[] }).web_accessible_resources ?? [];
    expect(ffWar).toEqual(['dict/*', 'strokes/*', 'chars/*']);
  });

  it('injects its content script on workercn.cn pages only', () => {
    for (const manifest of [chrome, firefox]) {
      const matches = manifest.content_scripts?.flatMap((c) => c.matches) ?? [];
      expect(matches.length).toBeGreaterThan(0);
      for (const match of matches) expect(match).toMatch(WORKERCN);
    }
  });

  it('ships its locales and icons', () => {
    for (const [dir, manifest] of [
      [CHROME_BUILD, chrome],
      [FIREFOX_BUILD, firefox],
    ] as const) {
      expect(manifest.default_locale).toBe('en');
      for (const locale of ['en', 'zh_CN']) {
        const messages = JSON.parse(
          readFileSync(path.join(dir, '_locales', locale, 'messages.json'), 'utf8'),
        ) as Record<string, unknown>;
        expect(Object.keys(messages)).toContain('extName');
      }
      expect(Object.keys(manifest.icons ?? {})).toEqual(expect.arrayContaining(['16', '48', '128']));
    }
  });
});

/** What Firefox for Android needs of the Firefox build (it reads the same MV2 package). */
describe('built Firefox manifest on Android', () => {
  const firefox = JSON.parse(readFileSync(path.join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  > & {
    permissions?: string[];
    browser_specific_settings?: Record<string, { id?: string; strict_min_version?: string }>;
    browser_action?: { default_popup?: string };
    commands?: Record<string, unknown>;
    options_ui?: { page?: string };
  };
  const major = (version: string | undefined) => Number(version?.split('.')[0]);

  it('declares gecko_android with a minimum version from which any add-on installs there', () => {
    const settings = firefox.browser_specific_settings ?? {};
    expect(Object.keys(settings).sort()).toEqual(['gecko', 'gecko_android']);
    // Firefox for Android runs add-ons outside the curated list from 120; gecko_android itself from 113.
    expect(major(settings.gecko_android?.strict_min_version)).toBeGreaterThanOrEqual(120);
    // Desktop: DecompressionStream (dictionary assets) needs 113.
    expect(major(settings.gecko?.strict_min_version)).toBeGreaterThanOrEqual(113);
  });

  it('relies on nothing Android lacks: no popup, no menus, no identity, no sidebar; a command only duplicates the action', () => {
    // The toolbar action becomes a menu entry on Android; with a popup there it would be the only way in.
    expect(firefox.browser_action).toBeDefined();
    expect(firefox.browser_action?.default_popup).toBeUndefined();
    for (const key of ['sidebar_action', 'page_action', 'chrome_url_overrides', 'devtools_page', 'omnibox'])
      expect(firefox).not.toHaveProperty(key);
    for (const permission of ['menus', 'contextMenus', 'identity', 'bookmarks', 'history', 'downloads'])
      expect(firefox.permissions ?? []).not.toContain(permission);
    // Keyboard commands do nothing on Android; the one there is opens the reader, as the action does.
    expect(Object.keys(firefox.commands ?? {})).toEqual(['open-reader']);
    // The options page opens from the add-ons manager on Android as on desktop.
    expect(firefox.options_ui?.page).toMatch(/options\.html$/);
  });
});
