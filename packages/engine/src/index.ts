export { UserError, ExitCode, isUserError } from './user-error.js';
export type { SourceLocation } from './user-error.js';
export { MLGATE_VERSION } from './report-subject.js';
export type { ReportSubject } from './report-subject.js';
