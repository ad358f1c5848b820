import { describe, expect, it } from 'vitest';
import { BackgroundMessageSchema, ContentMessageSchema } from '../../../lib/messaging/protocol';
import { trustedOrigin } from '../../../lib/messaging/sender';
import { sampleClipping } from '../storage/sample-clipping';

const ID = 'abcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('trustedOrigin', () => {
  it('accepts our content scripts and our pages', () => {
    expect(trustedOrigin({ id: ID, url: 'https://news.example/a', tab: { id: 7 } }, ID, BASE)).toEqual({ kind: 'content', tabId: 7 });
    expect(trustedOrigin({ id: ID, url: `${BASE}library.html` }, ID, BASE)).toEqual({ kind: 'extension-page' });
  });
  it('refuses other extensions and senders without a tab or our URL', () => {
    expect(trustedOrigin({ id: 'other', url: 'https://x.example', tab: { id: 1 } }, ID, BASE)).toBeNull();
    expect(trustedOrigin({ id: ID, url: 'https://x.example' }, ID, BASE)).toBeNull();
    expect(trustedOrigin({}, ID, BASE)).toBeNull();
  });
});

describe('message schemas', () => {
  it('parses a valid save and rejects malformed ones', () => {
    const ok = BackgroundMessageSchema.safeParse({ type: 'save-clipping', requestId: 'r1', clipping: sampleClipping() });
    expect(ok.success).toBe(true);
    const bad = BackgroundMessageSchema.safeParse({ type: 'save-clipping', requestId: 'r1', clipping: { ...sampleClipping(), url: 'not a url' } });
    expect(bad.success).toBe(false);
    expect(BackgroundMessageSchema.safeParse({ type: 'delete-everything' }).success).toBe(false);
  });
  it('knows the content-script commands', () => {
    expect(ContentMessageSchema.parse({ type: 'save-selection' })).toEqual({ type: 'save-selection' });
    expect(ContentMessageSchema.safeParse({ type: 'eval', code: '1' }).success).toBe(false);
  });
});
