// @ts-check
// Turns the benchmark's results into the printed table and bench/results.md. Each budget is judged on
// the median (or the percentile it names) of wall-clock figures, as a user would feel them.

/** @typedef {Record<string, any>} Results */

const MB = 1e6;
const MIB = 2 ** 20;

/**
 * The budgets of the performance issue. `value` reads the figure from the results; `ok` says whether
 * it meets the budget; `by` says by how much it misses.
 * @type {Array<{ id: string, figure: string, budget: string, value: (r: Results) => number | undefined,
 *                 show: (v: number) => string, ok: (v: number) => boolean, by: (v: number) => string }>}
 */
export const BUDGETS = [
    {
        id: 'keystroke-2k-p50', figure: 'keystroke → diagnostics, 2k-line plan, p50', budget: '≤ 30 ms',
        value: r => r.lsp2k?.keystroke.median, show: ms, ok: v => v <= 30, by: v => `${ms(v - 30)} over (${times(v / 30)})`,
    },
    {
        id: 'keystroke-2k-p95', figure: 'keystroke → diagnostics, 2k-line plan, p95', budget: '≤ 60 ms',
        value: r => r.lsp2k?.keystroke.p95, show: ms, ok: v => v <= 60, by: v => `${ms(v - 60)} over (${times(v / 60)})`,
    },
    {
        id: 'keystroke-20k-p50', figure: 'keystroke → diagnostics, 20k-line plan, p50', budget: '≤ 250 ms',
        value: r => r.lsp20k?.keystroke.median, show: ms, ok: v => v <= 250, by: v => `${ms(v - 250)} over (${times(v / 250)})`,
    },
    {
        id: 'check-vs-floor', figure: '`appl check` 2k-line plan ÷ node loading the CLI (floor)', budget: '≤ 1.5×',
        value: r => r.start && r.start.check.wall.median / r.start.floor.wall.median, show: times,
        ok: v => v <= 1.5, by: v => `${times(v)} instead of 1.5×`,
    },
    {
        id: 'check-vs-ajv', figure: '`appl check` 2k-line plan ÷ ajv-cli on its JSON export', budget: '< 1× (faster)',
        value: r => r.start && r.start.check.wall.median / r.start.ajv.wall.median, show: times,
        ok: v => v < 1, by: v => `${times(v)}: slower`,
    },
    {
        id: 'throughput', figure: 'parse + link + check MB/s ÷ JSON.parse MB/s', budget: '≥ 1/20',
        value: r => r.throughput && r.throughput.checkMBps / r.throughput.jsonMBps, show: fraction,
        ok: v => v >= 1 / 20, by: v => `${fraction(v)}: ${(1 / 20 / v).toFixed(1)}× short`,
    },
    {
        id: 'memory-20k', figure: 'server peak memory (RSS), 20k-line plan, over 1,000 edits', budget: '≤ 100 MB',
        value: r => r.lsp20k && Math.max(r.lsp20k.memory.afterOpen.peak, (r.lsp20k.memory.afterSoak ?? r.lsp20k.memory.afterEdits).peak) / MB,
        show: v => `${v.toFixed(0)} MB`, ok: v => v <= 100, by: v => `${(v - 100).toFixed(0)} MB over (${times(v / 100)})`,
    },
    {
        id: 'memory-growth', figure: 'server live heap growth over the second half of the edits (after a full GC, code excluded)', budget: 'none (≤ 5%)',
        value: r => secondHalfGrowth(r.lsp20k?.memory), 
        show: percent, ok: v => v <= 0.05, by: v => `${percent(v)} growth`,
    },
];

/**
 * Growth of the live heap (without code) from the sample nearest half the edits to the last one. The
 * first edits after opening add a fixed step (the JIT's feedback, the parser's lookahead caches) that
 * then stays flat; a leak keeps climbing, so the second half is what tells them apart.
 * @param {any} memory
 */
function secondHalfGrowth(memory) {
    const trend = memory?.trend;
    if (!trend || trend.length < 2) return undefined;
    const last = trend[trend.length - 1];
    const middle = trend.reduce((best, t) => Math.abs(t.edits - last.edits / 2) < Math.abs(best.edits - last.edits / 2) ? t : best);
    return data(last) / data(middle) - 1;
}

/** Live heap without the code space: what the documents and caches hold. @param {{ heap: number, code: number }} m */
function data(m) {
    return m.heap - (m.code || 0);
}

/** The table printed at the end of a run. @param {Results} r */
export function renderTable(r) {
    const rows = [['figure', 'measured', 'budget', 'verdict']];
    for (const budget of BUDGETS) {
        const value = budget.value(r);
        if (value === undefined || Number.isNaN(value)) continue;
        rows.push([budget.figure, budget.show(value), budget.budget, budget.ok(value) ? 'met' : `NOT MET: ${budget.by(value)}`]);
    }
    const lines = [aligned(rows), '', aligned(detailRows(r))];
    return lines.join('\n');
}

/** All figures, budgeted or not, as rows. @param {Results} r */
function detailRows(r) {
    const rows = [['more figures', 'median', 'spread (p25–p75 unless said)']];
    const s = r.start;
    if (s) {
        const row = (/** @type {string} */ label, /** @type {any} */ x) => rows.push([label, ms(x.wall.median), `${ms(x.wall.p25)}–${ms(x.wall.p75)}${x.cpu ? `; CPU ${ms(x.cpu.median)}` : ''}`]);
        row('node -e 0 (node alone)', s.nodeEmpty);
        row('floor: appl --version (loads the whole bundled CLI)', s.floor);
        row('appl check plan-2k (cold process)', s.check);
        row('ajv-cli validate plan-2k.json', s.ajv);
        row('with a V8 code cache: --version', s.cachedFloor);
        row('with a V8 code cache: check plan-2k', s.cachedCheck);
    }
    const t = r.throughput;
    if (t) {
        rows.push(['parse + link + check, warm (2k plan)', `${t.checkMBps.toFixed(2)} MB/s`, `${ms(t.checkMs)} for ${kb(t.planBytes)}`]);
        rows.push(['JSON.parse of its export', `${t.jsonMBps.toFixed(0)} MB/s`, `${ms(t.jsonMs)} for ${kb(t.jsonBytes)}`]);
        rows.push(['first check in a fresh process (in-process)', ms(t.coldMs), 'parser built, JIT cold']);
    }
    for (const [name, l] of [['2k', r.lsp2k], ['20k', r.lsp20k]]) {
        if (!l) continue;
        rows.push([`LSP ${name}: open → first diagnostics`, ms(l.openMs), `${l.openDiagnostics} diagnostics`]);
        rows.push([`LSP ${name}: keystroke → diagnostics`, ms(l.keystroke.median), `p95 ${ms(l.keystroke.p95)}, max ${ms(l.keystroke.max)}, n ${l.keystroke.n}; server CPU ${ms(l.keystrokeCpu.median)}/edit`]);
        if (l.completion) rows.push([`LSP ${name}: completion`, ms(l.completion.median), `p95 ${ms(l.completion.p95)}, n ${l.completion.n}`]);
        if (l.hover) rows.push([`LSP ${name}: hover`, ms(l.hover.median), `p95 ${ms(l.hover.p95)}, n ${l.hover.n}`]);
        if (l.typing) rows.push([`LSP ${name}: typing, last keystroke → settled diagnostics`, ms(l.typing.median), `p95 ${ms(l.typing.p95)}, n ${l.typing.n}`]);
        const m = l.memory;
        rows.push([`LSP ${name}: server RSS idle / open / after ${m.edits} edits`, `${mb(m.afterOpen.rss)}`,
            `idle ${mb(m.idle.rss)}, after edits ${mb((m.afterSoak ?? m.afterEdits).rss)}, peak ${mb(Math.max(m.afterOpen.peak, (m.afterSoak ?? m.afterEdits).peak))}`]);
        rows.push([`LSP ${name}: live heap idle / open / after ${m.edits} edits`, mb(m.afterOpen.heap),
            `idle ${mb(m.idle.heap)}, after ${l.keystroke.n} edits ${mb(m.afterEdits.heap)}${m.afterSoak ? `, after ${m.edits} ${mb(m.afterSoak.heap)}` : ''}`]);
    }
    const repo = r.repo;
    if (repo) {
        rows.push([`appl check of ${r.plans.repo.plans} plans (${r.plans.repo.lines} lines)`, ms(repo.shipped.wall.median),
            `${ms(repo.shipped.wall.min)}–${ms(repo.shipped.wall.max)} (min–max); ${repo.output}`]);
    }
    return rows;
}

/**
 * bench/results.md: the machine, the budgets, every figure, and how busy the machine was.
 * @param {Results} r @param {{ command: string }} meta
 */
export function renderResults(r, meta) {
    const m = r.machine;
    const out = [];
    out.push('# Benchmark results', '');
    out.push(`Written by \`${meta.command}\` (\`npm run bench\`); see docs/performance.md for what the figures mean and how to profile.`);
    if (r.quick) out.push('', '**Quick run: few repeats, the figures are rough.**');
    out.push('');
    out.push(`- Machine: ${m.cpu}, ${m.cores} cores, ${m.memory}, ${m.os}`);
    out.push(`- Node ${m.node} (V8 ${m.v8}); commit ${m.commit}; ${m.date}; the run took ${r.seconds.toFixed(0)} s`);
    const load = Object.entries(r.load).map(([when, value]) => `${when} ${Number(value).toFixed(1)}`).join(', ');
    out.push(`- Load average (1 min) during the run: ${load}. Above ${m.cores}, other work was competing for the CPU and wall-clock figures are inflated; CPU times move less.`);
    const p = r.plans;
    out.push(`- Plans (bench/generator.mjs): 2k = ${p['2k'].lines} lines, ${kb(p['2k'].bytes)}, ${p['2k'].areas} areas, ${p['2k'].actions} actions, ${p['2k'].measures} measures, ${p['2k'].milestones} milestones; `
        + `20k = ${p['20k'].lines} lines, ${kb(p['20k'].bytes)}, ${p['20k'].actions} actions; repository = ${p.repo.plans} plans, ${p.repo.lines} lines, ${kb(p.repo.bytes)}. `
        + `Each imports a people file. JSON export of the 2k plan: ${kb(r.exportBytes)}.`);
    out.push(`- Sanity: the 2k plan checks ${r.sanity.validExit === 0 ? 'clean' : `NOT clean (exit ${r.sanity.validExit})`} (“${r.sanity.validOutput}”); `
        + `the error variant (10% of actions with one error) gives “${r.sanity.errorsOutput}” for ${r.sanity.injected} injected.`);
    out.push('', '## Budgets', '');
    out.push('| figure | measured | budget | verdict |', '|---|---|---|---|');
    for (const budget of BUDGETS) {
        const value = budget.value(r);
        if (value === undefined || Number.isNaN(value)) continue;
        out.push(`| ${budget.figure} | ${budget.show(value)} | ${budget.budget} | ${budget.ok(value) ? 'met' : `**not met**: ${budget.by(value)}`} |`);
    }
    if (r.start) {
        out.push('', `## Start-up: one cold process each, median of ${r.counts.rounds} rounds`, '');
        out.push('| command | wall median | wall p25–p75 | CPU (user+sys) median | peak RSS |', '|---|---|---|---|---|');
        const labels = {
            nodeEmpty: '`node -e 0`', floor: '`appl --version`: the floor (node + loading the bundled CLI and the core, no check)',
            check: '`appl check plan-2k.appl`', ajv: '`ajv validate -s appl-export.v1.schema.json -d plan-2k.json --spec=draft2020`',
            cachedFloor: '`appl --version` through a V8 code cache (bench/out/appl-cli-cached.cjs)', cachedCheck: '`appl check plan-2k.appl` through a V8 code cache',
        };
        for (const [name, label] of Object.entries(labels)) {
            const x = r.start[name];
            out.push(`| ${label} | ${ms(x.wall.median)} | ${ms(x.wall.p25)}–${ms(x.wall.p75)} | ${x.cpu ? ms(x.cpu.median) : 'n/a'} | ${Number.isNaN(x.maxRss) ? 'n/a' : mb(x.maxRss)} |`);
        }
        const s = r.start;
        out.push('', `Ratios (wall medians): check ÷ floor ${times(s.check.wall.median / s.floor.wall.median)}; check ÷ ajv-cli ${times(s.check.wall.median / s.ajv.wall.median)}; `
            + `check with a V8 code cache ÷ check ${times(s.cachedCheck.wall.median / s.check.wall.median)}. The shipped CLI is one bundled file, packages/cli/out/appl.cjs (${kb(r.bundleBytes)}). `
            + 'The code cache is not shipped: bench/build-cli-bundle.mjs writes a loader around the bundle, as a measured proposal (what Node 22\'s module.enableCompileCache does).');
    }
    if (r.throughput) {
        const t = r.throughput;
        const e = r.throughputErrors;
        out.push('', `## Throughput: warm, in one process, median of ${t.runs} checks`, '');
        out.push('| figure | 2k plan | 2k plan, 10% errors |', '|---|---|---|');
        out.push(`| parse + link + check | ${ms(t.checkMs)}, ${t.checkMBps.toFixed(2)} MB/s | ${e ? `${ms(e.checkMs)}, ${e.checkMBps.toFixed(2)} MB/s` : ''} |`);
        for (const [phase, label] of [['parse', 'parse (lex, parse, build CST and AST)'], ['index', 'index exported names'], ['scopes', 'local scopes'], ['link', 'link references'], ['indexReferences', 'index references'], ['validate', 'validate (all rules)']]) {
            out.push(`| &nbsp;&nbsp;${label} | ${ms(t.phases[phase])} | ${e ? ms(e.phases[phase]) : ''} |`);
        }
        for (const [rule, time] of Object.entries(t.rules)) {
            out.push(`| &nbsp;&nbsp;&nbsp;&nbsp;rule \`${rule}\` | ${ms(Number(time))} | ${e ? ms(e.rules[rule]) : ''} |`);
        }
        out.push(`| JSON.parse of the export (${kb(t.jsonBytes)}) | ${ms(t.jsonMs, 2)}, ${t.jsonMBps.toFixed(0)} MB/s | |`);
        out.push(`| first check in a fresh process (parser built, JIT cold) | ${ms(t.coldMs)} | ${e ? ms(e.coldMs) : ''} |`);
        out.push('', `Phases are medians of each phase on its own, so they need not add up to the total. Ratio to JSON.parse: ${fraction(t.checkMBps / t.jsonMBps)}.`);
    }
    for (const [name, l] of [['2k', r.lsp2k], ['20k', r.lsp20k]]) {
        if (!l) continue;
        const m = l.memory;
        out.push('', `## Language server, ${name}-line plan (${l.lines} lines; packages/extension/out/server.cjs --stdio)`, '');
        out.push('| figure | median | p95 | max | n |', '|---|---|---|---|---|');
        out.push(`| open → first diagnostics | ${ms(l.openMs)} | | | 1 |`);
        out.push(`| keystroke → diagnostics | ${ms(l.keystroke.median)} | ${ms(l.keystroke.p95)} | ${ms(l.keystroke.max)} | ${l.keystroke.n} |`);
        out.push(`| server main-thread CPU per keystroke (from /proc) | ${ms(l.keystrokeCpu.median)} | ${ms(l.keystrokeCpu.p95)} | ${ms(l.keystrokeCpu.max)} | ${l.keystrokeCpu.n} |`);
        if (l.completion) out.push(`| completion at a name | ${ms(l.completion.median)} | ${ms(l.completion.p95)} | ${ms(l.completion.max)} | ${l.completion.n} |`);
        if (l.hover) out.push(`| hover on a name | ${ms(l.hover.median)} | ${ms(l.hover.p95)} | ${ms(l.hover.max)} | ${l.hover.n} |`);
        if (l.typing) out.push(`| typing words (a key every 40 ms): last key → settled diagnostics | ${ms(l.typing.median)} | ${ms(l.typing.p95)} | ${ms(l.typing.max)} | ${l.typing.n} |`);
        out.push('', '| memory | RSS | peak RSS so far | live heap (after full GC) |', '|---|---|---|---|');
        out.push(`| started, no document | ${mb(m.idle.rss)} | ${mb(m.idle.peak)} | ${mb(m.idle.heap)} |`);
        out.push(`| plan open | ${mb(m.afterOpen.rss)} | ${mb(m.afterOpen.peak)} | ${mb(m.afterOpen.heap)} |`);
        out.push(`| after ${l.keystroke.n} keystrokes | ${mb(m.afterEdits.rss)} | ${mb(m.afterEdits.peak)} | ${mb(m.afterEdits.heap)} |`);
        if (m.afterSoak) out.push(`| after ${m.edits} keystrokes | ${mb(m.afterSoak.rss)} | ${mb(m.afterSoak.peak)} | ${mb(m.afterSoak.heap)} |`);
        if (m.trend) {
            out.push('', 'Live heap along the edits (after a full GC each time), without and with compiled code:', '');
            out.push(`| edits | ${m.trend.map((/** @type {any} */ t) => t.edits).join(' | ')} |`, `|---|${m.trend.map(() => '---').join('|')}|`);
            out.push(`| heap without code | ${m.trend.map((/** @type {any} */ t) => mb(data(t))).join(' | ')} |`);
            out.push(`| code space | ${m.trend.map((/** @type {any} */ t) => mb(t.code)).join(' | ')} |`);
            out.push(`| RSS | ${m.trend.map((/** @type {any} */ t) => mb(t.rss)).join(' | ')} |`);
        }
    }
    if (r.repo) {
        out.push('', `## Repository: \`appl check\` of ${r.plans.repo.plans} plans in one process, ${r.counts.repoRuns} runs`, '');
        out.push('| CLI | wall median | min–max | CPU median |', '|---|---|---|---|');
        out.push(`| shipped | ${ms(r.repo.shipped.wall.median)} | ${ms(r.repo.shipped.wall.min)}–${ms(r.repo.shipped.wall.max)} | ${r.repo.shipped.cpu ? ms(r.repo.shipped.cpu.median) : 'n/a'} |`);
        out.push('', `Output: “${r.repo.output}”. Per plan: ${ms(r.repo.shipped.wall.median / r.plans.repo.plans)}.`);
    }
    if (r.large) {
        const { cli, server } = r.large;
        const l = r.plans.large;
        const ids = r.plans.identifiers;
        out.push('', `## Large plans: ${kb(l.bytes)} (${l.lines} lines) and ${ids.identifiers} ids (${kb(ids.bytes)})`, '');
        out.push('| figure | 5 MB plan | 100,000-id plan |', '|---|---|---|');
        out.push(`| \`appl check\`: wall median (min–max) | ${ms(cli.large.wall.median)} (${ms(cli.large.wall.min)}–${ms(cli.large.wall.max)}) | ${ms(cli.identifiers.wall.median)} (${ms(cli.identifiers.wall.min)}–${ms(cli.identifiers.wall.max)}) |`);
        out.push(`| \`appl check\`: CPU (user+sys) median | ${cli.large.cpu ? ms(cli.large.cpu.median) : 'n/a'} | ${cli.identifiers.cpu ? ms(cli.identifiers.cpu.median) : 'n/a'} |`);
        out.push(`| \`appl check\`: peak RSS | ${mb(cli.large.maxRss)} | ${mb(cli.identifiers.maxRss)} |`);
        out.push(`| \`appl check\`: output | ${cli.large.output} | ${cli.identifiers.output} |`);
        out.push(`| server: open → first diagnostics | ${ms(server.large.openMs)} | ${ms(server.identifiers.openMs)} |`);
        out.push(`| server: a hover on another plan while it builds, median / p95 / max (n) | ${ms(server.large.pings.median)} / ${ms(server.large.pings.p95)} / ${ms(server.large.pings.max)} (${server.large.pings.n}) | ${ms(server.identifiers.pings.median)} / ${ms(server.identifiers.pings.p95)} / ${ms(server.identifiers.pings.max)} (${server.identifiers.pings.n}) |`);
        out.push(`| server: keystroke in a text → diagnostics, median / max (n) | ${ms(server.large.keystroke.median)} / ${ms(server.large.keystroke.max)} (${server.large.keystroke.n}) | ${ms(server.identifiers.keystroke.median)} / ${ms(server.identifiers.keystroke.max)} (${server.identifiers.keystroke.n}) |`);
        out.push(`| server: completion at a name (items) | ${ms(server.large.completionMs)} (${server.large.completionItems}) | ${ms(server.identifiers.completionMs)} (${server.identifiers.completionItems}) |`);
        out.push(`| server: hover on a name | ${ms(server.large.hoverMs)} | ${ms(server.identifiers.hoverMs)} |`);
        out.push(`| server: RSS after opening / peak | ${mb(server.large.memory.afterOpen.rss)} / ${mb(server.large.memory.end.peak)} | ${mb(server.identifiers.memory.afterOpen.rss)} / ${mb(server.identifiers.memory.end.peak)} |`);
    }
    out.push('');
    return out.join('\n');
}

/** @param {string[][]} rows */
function aligned(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map(row => (row[i] ?? '').length)));
    return rows.map(row => row.map((cell, i) => (cell ?? '').padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

/** @param {number} v @param {number} [digits] */
function ms(v, digits) {
    if (v === undefined || Number.isNaN(v)) return 'n/a';
    return `${v.toFixed(digits ?? (Math.abs(v) < 10 ? 1 : 0))} ms`;
}

/** @param {number} v */
function times(v) {
    return `${v.toFixed(2)}×`;
}

/** @param {number} v */
function fraction(v) {
    return `1/${(1 / v).toFixed(0)}`;
}

/** @param {number} v */
function percent(v) {
    return `${(v * 100).toFixed(1)}%`;
}

/** @param {number} bytes */
function mb(bytes) {
    return Number.isNaN(bytes) || bytes === undefined ? 'n/a' : `${(bytes / MB).toFixed(0)} MB`;
}

/** @param {number} bytes */
function kb(bytes) {
    return `${(bytes / 1000).toFixed(0)} kB`;
}

export { MIB };
