// The core on Node: plan files read from disk with the checks a plan file needs. Only the CLI and the
// language server's entry import this; the core itself touches files only through the
// FileSystemProvider it is given.
export { NodePlanFileSystem, NodePlanFileSystemContext } from './node-plan-file-system.js';
export { MAX_PLAN_FILE_BYTES } from '../workspace/plan-files.js';
