import * as path from 'node:path';
import {
    checkPlans, EXPORT_SCHEMA_FILE, EXPORT_SCHEMA_URL, exportPlan, planOf,
    type ApplServices, type CheckedPlan, type ExportFormat, type PlanSource,
} from 'appl-language';
import { URI } from 'langium';
import { ExitCode } from '../exit-code.js';
import { displayPath, PLAN_EXTENSION, type Io } from '../io.js';
import { tally } from '../report/tally.js';
import { reportFailure, UsageError } from './failure.js';
import { createServices, failOnConfigProblems, findPlanFiles, type ProjectOptions } from './project.js';

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
    /** With `-`: the plan file the text on stdin stands for (messages, imports, config). */
    stdinFilename?: string;
}

const EXTENSION: Record<ExportFormat, string> = { json: '.json', markdown: '.md' };

/** The last line of every Markdown export (`renderMarkdown`): how an earlier export is recognised. */
const MARKDOWN_SIGNATURE = /^Exported by APPL from .*\.$/;

/**
 * `appl export`: plans as JSON or Markdown. One plan goes to stdout or to -o FILE; with --out-dir, every
 * plan among the files (a file with a `plan` header: shared files that plans import are skipped)
 * goes to DIR/<its path relative to the plans' common folder>.json|.md. Files are written atomically,
 * and a file that an earlier export did not write is not replaced without --force (checked for every
 * target before anything is written). A plan with errors still exports (the export lists them), so the
 * exit code is 0 unless a file cannot be read or written or the run is refused (2); stderr says how
 * many errors a plan has, so that a script does not mistake a broken plan for a clean one unawares.
 */
export async function runExport(options: ExportOptions, io: Io): Promise<ExitCode> {
    try {
        if (options.output !== undefined && options.outDir !== undefined) {
            throw new UsageError('give either -o/--output (one plan) or --out-dir (several), not both');
        }
        const appl = await createServices(options, io);
        const sources = await exportSources(appl, options, io);
        const files = sources.map(source => source.uri.fsPath);
        const results = await checkPlans(appl, sources);
        failOnConfigProblems(appl, results, io);
        const plans = options.outDir === undefined ? results : results.filter(hasPlanHeader);
        if (plans.length === 0) {
            throw new UsageError(`no plan to export: none of ${describeFiles(io, files)} has a plan header`);
        }
        const outputs = plans.map(plan => ({ plan, text: exportPlan(appl, plan.document, options.format) }));
        const targets = options.outDir !== undefined
            ? outDirTargets(plans, options.outDir, options.format, io)
            : options.output !== undefined ? [path.resolve(io.cwd, options.output)] : undefined;
        if (targets) {
            if (!options.force) {
                await refuseForeignFiles(targets, io);
            }
            for (const [index, { text }] of outputs.entries()) {
                await io.writeFileAtomic(targets[index], text);
            }
        } else {
            const { text } = outputs[0];
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

function hasPlanHeader({ document }: CheckedPlan): boolean {
    return planOf(document) !== undefined;
}

/** DIR/<path from the plans' common folder, extension replaced>. */
function outDirTargets(plans: readonly CheckedPlan[], outDir: string, format: ExportFormat, io: Io): string[] {
    const sources = plans.map(plan => plan.document.uri.fsPath);
    const base = commonFolder(sources.map(source => path.dirname(source)));
    return sources.map(source => {
        const relative = path.relative(base, source);
        const stem = relative.slice(0, relative.length - path.extname(relative).length);
        return path.resolve(io.cwd, outDir, stem + EXTENSION[format]);
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
async function refuseForeignFiles(targets: readonly string[], io: Io): Promise<void> {
    const foreign: string[] = [];
    for (const target of targets) {
        const text = await io.readTextFile(target);
        if (text !== undefined && !isEarlierExport(text)) {
            foreign.push(displayPath(io.cwd, target));
        }
    }
    if (foreign.length > 0) {
        const listed = foreign.length === 1 ? `${foreign[0]} exists and was` : `${foreign.join(', ')} exist and were`;
        throw new UsageError(`${listed} not written by appl export; nothing was written (use --force to replace)`);
    }
}

/** An empty file, or a JSON or Markdown export (recognised by its `$schema`, or by its last line). */
export function isEarlierExport(text: string): boolean {
    const trimmed = text.trim();
    if (trimmed === '') {
        return true;
    }
    if (trimmed.startsWith('{')) {
        try {
            // Exports name the schema's URL; before version 0.1.0 they named its file.
            const schema = (JSON.parse(trimmed) as { $schema?: unknown }).$schema;
            return schema === EXPORT_SCHEMA_URL || schema === EXPORT_SCHEMA_FILE;
        } catch {
            return false;
        }
    }
    return MARKDOWN_SIGNATURE.test(trimmed.split('\n').at(-1)!.trim());
}

function noteErrors(plan: CheckedPlan, io: Io): void {
    const { errors } = tally([plan]);
    if (errors > 0) {
        const file = displayPath(io.cwd, plan.document.uri.fsPath);
        io.stderr(`appl: ${file} has ${errors} ${errors === 1 ? 'error' : 'errors'}; the export lists `
            + `${errors === 1 ? 'it' : 'them'} (see "appl check ${file}").\n`);
    }
}

function describeFiles(io: Io, files: readonly string[]): string {
    return files.length === 1 ? displayPath(io.cwd, files[0]) : `the ${files.length} files`;
}
