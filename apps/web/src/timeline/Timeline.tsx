import { AxisBottom } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleUtc } from "@visx/scale";
import { useMemo, useRef, useState } from "react";
import { links } from "../app/links";
import { formatPartial, words } from "../ui/dates";
import { kindColour } from "./kinds";
import { type DatedEngagement, engagementSpan, type Span, yearsOf } from "./span";
import { useWidth } from "./useWidth";

export type TimelineEngagement = DatedEngagement & {
  id: string;
  title: string;
  kind: string;
  start: { iso: string; precision: string };
};

const rowHeight = 24;
const axisHeight = 28;
const minBarWidth = 3;
/** Room at each end for the first and last tick labels. */
const margin = 16;

/** Engagements on a time axis, one row per kind, zoomable by year; a partial date fills the span it may cover. */
export function Timeline({ engagements }: { engagements: TimelineEngagement[] }) {
  const containerRef = useRef<HTMLDivElement>(null);
  // 0 until measured (before the first paint): the bars are drawn once, at the chart's real width.
  const width = useWidth(containerRef, 0);
  const [year, setYear] = useState<number | null>(null);
  const [listOpen, setListOpen] = useState(false);
  const placed = useMemo(
    () => engagements.map((e) => ({ ...e, span: engagementSpan(e), when: formatPartial(e.start) })),
    [engagements],
  );
  const years = useMemo(() => yearsOf(placed.map((p) => p.span)), [placed]);
  const visible = year === null ? placed : placed.filter((p) => overlaps(p.span, year));
  const kinds = [...new Set(visible.map((p) => p.kind))].sort();
  const domain = year === null ? domainOfYears(years) : [yearStart(year), yearStart(year + 1)];
  const chartWidth = Math.max(width, 200);
  const x = scaleUtc({ domain, range: [margin, chartWidth - margin] });
  const height = kinds.length * rowHeight + axisHeight;

  return (
    <div className="timeline">
      <fieldset className="zoom">
        <legend>Zoom</legend>
        <button type="button" aria-pressed={year === null} onClick={() => setYear(null)}>
          All years
        </button>
        {years.map((y) => (
          <button type="button" key={y} aria-pressed={year === y} onClick={() => setYear(y)}>
            {y}
          </button>
        ))}
      </fieldset>
      <div ref={containerRef} className="timeline-chart">
        <svg
          width={chartWidth}
          height={height}
          aria-label={`Timeline of ${visible.length} engagements${year === null ? "" : ` in ${year}`}, by kind`}
        >
          {width > 0 &&
            kinds.map((kind, row) => (
              <Group key={kind} top={row * rowHeight}>
                <rect width={chartWidth} height={rowHeight} className={row % 2 ? "band odd" : "band"} />
                {visible
                  .filter((p) => p.kind === kind)
                  .map((p) => {
                    const left = x(clamp(p.span.start, domain));
                    const right = x(clamp(p.span.end, domain));
                    return (
                      <a key={p.id} href={links.engagement(p.id)} tabIndex={-1} aria-label={`${p.title}, ${p.when}`}>
                        <rect
                          x={left}
                          y={4}
                          width={Math.max(right - left, minBarWidth)}
                          height={rowHeight - 8}
                          fill={kindColour(kind)}
                          fillOpacity={p.span.partial ? 0.35 : 1}
                          stroke={kindColour(kind)}
                          strokeDasharray={p.span.partial ? "3 2" : undefined}
                        >
                          <title>{`${p.title} — ${p.when}`}</title>
                        </rect>
                      </a>
                    );
                  })}
              </Group>
            ))}
          <AxisBottom
            top={kinds.length * rowHeight}
            scale={x}
            numTicks={Math.max(2, Math.floor(width / 90))}
            stroke="#333"
            tickStroke="#333"
            tickLabelProps={{ fill: "#222", fontSize: 11, textAnchor: "middle" }}
          />
        </svg>
      </div>
      <ul className="legend" aria-label="Kinds">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className="swatch" style={{ background: kindColour(kind) }} aria-hidden="true" /> {words(kind)}
          </li>
        ))}
        <li>
          <span className="swatch partial" aria-hidden="true" /> faded: date known only to the month or year
        </li>
      </ul>
      <details className="timeline-list" onToggle={(event) => setListOpen(event.currentTarget.open)}>
        <summary>
          {visible.length} engagements{year === null ? "" : ` in ${year}`} as a list
        </summary>
        {/* Built when opened: a closed list of hundreds of links would only slow the timeline down. */}
        {listOpen && (
          <ol>
            {visible.map((p) => (
              <li key={p.id}>
                <a href={links.engagement(p.id)}>{p.title}</a>{" "}
                <span className="muted">
                  {p.when}, {words(p.kind)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </details>
    </div>
  );
}

function yearStart(year: number): Date {
  return new Date(Date.UTC(year, 0, 1));
}

function domainOfYears(years: number[]): [Date, Date] {
  const first = years[0] ?? new Date().getUTCFullYear();
  const last = years[years.length - 1] ?? first;
  return [yearStart(first), yearStart(last + 1)];
}

function overlaps(span: Span, year: number): boolean {
  return span.start < yearStart(year + 1) && span.end > yearStart(year);
}

function clamp(date: Date, [from, to]: Date[]): Date {
  if (from && date < from) return from;
  if (to && date > to) return to;
  return date;
}
