/** The charts of whatever the library's filters and search leave (`tl-chart-*`). */
import { BarChart, TimelineChart } from '../../components/charts';
import { threatLevels, timeline, topNames } from '../../lib/library/charts';
import type { Facet } from '../../lib/library/view';
import { TYPE_COLORS } from '../../lib/paint/colors';
import type { Card } from '../../lib/library/card';

export function ChartsPane({ cards, onPick }: { cards: readonly Card[]; onPick: (facet: Facet, value: string) => void }) {
  const bar = (rows: { name: string; count: number }[]) => rows.map((r) => ({ label: r.name, count: r.count }));
  return (
    <section class="charts" aria-label="Charts">
      <TimelineChart points={timeline(cards)} />
      <div class="chart-row">
        <BarChart
          testId="tl-chart-threat-levels"
          title="Clippings by highest threat level"
          data={threatLevels(cards).map((l) => ({ label: l.level, count: l.count }))}
          onPick={(l) => onPick('threatLevel', l)}
        />
        <BarChart
          testId="tl-chart-agencies"
          title="Top agencies (clippings mentioning each)"
          data={bar(topNames(cards, (c) => c.agencies))}
          color={TYPE_COLORS.agency}
          onPick={(v) => onPick('agency', v)}
        />
        <BarChart
          testId="tl-chart-actors"
          title="Top threat actors (clippings mentioning each)"
          data={bar(topNames(cards, (c) => c.actors))}
          color={TYPE_COLORS['threat-actor']}
          onPick={(v) => onPick('actor', v)}
        />
      </div>
    </section>
  );
}
