/**
 * The one message protocol between content scripts, the background and extension pages.
 * Every receiver parses with these schemas; anything that does not parse is ignored.
 */
import { z } from 'zod';
import { ClippingSchema } from '../clipping/schema';
import { EntityTypeSchema, ThreatScaleSchema, type Entity } from '../entities/types';
import type { Analysis } from '../analyze';
import type { KnownFacts } from '../explain';

/** A save request carries a client-made id, so a retried request is idempotent. */
const SaveClipping = z.object({
  type: z.literal('save-clipping'),
  requestId: z.string().min(1),
  clipping: ClippingSchema,
});

/** The content script tells the background what it found, for the toolbar badge. */
const PageAnalysed = z.object({
  type: z.literal('page-analysed'),
  entityCount: z.number().int().nonnegative(),
  isSecurityNews: z.boolean(),
});

/** The always-injected gate script asks the background to inject the analyser into its frame. */
const GatePassed = z.object({ type: z.literal('gate-passed') });

const Ping = z.object({ type: z.literal('ping') });

/** The analyser asks which clippings were saved from its page, to show them again. */
const SavedForPage = z.object({ type: z.literal('saved-for-page'), urls: z.array(z.string()).max(4) });

/** The analyser reports which saved passages it found again (the rest are orphans). */
const AnchorReport = z.object({
  type: z.literal('anchor-report'),
  results: z.array(z.object({ id: z.string(), anchored: z.boolean() })).max(10_000),
});

/**
 * The largest page markup the analyser sends to be analysed: a huge page is already cut to its
 * head and main container (lib/page/extraction-copy), so this only refuses the absurd.
 */
export const MAX_PAGE_HTML = 32 * 1024 * 1024;
/** The longest passage or article text analysed (the rest of a longer one is left out). */
export const MAX_ANALYSED_TEXT = 300_000;

/** The gate's verdict, as the analyser computed it on the live page. */
const GateResultSchema = z.object({ pass: z.boolean(), reasons: z.array(z.string().max(500)).max(50) });

/**
 * The analyser asks for its page to be analysed off the page's thread (DESIGN.md §9): the page's
 * markup (bounded), its address and the gate's verdict on the live page.
 */
const AnalysePage = z.object({
  type: z.literal('analyse-page'),
  url: z.string().max(8192),
  html: z.string().max(MAX_PAGE_HTML),
  gate: GateResultSchema,
});

/** The analyser asks for the entities of a passage the reader selected. */
const RecognizePassage = z.object({ type: z.literal('recognize-passage'), text: z.string().max(MAX_ANALYSED_TEXT) });

/** The requests the analysis page (or Firefox's background) serves. */
export const AnalysisRequestSchema = z.discriminatedUnion('type', [AnalysePage, RecognizePassage]);
export type AnalysisRequest = z.infer<typeof AnalysisRequestSchema>;

/** The background forwards an analysis request to its analysis page (Chrome's offscreen document). */
export const ToAnalysisPageSchema = z.object({ target: z.literal('tl-analysis'), request: AnalysisRequestSchema });
export type ToAnalysisPage = z.infer<typeof ToAnalysisPageSchema>;

/** Messages the background accepts, from content scripts or extension pages. */
export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  SaveClipping,
  PageAnalysed,
  GatePassed,
  Ping,
  SavedForPage,
  AnchorReport,
  AnalysePage,
  RecognizePassage,
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;

/** What the popup shows for the current page, as the content script computed it. */
export const PageFindingsSchema = z.object({
  url: z.string(),
  title: z.string().nullable(),
  isSecurityNews: z.boolean(),
  score: z.number(),
  topics: z.array(z.object({ topic: z.string(), score: z.number() })),
  reasons: z.array(z.string()),
  threatLevel: ThreatScaleSchema.nullable(),
  counts: z.partialRecord(EntityTypeSchema, z.number().int().nonnegative()),
  top: z.array(z.object({ type: EntityTypeSchema, name: z.string(), count: z.number().int() })),
});
export type PageFindings = z.infer<typeof PageFindingsSchema>;

export { ContentMessageSchema, SaveResultSchema, SavedOnPageSchema, type ContentMessage, type SaveResult } from './content-protocol';


/** The analysis of a page, with the knowledge-base facts of its entities for the hover cards. */
export type AnalysisReply = { ok: true; analysis: Analysis; knowledge: Record<string, KnownFacts> } | { ok: false; error: string };

/** The entities of a passage. */
export type PassageReply = { ok: true; entities: Entity[] } | { ok: false; error: string };
