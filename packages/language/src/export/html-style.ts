// The look of the HTML document, on screen and in print. On screen it takes the editor's colours
// when VS Code provides them; markers (RAG, milestone states) are words on a tint with at least
// 4.5:1 contrast in the light and the dark theme. In print: A4, the running title and "Page n of m"
// in the margins, headings kept with what follows, each action's block and each table row whole.
import type { Tone } from './document/document-model.js';

export interface ToneColours { fg: string, bg: string }

/** Marker colours: text on a tint, for light pages (and print) and for VS Code's dark themes. */
export const HTML_TONES: Record<'light' | 'dark', Record<Tone, ToneColours>> = {
    light: {
        red: { fg: '#9c0006', bg: '#ffc7ce' },
        amber: { fg: '#6b4100', bg: '#ffeb9c' },
        green: { fg: '#005a00', bg: '#c6efce' },
        grey: { fg: '#3a3a3a', bg: '#ededed' },
    },
    dark: {
        red: { fg: '#ffc2c2', bg: '#5c1a1a' },
        amber: { fg: '#ffd98a', bg: '#4a3500' },
        green: { fg: '#b4ecb4', bg: '#1c4320' },
        grey: { fg: '#dddddd', bg: '#3c3c3c' },
    },
};

/** The page colours the markers are checked against when the editor gives none. */
export const PAGE_COLOURS = { light: { fg: '#1f1f1f', bg: '#ffffff', muted: '#595959' }, dark: { fg: '#d4d4d4', bg: '#1e1e1e', muted: '#b0b0b0' } };

/** Text smaller than this is never drawn, at any panel width: the timeline scrolls sideways instead. */
export const MIN_TEXT_PX = 12;

function toneVariables(theme: 'light' | 'dark'): string {
    return (Object.entries(HTML_TONES[theme]) as Array<[Tone, ToneColours]>)
        .map(([tone, colours]) => `--${tone}-fg: ${colours.fg}; --${tone}-bg: ${colours.bg};`).join(' ');
}

/** A CSS string literal: quotes, backslashes and line ends escaped, and no "<" that could end the style element. */
export function cssString(value: string): string {
    return `"${value.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ').replace(/</g, '\\3C ')}"`;
}

/** Column width classes w1 … w100 (a table's columns are shares of its width). */
const WIDTHS = Array.from({ length: 100 }, (_, i) => `.w${i + 1}{width:${i + 1}%}`).join('');

export function documentStyle(runningTitle: string): string {
    const light = PAGE_COLOURS.light;
    const dark = PAGE_COLOURS.dark;
    return `
:root { color-scheme: light; --fg: var(--vscode-editor-foreground, ${light.fg}); --bg: var(--vscode-editor-background, ${light.bg});
  --muted: var(--vscode-descriptionForeground, ${light.muted}); --line: var(--vscode-panel-border, #c8c8c8); --head: rgba(128, 128, 128, .14);
  --bar: #4a6fd8; ${toneVariables('light')} }
body.vscode-dark, body.vscode-high-contrast:not(.vscode-high-contrast-light) { color-scheme: dark;
  --fg: var(--vscode-editor-foreground, ${dark.fg}); --bg: var(--vscode-editor-background, ${dark.bg}); --muted: var(--vscode-descriptionForeground, ${dark.muted});
  --bar: #8da6f0; ${toneVariables('dark')} }
body { font-family: var(--vscode-font-family, Arial, "Liberation Sans", sans-serif); font-size: 15px; color: var(--fg); background: var(--bg);
  line-height: 1.45; margin: 0 auto; max-width: 1000px; padding: 1rem 1.5rem; }
h1 { font-size: 1.7rem; margin: .2rem 0 .3rem; } h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin: 2rem 0 .6rem; }
h3 { font-size: 1.1rem; margin: 1.3rem 0 .4rem; } h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
.subtitle { color: var(--muted); margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; border: 1px solid var(--line); overflow-wrap: anywhere; }
thead th { background: var(--head); }
table.facts th { background: var(--head); font-weight: 600; }
td ul, td p { margin: 0; } td ul { padding-left: 1.1rem; }
blockquote { margin: .3rem 0 .6rem; padding: .1rem .9rem; border-left: 3px solid var(--line); font-style: italic; }
.note { color: var(--muted); font-size: .9em; }
.marker { display: inline-block; border-radius: .25rem; padding: 0 .35rem; font-weight: 600; white-space: nowrap; }
.tone-red { color: var(--red-fg); background: var(--red-bg); } .tone-amber { color: var(--amber-fg); background: var(--amber-bg); }
.tone-green { color: var(--green-fg); background: var(--green-bg); } .tone-grey { color: var(--grey-fg); background: var(--grey-bg); }
.timeline-scroll { overflow-x: auto; margin: .5rem 0; }
svg.timeline { font-size: ${MIN_TEXT_PX}px; display: block; } svg.timeline text { fill: var(--fg); }
svg.timeline .tick { stroke: var(--line); stroke-width: 1; } svg.timeline .tick-label { fill: var(--muted); text-anchor: middle; }
svg.timeline .bar { fill: var(--bar); opacity: .45; }
svg .milestone.met { fill: var(--green-fg); } svg .milestone.missed { fill: var(--red-fg); stroke: var(--red-fg); stroke-width: 2.5; }
svg .milestone.overdue { fill: var(--amber-fg); } svg .milestone.upcoming { fill: none; stroke: var(--grey-fg); stroke-width: 1.5; }
svg.timeline .as-of { stroke: var(--red-fg); stroke-dasharray: 4 3; } svg.timeline .as-of-label { fill: var(--red-fg); }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; list-style: none; padding: 0; margin: .2rem 0 1rem; }
.legend svg { display: inline-block; vertical-align: middle; margin-right: .3rem; }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; }
${WIDTHS}
@page { size: A4; margin: 16mm 15mm 18mm;
  @top-right { content: ${cssString(runningTitle)}; font: 8pt Arial, "Liberation Sans", sans-serif; color: #595959; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, "Liberation Sans", sans-serif; color: #595959; } }
@media print {
  :root, body.vscode-dark, body.vscode-high-contrast { color-scheme: light; --fg: #000000; --bg: #ffffff; --muted: #404040; --line: #b0b0b0; --head: #eeeeee;
    --bar: #4a6fd8; ${toneVariables('light')} }
  body { max-width: none; margin: 0; padding: 0; font-size: 9pt; line-height: 1.28; }
  h1 { font-size: 17pt; } h2 { font-size: 13pt; margin: 1.2rem 0 .4rem; } h3 { font-size: 11pt; margin: .9rem 0 .3rem; }
  th, td { padding: .12rem .35rem; } table { margin: .3rem 0 .5rem; }
  td ul { padding-left: .9rem; }
  h1, h2, h3, h4 { break-after: avoid; break-inside: avoid; }
  .keep, .block, tr, blockquote, li, .legend { break-inside: avoid; }
  thead { display: table-header-group; }
  p { orphans: 3; widows: 3; }
  .timeline-scroll { overflow: visible; } svg.timeline { width: 100%; height: auto; }
  footer { break-before: avoid; }
}
`;
}
