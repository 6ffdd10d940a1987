import { describe, expect, it } from 'vitest';
import {
  executionArtifactPrefix,
  exportArtifactPrefix,
  parseArtifactPath,
  StoragePathError,
  versionArtifactPath,
} from './artifact-paths';

describe('namespaced artifact paths', () => {
  it('nests version under export under execution', () => {
    expect(executionArtifactPrefix('exec-1')).toBe('narrative-exports/exec-1');
    expect(exportArtifactPrefix('exec-1', 'nexp-2')).toBe('narrative-exports/exec-1/nexp-2');
    expect(versionArtifactPath('exec-1', 'nexp-2', 3)).toBe(
      'narrative-exports/exec-1/nexp-2/v3.zip',
    );
    expect(versionArtifactPath('exec-1', 'nexp-2', 3, 'json')).toBe(
      'narrative-exports/exec-1/nexp-2/v3.json',
    );
  });

  it('refuses ids that would leave or alias their namespace', () => {
    for (const bad of ['', '..', '../exec-2', 'a/b', 'a\\b', '.hidden', 'a..b', 'x\n', ' x']) {
      expect(() => exportArtifactPrefix('exec-1', bad), bad).toThrow(StoragePathError);
      expect(() => executionArtifactPrefix(bad), bad).toThrow(StoragePathError);
    }
    for (const version of [0, -1, 1.5, Number.NaN]) {
      expect(() => versionArtifactPath('exec-1', 'nexp-1', version)).toThrow(StoragePathError);
    }
    expect(() => versionArtifactPath('exec-1', 'nexp-1', 1, 'zip/../x')).toThrow(StoragePathError);
  });

  it('parses what it builds, and nothing else', () => {
    expect(parseArtifactPath(versionArtifactPath('exec-1', 'nexp-2', 12))).toEqual({
      executionId: 'exec-1',
      exportId: 'nexp-2',
      version: 12,
      extension: 'zip',
    });
    expect(parseArtifactPath('narrative-exports/exec-1/v1.zip')).toBeUndefined();
    expect(parseArtifactPath('other/exec-1/nexp-1/v1.zip')).toBeUndefined();
    expect(parseArtifactPath('narrative-exports/../nexp-1/v1.zip')).toBeUndefined();
  });
});
