/** A page's findings: verdict, topics, reasons, threat level, counts per type and top names. */
import type { PageFindings } from '../lib/messaging/protocol';
import { ENTITY_TYPES } from '../lib/entities/names';
import { TYPE_COLORS } from '../lib/paint/colors';
import { TYPE_LABELS } from './type-label';

export interface FindingsViewProps {
  findings: PageFindings;
  testId?: string;
}

/** Renders findings as text only; every string comes from the page and is never HTML. */
export function FindingsView({ findings, testId }: FindingsViewProps) {
  const verdict = findings.isSecurityNews ? 'Security news' : 'Not security news';
  return (
    <section class="tl-findings" data-testid={testId} aria-label="Threatlight findings">
      <p class={`tl-verdict ${findings.isSecurityNews ? 'yes' : 'no'}`}>
        <strong>{verdict}</strong> <span class="tl-score">({Math.round(findings.score * 100)}%)</span>
        {findings.threatLevel && <span class={`tl-level tl-level-${findings.threatLevel}`}>threat: {findings.threatLevel}</span>}
      </p>
      {findings.topics.length > 0 && (
        <p class="tl-topics">{findings.topics.map((t) => `${t.topic} ${Math.round(t.score * 100)}%`).join(' · ')}</p>
      )}
      {findings.reasons.length > 0 && (
        <ul class="tl-reasons">
          {findings.reasons.slice(0, 4).map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <ul class="tl-counts">
        {ENTITY_TYPES.filter((t) => (findings.counts[t] ?? 0) > 0).map((t) => (
          <li key={t} data-type={t}>
            <span class="tl-swatch" style={{ background: TYPE_COLORS[t] }} aria-hidden="true" />
            {TYPE_LABELS[t]} <b>{findings.counts[t]}</b>
          </li>
        ))}
      </ul>
      {findings.top.length > 0 && (
        <p class="tl-top">
          {findings.top.map((t) => `${t.name} ×${t.count}`).join(', ')}
        </p>
      )}
    </section>
  );
}
