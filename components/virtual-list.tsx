/**
 * A list that renders only the rows in view (plus a margin), so 100,000 clippings cost what a
 * screenful costs. Rows have one fixed height; the list keeps the active row in view when the
 * keyboard moves it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Height of every row in CSS pixels. */
  rowHeight: number;
  /** Index of the row to keep in view (the keyboard's position), or -1. */
  activeIndex: number;
  label: string;
  renderRow: (item: T, index: number) => ComponentChildren;
  /** Arrow keys, Home and End inside the list move the active row. */
  onMove: (index: number) => void;
}

/** Rows drawn beyond each edge of the viewport, so fast scrolling shows no blank band. */
const OVERSCAN = 8;

export function VirtualList<T>({ items, rowHeight, activeIndex, label, renderRow, onMove }: VirtualListProps<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    setHeight(el.clientHeight || 600);
    const ro = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  }, [activeIndex, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const onKeyDown = (e: KeyboardEvent): void => {
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: items.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined || items.length === 0) return;
    e.preventDefault();
    onMove(Math.min(items.length - 1, Math.max(0, to)));
  };

  return (
    <div class="virtual" ref={box} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} onKeyDown={onKeyDown}>
      <ul class="plain" aria-label={label} style={{ height: `${items.length * rowHeight}px`, position: 'relative' }}>
        {items.slice(first, last).map((item, i) => (
          <li
            key={first + i}
            class="virtual-row"
            aria-setsize={items.length}
            aria-posinset={first + i + 1}
            style={{ position: 'absolute', top: `${(first + i) * rowHeight}px`, height: `${rowHeight}px`, left: 0, right: 0 }}
          >
            {renderRow(item, first + i)}
          </li>
        ))}
      </ul>
    </div>
  );
}
