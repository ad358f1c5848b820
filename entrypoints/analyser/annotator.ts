/**
 * One page's annotation state: analysis, painting, the page UI, hover and selection handling,
 * and saving. Work is scheduled and time-sliced; DOM mutations only mark the page dirty.
 */
import type { Analysis } from '../../lib/analyze';
import { buildTextMap, offsetOf, type TextMap } from '../../lib/anchoring/text-map';
import { articleClipping } from '../../lib/clipping/build';
import type { EntityType } from '../../lib/entities/types';
import { entityKey, entityName, groupMentions, summarize } from '../../lib/findings';
import type { PageFindings, SaveResult } from '../../lib/messaging/protocol';
import { toBackground } from '../../platform/messaging';
import { getSettings, setSettings } from '../../platform/settings';
import { PageWatch } from './page-watch';
import { Painter } from './painter';
import { entityAt, placeEntities, type PlacedEntity } from './locate';
import { mountPageUi, type PageUi, type PageUiState } from './page-ui';
import { findSavedOnPage } from './saved';
import { saveClippingReliably } from './save';
import { caretAt, guard, yieldToMain } from './dom';
import { clipPassage } from './passage';
import { clipButtonPosition } from './clip-position';
import { cardFor } from './card';
import { analyseRemotely } from './remote';
import { gate } from '../../lib/page/gate';
import type { KnownFacts } from '../../lib/explain';
import type { SaveState } from '../../components/summary-panel';

export class Annotator {
  private analysis: Analysis | null = null;
  /** Knowledge-base facts of the analysis's known entities, for hover cards. */
  private knowledge: Record<string, KnownFacts> = {};
  private map: TextMap | null = null;
  private placed: PlacedEntity[] = [];
  private ui: PageUi | null = null;
  private save: SaveState = { state: 'idle' };
  private card: PageUiState['card'] = null;
  private clip: PageUiState['clip'] = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  /** A run was asked for while one was running: run again when it ends. */
  private pending = false;
  private dismissed = false;
  /** Analyses in a row that got no answer. */
  private failures = 0;
  private readonly watch: PageWatch;
  private readonly painter: Painter;
  /** Saved passages of this page found again, painted as `tl-saved`. */
  private savedRanges: Range[] = [];
  /** When this article was saved whole, if it was. */
  private savedAt: number | null = null;
  /** The selection the Clip button was shown for: clicking elsewhere may collapse the live one. */
  private clipRange: Range | null = null;

  constructor(private readonly doc: Document) {
    this.watch = new PageWatch(doc, () => this.schedule(0));
    this.painter = new Painter(doc);
  }

  private get hidden(): Set<EntityType> {
    return this.painter.hidden;
  }

  /** Asks for a (re-)analysis after `delayMs`; repeated requests collapse into one. */
  schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run().catch((e: unknown) => console.debug('Threatlight:', e)), delayMs);
  }

  /** The current findings for the popup, or null before the first analysis. */
  findings(): PageFindings | null {
    return this.analysis ? summarize(location.href, this.analysis) : null;
  }

  private async run(): Promise<void> {
    if (this.dismissed) return;
    if (this.running) {
      this.pending = true;
      return;
    }
    this.running = true;
    try {
      await this.analyse();
    } finally {
      this.running = false;
    }
    if (this.pending && !this.dismissed) {
      this.pending = false;
      this.schedule(0);
    }
  }

  /** One analysis of the page as it is now, painted; every step yields to the page. */
  private async analyse(): Promise<void> {
    const settings = await getSettings();
    this.painter.applySettings(settings);
    const verdict = gate(this.doc, { sensitivity: settings.gateSensitivity });
    await yieldToMain();
    // The page's markup is analysed away from its thread; the live page is only read.
    const remote = await analyseRemotely(this.doc, location.href, verdict);
    if (this.dismissed) return;
    if (typeof remote === 'string') {
      // A worker stopped mid-request, say: try again a little later, a few times.
      console.debug('Threatlight:', remote);
      if (this.failures < 3) this.schedule(1000 * ++this.failures);
      return;
    }
    this.failures = 0;
    const { analysis } = remote;
    this.analysis = analysis;
    this.knowledge = remote.knowledge;
    this.watch.start();
    const security = analysis.assessment.isSecurityNews;
    if (security) this.ensureUi();
    else this.removeUi();
    await yieldToMain();
    this.map = buildTextMap(this.doc.body, { exclude: this.ui?.host });
    await yieldToMain();
    this.placed = security ? placeEntities(this.map, analysis.article.text, analysis.entities) : [];
    this.painter.findWatched(this.map);
    const shown = (security ? analysis.entities.length : 0) + this.painter.watchCount;
    await toBackground({ type: 'page-analysed', entityCount: shown, isSecurityNews: security }).catch(() => undefined);
    if (security) {
      const saved = await findSavedOnPage(this.map, [location.href, ...(analysis.article.canonicalUrl ? [analysis.article.canonicalUrl] : [])]);
      this.savedRanges = saved.ranges;
      this.savedAt = saved.articleSavedAt;
    } else {
      this.savedRanges = [];
      this.savedAt = null;
    }
    this.repaint();
    this.render();
    this.watch.settle();
  }

  /** Settings changed in another tab or the options page: repaint with them, no reload. */
  async settingsChanged(): Promise<void> {
    if (this.dismissed || !this.analysis) return;
    this.painter.applySettings(await getSettings());
    this.painter.findWatched(this.map);
    this.repaint();
    this.render();
  }

  private repaint(): void {
    this.painter.repaint(this.placed, this.savedRanges);
  }

  private ensureUi(): void {
    if (this.ui) return;
    this.ui = mountPageUi(this.doc);
    const opts = { passive: true } as const;
    this.doc.addEventListener('mousemove', this.onPointer, opts);
    this.doc.addEventListener('selectionchange', this.onSelection, opts);
    this.doc.addEventListener('keydown', this.onKey, opts);
  }

  /** Takes the page UI away (a new page of a single-page app that is not security news). */
  private removeUi(): void {
    if (!this.ui) return;
    this.card = null;
    this.clip = null;
    this.ui.remove();
    this.ui = null;
  }

  private render(): void {
    const a = this.analysis;
    if (!this.ui || !a) return;
    const watch = this.painter.watchSummary();
    this.ui.update({
      panel: {
        findings: summarize(location.href, a),
        hiddenTypes: this.hidden,
        save: this.save,
        savedAt: this.savedAt,
        onSave: () => void this.saveArticle(),
        onToggleType: (t, visible) => void this.toggleType(t, visible),
        onDismiss: () => this.dismiss(),
        onDisableSite: () => void this.disableSite(),
        entities: groupMentions(this.placed.map((p) => p.entity))
          .filter((g) => !this.hidden.has(g.first.type))
          .slice(0, 30)
          .map((g) => ({ key: g.key, type: g.first.type, label: entityName(g.first), count: g.mentions.length })),
        onShowEntity: (key) => guard(() => this.showEntity(key)),
        colors: this.painter.typeColors(),
      },
      card: this.card ? { ...this.card, colors: this.painter.typeColors() } : null,
      clip: this.clip,
      watch,
      onCloseCard: () => {
        this.card = null;
        this.render();
      },
    });
  }

  private async toggleType(t: EntityType, visible: boolean): Promise<void> {
    if (visible) this.hidden.delete(t);
    else this.hidden.add(t);
    this.repaint();
    this.render();
    const s = await getSettings();
    await setSettings({ ...s, hiddenTypes: [...this.hidden] });
  }

  private dismiss(): void {
    this.dismissed = true;
    this.watch.stop();
    this.painter.clear();
    this.doc.removeEventListener('mousemove', this.onPointer);
    this.doc.removeEventListener('selectionchange', this.onSelection);
    this.doc.removeEventListener('keydown', this.onKey);
    this.ui?.remove();
    this.ui = null;
  }

  private async disableSite(): Promise<void> {
    const s = await getSettings();
    await setSettings({ ...s, disabledSites: [...new Set([...s.disabledSites, location.hostname])] });
    this.dismiss();
  }

  private pointerQueued = false;
  private lastPointer = { x: NaN, y: NaN };
  private readonly onPointer = (ev: MouseEvent): void => {
    // Chromium sends a mousemove after a scroll with the pointer where it was: not the reader
    // moving it (it closed the card a keyboard user had just opened by scrolling to its entity).
    if (ev.clientX === this.lastPointer.x && ev.clientY === this.lastPointer.y) return;
    this.lastPointer = { x: ev.clientX, y: ev.clientY };
    if (this.pointerQueued) return;
    this.pointerQueued = true;
    requestAnimationFrame(() => {
      this.pointerQueued = false;
      guard(() => this.hover(ev.clientX, ev.clientY));
    });
  };

  private hover(x: number, y: number): void {
    if (!this.map || !this.analysis) return;
    const pos = caretAt(this.doc, x, y);
    const offset = pos ? offsetOf(this.map, pos.node, pos.offset) : -1;
    const hit = offset >= 0 ? entityAt(this.placed, offset) : undefined;
    if (!hit || this.hidden.has(hit.entity.type)) {
      if (this.card) {
        this.card = null;
        this.render();
      }
      return;
    }
    if (this.card?.entity === hit.entity) return;
    this.openCard(hit);
  }

  /** Shows the hover card of a placed entity, under its text. */
  private openCard(hit: PlacedEntity): void {
    if (!this.analysis) return;
    this.card = cardFor(hit, this.analysis.entities, this.knowledge);
    this.render();
  }

  /** Keyboard path to a card: scrolls the first mention of `key` into view and explains it. */
  private showEntity(key: string): void {
    const hit = this.placed.find((p) => entityKey(p.entity) === key);
    if (!hit) return;
    hit.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.openCard(hit);
  }

  private readonly onKey = (ev: KeyboardEvent): void => {
    if (ev.key === 'Escape' && this.card) {
      this.card = null;
      this.render();
    }
  };

  private selectionQueued: ReturnType<typeof setTimeout> | undefined;
  private readonly onSelection = (): void => {
    clearTimeout(this.selectionQueued);
    this.selectionQueued = setTimeout(() => guard(() => this.updateClipButton()), 200);
  };

  private updateClipButton(): void {
    const sel = this.doc.getSelection();
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
    const text = range?.toString().trim() ?? '';
    if (!range || text.length < 3 || this.ui?.host.contains(range.commonAncestorContainer)) {
      if (this.clip) {
        this.clip = null;
        this.render();
      }
      return;
    }
    this.clipRange = range.cloneRange();
    const at = clipButtonPosition(range.getBoundingClientRect(), window.innerWidth, window.innerHeight);
    this.clip = { ...at, label: 'Clip', onClip: () => void this.clipSelection() };
    this.render();
  }

  /** Saves the whole article to the library. */
  async saveArticle(): Promise<SaveResult> {
    const a = this.analysis;
    if (!a) return { ok: false, error: 'This page has not been analysed.' };
    const result = await this.trackSave(() => saveClippingReliably(articleClipping({ url: location.href, ...a, now: Date.now() })));
    if (result.ok) {
      this.savedAt ??= Date.now();
      this.render();
    }
    return result;
  }

  /** Saves the current selection as a passage clipping. */
  async clipSelection(): Promise<SaveResult> {
    const a = this.analysis;
    const sel = this.doc.getSelection();
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : this.clipRange;
    if (!a || !range || range.collapsed) return { ok: false, error: 'Nothing is selected.' };
    this.clipRange = null;
    const clipping = await clipPassage(this.doc, this.ui?.host ?? null, a, range);
    if (typeof clipping === 'string') return { ok: false, error: clipping };
    // A passage has its own progress on the Clip button; the panel's Save button is the article's.
    if (this.clip) this.clip = { ...this.clip, label: 'Clipping…' };
    this.render();
    const result = await saveClippingReliably(clipping);
    this.clip = null;
    if (!result.ok) this.save = { state: 'error', message: result.error };
    if (result.ok) {
      this.savedRanges.push(range.cloneRange());
      this.repaint();
    }
    this.render();
    return result;
  }

  private async trackSave(fn: () => Promise<SaveResult>): Promise<SaveResult> {
    this.save = { state: 'saving' };
    this.render();
    const result = await fn();
    this.save = result.ok ? { state: 'saved' } : { state: 'error', message: result.error };
    this.render();
    return result;
  }
}
