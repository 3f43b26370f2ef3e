import {
  GitHubHttpError,
  REST_DOCUMENTATION_URL,
  errorBody,
  validationFailed,
} from './github-error-responses.js';

/**
 * What GitHub answers when a request would change what an immutable release locks (GitHub docs, "Immutable
 * releases": once published, its assets cannot be added, modified or deleted; its tag cannot be moved or
 * deleted while the release exists; a tag name an immutable release used can never be reused, even after the
 * release is deleted). Title, notes, prerelease and latest stay editable. The wording of each answer is
 * GitHub's as reported by the source named beside it; where no report was found, the comment says so.
 *
 * None of these is a broken request (`violation` stays unset): a client can only learn that a release is
 * immutable by asking, and must handle the refusal.
 */

/**
 * Upload to a published immutable release. uploads.github.com answers 422 with a bare message, no `errors`:
 * `{"message":"Cannot upload assets to an immutable release.","request_id":…,"documentation_url":
 * "https://docs.github.com/rest"}` (concourse/github-release-resource#151, 2026; the same message in
 * softprops/action-gh-release#653 and asdf-vm/asdf#2329).
 */
export const uploadToImmutableRelease = (): GitHubHttpError =>
  new GitHubHttpError(
    422,
    errorBody(422, 'Cannot upload assets to an immutable release.', REST_DOCUMENTATION_URL),
  );

/**
 * Delete an asset of a published immutable release: 422 Validation Failed, one `custom` error without a
 * field, `{"resource":"ReleaseAsset","code":"custom","message":"Cannot delete asset from an immutable
 * release"}` (uutils/coreutils#13839, 2026, as octokit printed it).
 */
export const deleteAssetOfImmutableRelease = (documentationUrl: string): GitHubHttpError =>
  validationFailed(
    documentationUrl,
    [{ resource: 'ReleaseAsset', code: 'custom', message: 'Cannot delete asset from an immutable release' }],
    { violation: false },
  );

/**
 * Rename or relabel an asset of a published immutable release. GitHub's docs say assets cannot be modified;
 * no recorded answer was found, so this one is shaped like the delete refusal above.
 */
export const updateAssetOfImmutableRelease = (documentationUrl: string): GitHubHttpError =>
  validationFailed(
    documentationUrl,
    [{ resource: 'ReleaseAsset', code: 'custom', message: 'Cannot update asset in an immutable release' }],
    { violation: false },
  );

const TAG_NAME_USED = {
  resource: 'Release',
  code: 'custom',
  field: 'tag_name',
  message: 'tag_name was used by an immutable release',
} as const;

/**
 * A release under a tag name an immutable release used, whose tag still exists: one error (GitHub community
 * discussion #178351, "Immutable Releases Are Now Generally Available", a reply quoting the full body).
 */
export const tagNameUsedByImmutableRelease = (documentationUrl: string): GitHubHttpError =>
  validationFailed(documentationUrl, [TAG_NAME_USED], { violation: false });

/**
 * The same, for a published release whose tag is gone (deleted after its immutable release): GitHub also
 * fails to create the tag and to publish, three errors in this order
 * (github-community-projects/ospo-reusable-workflows#83, 2025; tempoxyz/mpp-specs#340, 2026).
 */
export const tagNameUsedByImmutableReleaseAndGone = (documentationUrl: string): GitHubHttpError =>
  validationFailed(
    documentationUrl,
    [
      {
        resource: 'Release',
        code: 'custom',
        field: 'pre_receive',
        message:
          'pre_receive Repository rule violations found\n\nCannot create ref due to creations being restricted.\n\n',
      },
      TAG_NAME_USED,
      { resource: 'Release', code: 'custom', message: 'Published releases must have a valid tag' },
    ],
    { violation: false },
  );

/**
 * Turning a published immutable release back into a draft: `HTTP 422: state cannot be changed when release
 * is immutable` (cameronrye/openzim-mcp#215, 2026, as gh printed it; the body around the message is not on
 * record, so it is given as a Validation Failed error without a field).
 */
export const draftStateOfImmutableRelease = (documentationUrl: string): GitHubHttpError =>
  validationFailed(
    documentationUrl,
    [{ resource: 'Release', code: 'custom', message: 'state cannot be changed when release is immutable' }],
    { violation: false },
  );

/**
 * Renaming the tag of a published immutable release would move it. No recorded answer was found; this one
 * follows the draft-state refusal above.
 */
export const tagNameOfImmutableRelease = (documentationUrl: string): GitHubHttpError =>
  validationFailed(
    documentationUrl,
    [
      {
        resource: 'Release',
        code: 'custom',
        field: 'tag_name',
        message: 'tag_name cannot be changed when release is immutable',
      },
    ],
    { violation: false },
  );

/**
 * Moving, deleting or re-creating a locked tag through the Git refs API. A push is declined with GitHub's
 * ruleset messages ("GH013: Repository rule violations found for refs/tags/v3.9.0. Cannot update this
 * protected ref.", dfrostar/neuralmind#510; "Cannot create ref due to creations being restricted.", the
 * pre_receive error above); the REST answer is not on record, so it is the 422 both operations declare, with
 * those messages.
 */
export function protectedTagRef(
  documentationUrl: string,
  change: 'update' | 'delete' | 'create',
): GitHubHttpError {
  const refusal = {
    update: 'Cannot update this protected ref.',
    delete: 'Cannot delete this protected ref.',
    create: 'Cannot create ref due to creations being restricted.',
  }[change];
  return new GitHubHttpError(
    422,
    errorBody(422, `Repository rule violations found\n\n${refusal}\n\n`, documentationUrl),
  );
}
