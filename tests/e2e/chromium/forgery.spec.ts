/**
 * Forgery: a page cannot make Threatlight save, delete or read clippings. Its postMessage and DOM
 * events reach nothing that writes; script-made clicks on the page UI are refused; a message
 * from the content script's own world with an operation it may not ask for is refused by the
 * background; the manifests open no door (externally_connectable, web-accessible resources) and
 * keep the extension pages' CSP strict.
 */
import fs from 'node:fs';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect, storedClippings, test } from './fixtures';

const SAMPLE = '/assets/sample-article.html';

type Manifest = Record<string, unknown> & { permissions?: string[]; content_scripts?: { world?: string }[] };
const manifest = (dir: string): Manifest => JSON.parse(fs.readFileSync(`.output/${dir}/manifest.json`, 'utf8')) as Manifest;

/** Everything stored in the library, as `id|updatedAt|note` rows, read in an extension page. */
async function libraryRows(context: BrowserContext, extensionId: string): Promise<string[]> {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  const rows = (await storedClippings(ext)).map((r) => `${String(r.id)}|${String(r.updatedAt)}|${String(r.note)}`).sort();
  await ext.close();
  return rows;
}

/** The extension's stored settings (chrome.storage.local), read in an extension page. */
async function storedSettings(context: BrowserContext, extensionId: string): Promise<unknown> {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  const all = await ext.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }).chrome.storage.local.get(null),
  );
  await ext.close();
  return all;
}

/** Runs `expression` in the content scripts' isolated world of `page` (where the gate and analyser live). */
async function inContentWorld(page: Page, extensionId: string): Promise<(expression: string) => Promise<unknown>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId))).toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId));
  return async (expression) => {
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: world?.id, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value as unknown;
  };
}

test('the manifests open no door to pages and keep extension pages under a strict CSP', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv2']) {
    const m = manifest(dir);
    expect(m.externally_connectable, dir).toBeUndefined();
    // Nothing of ours is loadable by a page (no fingerprinting, no framing of our pages).
    expect(m.web_accessible_resources ?? [], dir).toEqual([]);
    // No permission that would let a page's data flow further than the library.
    for (const p of ['nativeMessaging', 'webRequest', 'webRequestBlocking', 'cookies', 'history', 'debugger', 'management', 'downloads', 'clipboardRead']) {
      expect(m.permissions ?? [], `${dir} asks for ${p}`).not.toContain(p);
    }
    // Content scripts run in the isolated world, never in the page's.
    for (const cs of m.content_scripts ?? []) expect(cs.world ?? 'ISOLATED', dir).toBe('ISOLATED');
    // The default CSP (no eval, no inline or remote script) or one at least as strict.
    const csp = m.content_security_policy;
    const policies = typeof csp === 'string' ? [csp] : csp && typeof csp === 'object' ? Object.values(csp as Record<string, string>) : [];
    for (const policy of policies) {
      expect(policy, dir).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*|data:|blob:/);
    }
    expect(m.sandbox, dir).toBeUndefined();
  }
});

test('extension pages refuse eval and inline script', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  // DevTools evaluation is exempt from the page's CSP unless told otherwise; this asks it not to be.
  const cdp = await context.newCDPSession(page);
  const attempt = async (expression: string): Promise<string> => {
    const r = await cdp.send('Runtime.evaluate', { expression, allowUnsafeEvalBlockedByCSP: false, returnByValue: true });
    return r.exceptionDetails ? (r.exceptionDetails.exception?.className ?? 'exception') : String(r.result.value);
  };
  expect(await attempt("eval('1 + 1')")).toBe('EvalError');
  expect(await attempt("new Function('return 1')()")).toBe('EvalError');
  expect(await attempt("setTimeout('window.__tlTimer = 1'); 'queued'")).toBe('queued');
  const inline = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__tlInline = 1';
    document.head.append(s);
    await new Promise((r) => setTimeout(r, 100));
    const w = window as unknown as { __tlInline?: number; __tlTimer?: number };
    return { inline: w.__tlInline ?? null, timer: w.__tlTimer ?? null };
  });
  expect(inline).toEqual({ inline: null, timer: null });
});

test("a page's messages, events and script-made clicks write nothing and learn nothing", async ({ context, server, extensionId }) => {
  // Whatever the page hears on window "message" is recorded from before any script of ours runs.
  await context.addInitScript(() => {
    const w = window as unknown as { __tlHeard: string[] };
    w.__tlHeard = [];
    window.addEventListener('message', (e) => w.__tlHeard.push(String(JSON.stringify(e.data))));
  });
  const settingsBefore = await storedSettings(context, extensionId);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.base + SAMPLE);
  await expect(page.getByTestId('tl-summary')).toBeVisible({ timeout: 20_000 });
  const highlightsBefore = await page.evaluate(() => [...CSS.highlights.keys()].sort());

  await page.evaluate((id) => {
    const clipping = { id: 'forged', kind: 'article', url: location.href, title: 'forged', text: 'forged', entities: [], selectors: [], note: 'pwned', tags: [] };
    const shapes = [
      { type: 'save-clipping', requestId: 'r1', clipping },
      { type: 'save-article' },
      { type: 'save-selection' },
      { type: 'delete-clipping', id: 'any' },
      { type: 'import', data: [clipping] },
      { type: 'list' },
      { type: 'get-findings' },
    ];
    for (const m of shapes) {
      window.postMessage(m, '*');
      window.postMessage(JSON.stringify(m), '*');
    }
    // Event names the extension or WXT might plausibly listen for, with the extension id where WXT puts it.
    const names = ['save-article', 'save-clipping', 'threatlight:save', 'tl-save-article', 'message', `${id}:content:wxt:locationchange`, `${id}:content:wxt:content-script-started`];
    for (const name of names) {
      for (const target of [window, document, document.documentElement, document.querySelector('threatlight-ui')]) {
        target?.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: { type: 'save-clipping', clipping, contentScriptName: 'content', messageId: 'x' } }));
      }
    }
    // The page UI's root is open: press every control in it by script.
    const ui = document.querySelector('threatlight-ui')?.shadowRoot;
    for (const el of ui?.querySelectorAll<HTMLElement>('button, input, summary, [role="button"]') ?? []) {
      el.click();
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
  }, extensionId);
  // Give anything that might have listened time to act (a save answers in well under a second).
  await page.waitForTimeout(2000);

  expect(await libraryRows(context, extensionId)).toEqual([]);
  expect(await storedSettings(context, extensionId)).toEqual(settingsBefore);
  await expect(page.getByTestId('tl-summary')).toBeVisible();
  await expect(page.getByTestId('tl-save-article')).toHaveText('Save article');
  expect(await page.evaluate(() => [...CSS.highlights.keys()].sort())).toEqual(highlightsBefore);
  const heard = await page.evaluate(() => (window as unknown as { __tlHeard: string[] }).__tlHeard);
  expect(heard.filter((m) => m.includes(extensionId) || /wxt|threatlight/i.test(m))).toEqual([]);
  expect(errors).toEqual([]);

  // The reader's own clicks still work: the refusals above are the guard, not broken controls.
  await page.getByTestId('tl-save-article').click();
  await expect(page.getByTestId('tl-save-article')).toHaveText(/Saved/);
  expect(await libraryRows(context, extensionId)).toHaveLength(1);
  await page.getByRole('checkbox').first().click();
  await expect
    .poll(async () => ((await storedSettings(context, extensionId)) as { settings?: { hiddenTypes?: string[] } }).settings?.hiddenTypes?.length ?? 0)
    .toBe(1);
});

test('the background refuses operations a content script may not ask for', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(server.base + SAMPLE);
  await page.getByTestId('tl-save-article').click({ timeout: 20_000 });
  await expect(page.getByTestId('tl-save-article')).toHaveText(/Saved/);
  const before = await libraryRows(context, extensionId);
  expect(before).toHaveLength(1);
  const id = before[0]?.split('|')[0] ?? '';

  const run = await inContentWorld(page, extensionId);
  const send = (msg: unknown): Promise<unknown> => run(`chrome.runtime.sendMessage(${JSON.stringify(msg)}).then((r) => r ?? null, (e) => 'error: ' + e.message)`);
  // The content world does reach the background: a ping is answered.
  expect(await send({ type: 'ping' })).toEqual({ ok: true, version: '0.1.0' });
  const refused = [
    { type: 'delete-clipping', id },
    { type: 'delete', id },
    { type: 'delete-clippings', ids: [id] },
    { type: 'import', clippings: [] },
    { type: 'import-library', text: '{}' },
    { type: 'list' },
    { type: 'list-clippings' },
    { type: 'search', query: '' },
    { type: 'export', format: 'json' },
    { type: 'get-settings' },
    { type: 'set-settings', settings: { disabledSites: ['*'] } },
    { type: 'clear' },
    // Known types with payloads that do not parse are refused too.
    { type: 'save-clipping', requestId: 'x', clipping: { id, note: 'overwritten' } },
    { type: 'saved-for-page', urls: ['a', 'b', 'c', 'd', 'e'] },
    { type: 'anchor-report', results: 'all' },
    { type: 'analyse-page', url: 'x', html: '<p>x</p>' },
    { type: 'recognize-passage', text: 7 },
    // The offscreen analysis document hears content scripts' messages too: it serves only the background.
    { target: 'tl-analysis', request: { type: 'recognize-passage', text: 'MI5 said' } },
    { type: ['ping'] },
    null,
    'ping',
  ];
  for (const msg of refused) expect(await send(msg), JSON.stringify(msg)).toBeNull();
  expect(await libraryRows(context, extensionId)).toEqual(before);
  // While the same request through the background is answered.
  const answered = (await send({ type: 'recognize-passage', text: 'MI5 said' })) as { ok?: boolean; entities?: { type: string }[] } | null;
  expect(answered?.ok).toBe(true);
  expect(answered?.entities?.map((e) => e.type)).toContain('agency');
});
