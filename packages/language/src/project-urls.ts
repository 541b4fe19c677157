// Where the project lives on the web, in one place: the repository's address gives the rule documentation
// links, the SARIF informationUri, the CLI's help, and the absolute `$schema`/`$id` URLs of the JSON
// documents (an editor downloads a schema from its URL; a bare file name resolves to nothing).

export const REPOSITORY_URL = 'https://github.com/appl-lang/appl';

/** A file of the repository's main branch, as a browser or an editor downloads it. */
export function repositoryFileUrl(path: string): string {
    return `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/${path}`;
}

/** A page of the documentation (docs/), as GitHub shows it. */
export function docUrl(file: string, anchor?: string): string {
    return `${REPOSITORY_URL}/blob/main/docs/${file}${anchor ? `#${anchor}` : ''}`;
}

/** The schema of `appl export --format json` (version 1). */
export const EXPORT_SCHEMA_URL = repositoryFileUrl('packages/language/schema/appl-export.v1.schema.json');
/** The schema of appl.config.json. */
export const CONFIG_SCHEMA_URL = repositoryFileUrl('packages/language/schema/appl-config.schema.json');
/** The schema of `appl check --format json` (version 1). */
export const CHECK_REPORT_SCHEMA_URL = repositoryFileUrl('packages/cli/schema/appl-check.v1.schema.json');
