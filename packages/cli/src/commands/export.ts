import * as path from 'node:path';
import {
    checkPlans, exportPlanFile, planOf, SYNTAX_ERROR,
    type ApplServices, type CheckedPlan, type ExportFormat, type PlanSource,
} from 'appl-language';
import { URI } from 'langium';
import { ExitCode } from '../exit-code.js';
import { displayPath, PLAN_EXTENSION, type Io } from '../io.js';
import { tally } from '../report/tally.js';
import { isEarlierExport } from './earlier-export.js';
import { reportFailure, UsageError } from './failure.js';
import { createServices, failOnConfigProblems, findPlanFiles, type ProjectOptions } from './project.js';

export { isEarlierExport } from './earlier-export.js';

export interface ExportOptions extends ProjectOptions {
    /** Plan files, folders or globs, relative to the cwd. */
    paths: readonly string[];
    format: ExportFormat;
    /** Where to write the export of one plan; stdout when neither this nor outDir is given. */
    output?: string;
    /** The folder to write each plan's export into, keeping the plans' relative layout. */
    outDir?: string;
    /** Replace files that appl export did not write. */
    force?: boolean;
    /** Add the checker's findings to the documents, as an appendix. */
    includeFindings?: boolean;
    /** With `-`: the plan file the text on stdin stands for (messages, imports, config). */
    stdinFilename?: string;
}

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { json: '.json', markdown: '.md', html: '.html', docx: '.docx' };

/**
 * `appl export`: plans as JSON, or as the Annex A document in Markdown, HTML or Word. One plan goes to
 * stdout (not a Word file) or to -o FILE; with --out-dir, every plan among the files (a file with a
 * `plan` header: shared files that plans import are skipped) goes to DIR/<its path relative to the
 * plans' common folder>.json|.md|.html|.docx. A file named alone that is not a plan is refused. Files
 * are written atomically, and a file that an earlier export did not write is not replaced without
 * --force (checked for every target before anything is written). A plan with errors still exports
 * what can be read, so the exit code is 0 unless a file cannot be read or written or the run is
 * refused (2); stderr says how many errors a plan has, so that a script does not mistake a broken
 * plan for a clean one unawares.
 */
export async function runExport(options: ExportOptions, io: Io): Promise<ExitCode> {
    try {
        if (options.output !== undefined && options.outDir !== undefined) {
            throw new UsageError('give either -o/--output (one plan) or --out-dir (several), not both');
        }
        const appl = await createServices(options, io);
        const sources = await exportSources(appl, options, io);
        const files = sources.map(source => source.uri.fsPath);
        if (options.format === 'docx' && options.output === undefined && options.outDir === undefined) {
            throw new UsageError('a Word export is a file: give -o <file>.docx (or --out-dir <folder>)');
        }
        const results = await checkPlans(appl, sources);
        failOnConfigProblems(appl, results, io);
        const plans = results.filter(hasPlanHeader);
        if (plans.length === 0) {
            throw new UsageError(files.length === 1
                ? `${displayPath(io.cwd, files[0])} is not a plan: it has no plan header (export the plan that imports it)`
                : `no plan to export: none of ${describeFiles(io, files)} has a plan header`);
        }
        const outputs = [];
        for (const plan of plans) {
            outputs.push({ plan, data: await exportPlanFile(appl, plan.document, options.format, { includeFindings: options.includeFindings }) });
        }
        const targets = options.outDir !== undefined
            ? outDirTargets(plans, options.outDir, options.format, io)
            : options.output !== undefined ? [path.resolve(io.cwd, options.output)] : undefined;
        if (targets) {
            if (!options.force) {
                await refuseForeignFiles(targets, io);
            }
            for (const [index, { data }] of outputs.entries()) {
                await io.writeFileAtomic(targets[index], data);
            }
        } else {
            const text = new TextDecoder().decode(outputs[0].data);
            io.stdout(text.endsWith('\n') ? text : `${text}\n`);
        }
        for (const { plan } of outputs) {
            noteErrors(plan, io);
        }
        return ExitCode.Ok;
    } catch (error) {
        return reportFailure(error, io);
    }
}

/** The plans to export: the files the paths stand for, or the one plan on stdin (`-`). */
async function exportSources(appl: ApplServices, options: ExportOptions, io: Io): Promise<PlanSource[]> {
    if (!options.paths.includes('-')) {
        if (options.stdinFilename !== undefined) {
            throw new UsageError('--stdin-filename needs "-" as the path');
        }
        const files = await findPlanFiles(appl, options.paths, options, io);
        if (options.outDir === undefined && files.length > 1) {
            throw new UsageError(`${files.length} files to export: give --out-dir <folder> to export several plans`);
        }
        return files.map(file => ({ uri: URI.file(file) }));
    }
    if (options.paths.length > 1 || options.outDir !== undefined) {
        throw new UsageError('"-" exports the one plan read from stdin: give no other path and no --out-dir');
    }
    if (options.stdinFilename !== undefined && !options.stdinFilename.endsWith(PLAN_EXTENSION)) {
        throw new UsageError(`--stdin-filename must name a plan file, ending in ${PLAN_EXTENSION}`);
    }
    // Without a name, stdin stands for a plan file in the cwd: imports and the config are found from there.
    const file = path.resolve(io.cwd, options.stdinFilename ?? `<stdin>${PLAN_EXTENSION}`);
    return [{ uri: URI.file(file), text: await io.readStdin() }];
}

export function hasPlanHeader({ document }: CheckedPlan): boolean {
    return planOf(document) !== undefined;
}

/** DIR/<path from the plans' common folder, extension replaced>. */
function outDirTargets(plans: readonly CheckedPlan[], outDir: string, format: ExportFormat, io: Io): string[] {
    const sources = plans.map(plan => plan.document.uri.fsPath);
    const base = commonFolder(sources.map(source => path.dirname(source)));
    return sources.map(source => {
        const relative = path.relative(base, source);
        const stem = relative.slice(0, relative.length - path.extname(relative).length);
        return path.resolve(io.cwd, outDir, stem + EXPORT_EXTENSIONS[format]);
    });
}

function commonFolder(folders: readonly string[]): string {
    let common = folders[0];
    for (const folder of folders.slice(1)) {
        while (common !== path.dirname(common) && path.relative(common, folder).startsWith('..')) {
            common = path.dirname(common);
        }
    }
    return common;
}

/** Fails, before anything is written, when a target holds something an export did not write. */
export async function refuseForeignFiles(targets: readonly string[], io: Io): Promise<void> {
    const foreign: string[] = [];
    for (const target of targets) {
        // A device or a pipe (/dev/null, /dev/stdout) holds nothing to lose, and reading one may never end.
        if (!await io.isRegularFile(target)) {
            continue;
        }
        const data = await io.readFileBytes(target);
        if (data !== undefined && !isEarlierExport(data)) {
            foreign.push(displayPath(io.cwd, target));
        }
    }
    if (foreign.length > 0) {
        const listed = foreign.length === 1 ? `${foreign[0]} exists and was` : `${foreign.join(', ')} exist and were`;
        throw new UsageError(`${listed} not written by appl export; nothing was written (use --force to replace)`);
    }
}

/**
 * One line on stderr for a plan with errors: the export goes ahead with what could be read, but a
 * script or a person should not take it for a clean plan's.
 */
export function noteErrors(plan: CheckedPlan, io: Io): void {
    const { errors } = tally([plan]);
    if (errors === 0) {
        return;
    }
    const file = displayPath(io.cwd, plan.document.uri.fsPath);
    const syntax = plan.diagnostics.filter(diagnostic => diagnostic.severity === 1 && diagnostic.code === SYNTAX_ERROR).length;
    const counted = `${errors} ${errors === 1 ? 'error' : 'errors'}`;
    io.stderr(syntax > 0
        ? `appl: warning: ${file} has ${counted}, ${syntax === errors ? (syntax === 1 ? 'a syntax error' : 'all syntax errors') : `${syntax} of them syntax errors`}: `
            + `the export holds what could be read (see "appl check ${file}").\n`
        : `appl: warning: ${file} has ${counted}; exported as written (see "appl check ${file}").\n`);
}

function describeFiles(io: Io, files: readonly string[]): string {
    return files.length === 1 ? displayPath(io.cwd, files[0]) : `the ${files.length} files`;
}
