import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  StickyModes,
  booleanInput,
  choiceInput,
  createGitHubClient,
  integerInput,
  isValidCommentId,
  listInput,
  requiredStringInput,
  runAction,
  runCommentFlow,
  stringInput
} from "../chunks/chunk-DI7IOK7O.js";
import {
  ExitCode,
  UserError
} from "../chunks/chunk-ZNTMSDSN.js";
import {
  context
} from "../chunks/chunk-RMKRTIHN.js";
import {
  setOutput
} from "../chunks/chunk-TSX6A5XN.js";
import "../chunks/chunk-JY54KWOX.js";

// actions/comment/main.ts
await runAction(async () => {
  const id = stringInput("id") ?? "mlgate";
  if (!isValidCommentId(id))
    throw new UserError(`input 'id' is '${id}'; use letters, digits, '.', '_' and '-'`);
  const prNumber = integerInput("pr-number", 0, { min: 0 });
  const artifactName = stringInput("artifact-name");
  const token = requiredStringInput("token");
  const inputs = {
    reports: listInput("reports"),
    id,
    mode: choiceInput("mode", StickyModes, "upsert"),
    ...prNumber > 0 ? { prNumber } : {},
    commitComment: booleanInput("commit-comment", false),
    fromArtifact: booleanInput("from-artifact", false),
    ...artifactName !== void 0 ? { artifactName } : {},
    token
  };
  const result = await runCommentFlow(
    { context, client: createGitHubClient({ token }), cwd: process.cwd(), env: process.env, now: /* @__PURE__ */ new Date() },
    inputs
  );
  setOutput("outcome", result.outcome);
  if (result.verdict !== void 0) setOutput("verdict", result.verdict);
  if (result.commentId !== void 0) setOutput("comment-id", String(result.commentId));
  if (result.commentUrl !== void 0) setOutput("comment-url", result.commentUrl);
  return ExitCode.passed;
});
