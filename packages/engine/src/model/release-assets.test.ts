import { describe, expect, it } from '@jest/globals';
import { GitHubLimits } from '../surfaces/github-limits.js';
import { UserError } from '../user-error.js';
import { RELEASE_OWN_FILES, checkModelFiles } from './release-assets.js';

describe('model files a release can carry', () => {
  it('takes plain, distinct names under the asset size limit', () => {
    expect(() =>
      checkModelFiles([
        { name: 'model.onnx', bytes: GitHubLimits.releaseAssetBytes - 1 },
        { name: 'tokenizer.json', bytes: 0 },
      ]),
    ).not.toThrow();
  });

  it('refuses a file of 2 GiB or more before anything is created, saying what to do instead', () => {
    expect(() => checkModelFiles([{ name: 'weights.bin', bytes: 2.5 * 1024 ** 3 }])).toThrow(
      new UserError(
        "model file 'weights.bin' is 2.50 GiB; GitHub takes a release asset only under 2.00 GiB: split it into " +
          'parts under the limit, or keep it in an external store (object storage, a model registry) and publish ' +
          'a small file that points at it',
      ),
    );
    expect(() => checkModelFiles([{ name: 'weights.bin', bytes: GitHubLimits.releaseAssetBytes }])).toThrow(
      UserError,
    );
  });

  it('refuses the names of the files publish-model adds itself', () => {
    expect(RELEASE_OWN_FILES).toEqual(['manifest.json', 'MODEL_CARD.md', 'SHA256SUMS']);
    for (const name of RELEASE_OWN_FILES) {
      expect(() => checkModelFiles([{ name, bytes: 1 }])).toThrow(
        new UserError(
          `model file '${name}' has the name of a file publish-model adds to every release; rename it`,
        ),
      );
    }
  });

  it('refuses two files of one name, a name GitHub would rename, and no file at all', () => {
    expect(() =>
      checkModelFiles([
        { name: 'model.onnx', bytes: 1 },
        { name: 'model.onnx', bytes: 2 },
      ]),
    ).toThrow(/two model files are named 'model\.onnx'/);
    expect(() => checkModelFiles([{ name: 'my model.onnx', bytes: 1 }])).toThrow(/not a plain file name/);
    expect(() => checkModelFiles([])).toThrow(new UserError('no model files to publish'));
  });
});
