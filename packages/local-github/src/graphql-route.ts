import type { GitHubState } from './github-state.js';
import { nodeId } from './github-representations.js';

/**
 * The one GraphQL mutation mlgate sends: `minimizeComment` (hide-previous mode). GraphQL is not in the
 * REST OpenAPI description, so the shape is checked here against GitHub's public schema by hand:
 * `subjectId: ID!` and `classifier: ReportedContentClassifiers!`. Anything else is answered the way
 * GitHub answers an unsupported query: HTTP 200 with an `errors` array, and recorded as a violation.
 */
export const REPORTED_CONTENT_CLASSIFIERS = [
  'SPAM',
  'ABUSE',
  'OFF_TOPIC',
  'OUTDATED',
  'DUPLICATE',
  'RESOLVED',
] as const;

export type GraphQLAnswer = { readonly status: number; readonly body: unknown; readonly violation?: string };

const MINIMIZE =
  /^\s*mutation\s*(?:\w+\s*)?\(\s*\$(\w+)\s*:\s*ID!\s*\)\s*\{\s*minimizeComment\s*\(\s*input\s*:\s*\{\s*subjectId\s*:\s*\$(\w+)\s*,\s*classifier\s*:\s*(\w+)\s*\}\s*\)\s*\{\s*minimizedComment\s*\{\s*isMinimized\s*(?:minimizedReason\s*)?\}\s*(?:clientMutationId\s*)?\}\s*\}\s*$/;

function graphqlError(message: string, type?: string): GraphQLAnswer {
  return {
    status: 200,
    body: { errors: [{ ...(type !== undefined ? { type } : {}), message }] },
    violation: message,
  };
}

export function answerGraphQL(state: GitHubState, rawBody: Buffer, canWrite: boolean): GraphQLAnswer {
  let request: { query?: unknown; variables?: Record<string, unknown> };
  try {
    request = JSON.parse(rawBody.toString('utf8')) as typeof request;
  } catch {
    return { status: 400, body: { message: 'Problems parsing JSON' }, violation: 'unparsable GraphQL body' };
  }
  const match = typeof request.query === 'string' ? MINIMIZE.exec(request.query) : null;
  if (match === null) return graphqlError('this local GitHub answers only the minimizeComment mutation');
  const [, declared, used, classifier = ''] = match;
  if (declared !== used) return graphqlError(`Variable $${used} is not defined`);
  if (!(REPORTED_CONTENT_CLASSIFIERS as readonly string[]).includes(classifier)) {
    return graphqlError(
      `Argument 'classifier' on InputObject 'MinimizeCommentInput' has an invalid value (${classifier}).`,
    );
  }
  const subjectId = request.variables?.[declared ?? ''];
  if (typeof subjectId !== 'string')
    return graphqlError(`Variable $${declared} of type ID! was provided invalid value`);
  const comment = state.allIssueComments().find((c) => nodeId('IssueComment', c.id) === subjectId);
  if (comment === undefined) {
    return {
      status: 200,
      body: {
        data: { minimizeComment: null },
        errors: [
          { type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${subjectId}'` },
        ],
      },
    };
  }
  if (!canWrite) {
    return {
      status: 200,
      body: {
        data: { minimizeComment: null },
        errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
      },
    };
  }
  comment.minimizedReason = classifier;
  return { status: 200, body: { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } } };
}
