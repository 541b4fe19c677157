import { URI, UriUtils, type FileSystemProvider, type LangiumSharedCoreServices } from 'langium';
import { closestName } from '../validation/did-you-mean.js';

export const CONFIG_FILE_NAME = 'appl.config.json';

export type RuleLevel = 'off' | 'info' | 'warning' | 'error';
const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

/** A project's settings for the checker, from the nearest appl.config.json (or none). */
export interface ProjectConfig {
    /** The file the settings come from; undefined when no config file applies. */
    file?: URI;
    /** Rule id -> level, for the rules the file mentions. */
    rules: ReadonlyMap<string, RuleLevel>;
    /** Globs, relative to the config file's folder, of plans that `appl check` skips when it searches folders (see ignore-globs.ts). */
    ignore: readonly string[];
    /** What is wrong with the file, in words an author can act on; the valid parts still apply. */
    problems: string[];
}

const NO_CONFIG: ProjectConfig = { rules: new Map(), ignore: [], problems: [] };

/**
 * Finds and reads the project config for a plan: `appl.config.json` in the plan's folder or the
 * nearest folder above it, or one file named explicitly (`appl check --config FILE`). Reads go through
 * the FileSystemProvider (the core touches no files itself) and are cached per folder until clear().
 * Rule severities come only from here, so the CLI, the server and the exports agree.
 */
export class ProjectConfigProvider {
    protected readonly fileSystem: FileSystemProvider;
    protected readonly byFolder = new Map<string, ProjectConfig>();
    protected explicitFile: URI | undefined;
    protected knownIds: readonly string[] = [];
    /** The as-of date to check against instead of each plan's own (`appl check --as-of`). */
    asOfOverride: string | undefined;

    constructor(services: { shared: LangiumSharedCoreServices }) {
        this.fileSystem = services.shared.workspace.FileSystemProvider;
    }

    /** The ids a config or a suppression may name: every rule, plus the ids the validator itself reports. */
    get ruleIds(): readonly string[] {
        return this.knownIds;
    }

    setKnownRuleIds(ids: readonly string[]): void {
        this.knownIds = ids;
        this.clear();
    }

    /** Use this file for every plan instead of looking for appl.config.json. */
    useFile(file: URI | undefined): void {
        this.explicitFile = file;
        this.clear();
    }

    /** Forget what was read: a config file changed. */
    clear(): void {
        this.byFolder.clear();
    }

    configFor(document: URI): ProjectConfig {
        if (this.explicitFile) {
            return this.cached(this.explicitFile.toString(), () => this.read(this.explicitFile!));
        }
        if (document.scheme !== 'file') {
            return NO_CONFIG;
        }
        // Asked once per rule and node: remember the answer per document (URI strings are cached).
        return this.cached(`document:${document.toString()}`, () => this.lookUp(UriUtils.dirname(document)));
    }

    /** The level a rule has for a document: the config's, else the rule's default. */
    levelFor(ruleId: string, document: URI, defaultLevel: Exclude<RuleLevel, 'off'>): RuleLevel {
        return this.configFor(document).rules.get(ruleId) ?? defaultLevel;
    }

    protected lookUp(folder: URI): ProjectConfig {
        return this.cached(folder.toString(), () => {
            const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
            if (this.exists(candidate)) {
                return this.read(candidate);
            }
            const parent = UriUtils.dirname(folder);
            return parent.path === folder.path ? NO_CONFIG : this.lookUp(parent);
        });
    }

    protected cached(key: string, compute: () => ProjectConfig): ProjectConfig {
        let config = this.byFolder.get(key);
        if (!config) {
            config = compute();
            this.byFolder.set(key, config);
        }
        return config;
    }

    protected exists(file: URI): boolean {
        try {
            return this.fileSystem.existsSync(file);
        } catch {
            return false;
        }
    }

    protected read(file: URI): ProjectConfig {
        let text: string;
        try {
            text = this.fileSystem.readFileSync(file);
        } catch {
            return { file, rules: new Map(), ignore: [], problems: [`cannot read ${UriUtils.basename(file)}`] };
        }
        return { file, ...parseProjectConfig(text, this.knownIds) };
    }
}

/** Reads the text of a config file; every problem is reported and the valid parts still apply. */
export function parseProjectConfig(text: string, knownIds: readonly string[]): Omit<ProjectConfig, 'file'> {
    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch (error) {
        return { rules: new Map(), ignore: [], problems: [`it is not valid JSON (${(error as Error).message})`] };
    }
    if (!isObject(json)) {
        return { rules: new Map(), ignore: [], problems: ['it must be a JSON object, e.g. { "rules": { "vague-action": "off" } }'] };
    }
    const problems: string[] = [];
    for (const key of Object.keys(json)) {
        if (key !== 'rules' && key !== 'ignore' && key !== '$schema') {
            problems.push(`"${key}" is not a setting; the settings are "rules", "ignore" and "$schema"`);
        }
    }
    const ignore = Array.isArray(json.ignore) && json.ignore.every(glob => typeof glob === 'string') ? json.ignore as string[] : [];
    if (json.ignore !== undefined && ignore.length !== (json.ignore as unknown[]).length) {
        problems.push('"ignore" must be a list of globs, e.g. ["teaching/**"]');
    }
    const rules = new Map<string, RuleLevel>();
    const entries = json.rules ?? {};
    if (!isObject(entries)) {
        problems.push('"rules" must be an object of rule ids and levels, e.g. { "vague-action": "off" }');
        return { rules, ignore, problems };
    }
    for (const [id, level] of Object.entries(entries)) {
        if (!knownIds.includes(id)) {
            const suggestion = closestName(id, knownIds);
            problems.push(`"${id}" is not a rule id${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
        } else if (typeof level !== 'string' || !LEVELS.includes(level as RuleLevel)) {
            problems.push(`the level of "${id}" must be "off", "info", "warning" or "error"`);
        } else {
            rules.set(id, level as RuleLevel);
        }
    }
    return { rules, ignore, problems };
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
