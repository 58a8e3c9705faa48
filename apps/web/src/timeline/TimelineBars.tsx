import { Group } from "@visx/group";
import { memo } from "react";
import { links } from "../app/links";
import { kindColour } from "./kinds";
import type { Span } from "./span";

export type PlacedEngagement = { id: string; title: string; kind: string; span: Span; label: string };

export const rowHeight = 24;
const minBarWidth = 3;

/**
 * One row per kind, one linked bar per engagement. Thousands of bars are drawn here, so each is an <a> and a
 * <rect> with its geometry only: colour comes from the row's <g>, the partial style from a class, the name from
 * aria-label. Memoised: the chart's hover line and the list's toggle do not redraw the bars.
 */
export const TimelineBars = memo(function TimelineBars({
  rows,
  x,
  domain,
  width,
}: {
  rows: [kind: string, engagements: PlacedEngagement[]][];
  x: (date: Date) => number;
  domain: [Date, Date];
  width: number;
}) {
  return rows.map(([kind, engagements], row) => (
    <Group key={kind} top={row * rowHeight}>
      <rect width={width} height={rowHeight} className={row % 2 ? "band odd" : "band"} />
      <g fill={kindColour(kind)} stroke={kindColour(kind)}>
        {engagements.map((p) => {
          const left = x(clamp(p.span.start, domain));
          const right = x(clamp(p.span.end, domain));
          return (
            <a key={p.id} href={links.engagement(p.id)} tabIndex={-1} aria-label={p.label}>
              <rect
                x={left}
                y={4}
                width={Math.max(right - left, minBarWidth)}
                height={rowHeight - 8}
                className={p.span.partial ? "partial" : undefined}
              />
            </a>
          );
        })}
      </g>
    </Group>
  ));
});

function clamp(date: Date, [from, to]: [Date, Date]): Date {
  if (date < from) return from;
  if (date > to) return to;
  return date;
}
