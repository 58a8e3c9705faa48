import { AxisBottom } from "@visx/axis";
import { scaleUtc } from "@visx/scale";
import { useMemo, useRef, useState } from "react";
import { links } from "../app/links";
import { formatPartial, words } from "../ui/dates";
import { kindColour } from "./kinds";
import { type DatedEngagement, engagementSpan, type Span, yearsOf } from "./span";
import { rowHeight, TimelineBars } from "./TimelineBars";
import { useWidth } from "./useWidth";

export type TimelineEngagement = DatedEngagement & {
  id: string;
  title: string;
  kind: string;
  start: { iso: string; precision: string };
};

const axisHeight = 28;
/** Room at each end for the first and last tick labels. */
const margin = 16;

/** Engagements on a time axis, one row per kind, zoomable by year; a partial date fills the span it may cover. */
export function Timeline({ engagements }: { engagements: TimelineEngagement[] }) {
  const containerRef = useRef<HTMLDivElement>(null);
  // 0 until measured (before the first paint): the bars are drawn once, at the chart's real width.
  const width = useWidth(containerRef, 0);
  const [year, setYear] = useState<number | null>(null);
  const [listOpen, setListOpen] = useState(false);
  // The bar under the pointer, named under the chart (one line, not a tooltip element per bar).
  const [hovered, setHovered] = useState("");
  const placed = useMemo(
    () =>
      engagements.map((e) => {
        const when = formatPartial(e.start);
        return { ...e, span: engagementSpan(e), when, label: `${e.title}, ${when}` };
      }),
    [engagements],
  );
  const years = useMemo(() => yearsOf(placed.map((p) => p.span)), [placed]);
  const visible = useMemo(
    () => (year === null ? placed : placed.filter((p) => overlaps(p.span, year))),
    [placed, year],
  );
  const rows = useMemo(() => rowsByKind(visible), [visible]);
  const kinds = rows.map(([kind]) => kind);
  const domain = useMemo(
    (): [Date, Date] => (year === null ? domainOfYears(years) : [yearStart(year), yearStart(year + 1)]),
    [year, years],
  );
  const chartWidth = Math.max(width, 200);
  const x = useMemo(() => scaleUtc({ domain, range: [margin, chartWidth - margin] }), [domain, chartWidth]);
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
          onMouseOver={(event) => setHovered(labelOf(event.target))}
          onFocus={(event) => setHovered(labelOf(event.target))}
          onMouseLeave={() => setHovered("")}
          aria-label={`Timeline of ${visible.length} engagements${year === null ? "" : ` in ${year}`}, by kind`}
        >
          {width > 0 && <TimelineBars rows={rows} x={x} domain={domain} width={chartWidth} />}
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
      <p className="timeline-hover" aria-hidden="true">
        {hovered || "\u00a0"}
      </p>
      <ul className="legend" aria-label="Kinds">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className="swatch" style={{ background: kindColour(kind) }} aria-hidden="true" /> {words(kind)}
          </li>
        ))}
        {/* Named only when a bar shown is faded. */}
        {visible.some((p) => p.span.partial) && (
          <li>
            <span className="swatch partial" aria-hidden="true" /> faded: date known only to the month or year
          </li>
        )}
      </ul>
      <details className="timeline-list" onToggle={(event) => setListOpen(event.currentTarget.open)}>
        <summary>
          {visible.length} {visible.length === 1 ? "engagement" : "engagements"}
          {year === null ? "" : ` in ${year}`} as a list
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

function labelOf(target: EventTarget): string {
  return (target instanceof Element && target.closest("a")?.getAttribute("aria-label")) || "";
}

/** Engagements by kind, kinds in alphabetical order: the chart's rows. */
function rowsByKind<T extends { kind: string }>(engagements: T[]): [string, T[]][] {
  const rows = new Map<string, T[]>();
  for (const e of engagements) {
    const row = rows.get(e.kind);
    if (row) row.push(e);
    else rows.set(e.kind, [e]);
  }
  return [...rows].sort(([a], [b]) => a.localeCompare(b));
}
