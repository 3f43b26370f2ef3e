import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  DATA_FORMATS,
  DEFAULT_CONFIG_FILE,
  DEFAULT_EXAMPLES_PER_COLUMN,
  DEFAULT_INFER_SAMPLE_ROWS,
  DEFAULT_MAX_ERRORS,
  ExitCode,
  MetricPolicy,
  NAMESPACE_MODES,
  UserError,
  __toESM,
  compareMetrics,
  detectFormat,
  inferTableSchema,
  isUserError,
  loadConfig,
  loadMetricsFiles,
  loadSchema,
  readBaselineFile,
  renderComparisonTable,
  renderComparisonText,
  require_picomatch,
  validateData
} from "../chunks/chunk-VHVCPB2Z.js";

// packages/cli/src/commands/compare-command.ts
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path4) {
  let normalized = normalize(path4);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path4, separator) {
  return path4.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path4) {
  return path4 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path4);
}
function normalizePath(path4, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path4.includes("/") || path4.startsWith(".");
  if (resolvePaths) path4 = resolve(path4);
  if (normalizePath$1 || pathNeedsCleaning) path4 = cleanPath(path4);
  if (path4 === ".") return "";
  const needsSeperator = path4[path4.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path4 + pathSeparator : path4, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path4 = directoryPath || ".";
  if (filters.every((filter) => filter(path4, true))) paths.push(path4);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path4, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path4, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path4, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path4, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path4);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path4, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path4, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path4);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path4, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path4 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path4)) continue;
        this.pushDirectory(path4, paths, filters);
        this.walkDirectory(this.state, path4, path4, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path4 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path4, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path4 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path4 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path4;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path4) => isMatch(path4));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path4) {
  return path4.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path4) {
  var _result$parts;
  const result = import_picomatch.default.scan(path4, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path4];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path4) => path4.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path4) => path4.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path4 = format(p, isDirectory);
      const matches = matcher(path4) && !ignore(path4);
      if (matches) log(`matched ${path4}`);
      return matches;
    } : (p, isDirectory) => {
      const path4 = format(p, isDirectory);
      return matcher(path4) && !ignore(path4);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

// packages/cli/src/commands/compare-command.ts
var USAGE = `usage: mlgate compare --current <files…> [--baseline <files…>] [--policy mlgate.yml] [--json | --markdown]

Compares metrics files with a baseline under the policy in mlgate.yml (metrics: section).

options:
  --current <files…>     metrics files of this run (JSON, YAML, CSV, TSV); default: metrics.files in the config
  --baseline <files…>    the baseline: a metrics file or an mlgate/baseline@1 snapshot; none gives 'no-baseline'
  --policy <file>        the config with the policy; default: ./mlgate.yml when it exists, else the built-in rule
  --namespace <mode>     auto | stem | none: how metrics from several files are named (default: the config's, auto)
  --require-baseline     no baseline fails instead of giving the neutral 'no-baseline'
  --report <file>        also write the JSON report to this file
  --json                 print the JSON report (verdict, metrics[] with name, baseline, current, delta, verdict)
  --markdown             print a Markdown table

exit status: 0 pass, warn or no-baseline; 1 a metric failed; 2 bad input or config
`;
function parseCompareArgs(args) {
  const lists = { current: [], baseline: [] };
  const values = {};
  let format = "text";
  let requireBaseline = false;
  let help = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, void 0];
    switch (flag) {
      case "--current":
      case "--baseline": {
        const list = lists[flag.slice(2)];
        if (inline !== void 0) list.push(inline);
        while (index + 1 < args.length && !args[index + 1].startsWith("--")) list.push(args[++index]);
        if (list.length === 0) throw new UserError(`${flag} needs at least one file`);
        break;
      }
      case "--policy":
      case "--namespace":
      case "--report": {
        const value = inline ?? args[++index];
        if (value === void 0 || value.startsWith("--")) throw new UserError(`${flag} needs a value`);
        values[flag.slice(2)] = value;
        break;
      }
      case "--json":
      case "--markdown":
        if (format !== "text") throw new UserError("choose one of --json and --markdown");
        format = flag === "--json" ? "json" : "markdown";
        break;
      case "--require-baseline":
        requireBaseline = true;
        break;
      case "--help":
      case "-h":
        help = true;
        break;
      default:
        throw new UserError(`unknown argument '${arg}' (see mlgate compare --help)`);
    }
  }
  const namespace = values.namespace;
  if (namespace !== void 0 && !NAMESPACE_MODES.includes(namespace)) {
    throw new UserError(`--namespace must be one of ${NAMESPACE_MODES.join(", ")}`);
  }
  return {
    current: lists.current,
    baseline: lists.baseline,
    ...values.policy !== void 0 ? { policy: values.policy } : {},
    ...namespace !== void 0 ? { namespace } : {},
    requireBaseline,
    ...values.report !== void 0 ? { report: values.report } : {},
    format,
    help
  };
}
async function findConfig(args, io) {
  if (args.policy !== void 0) return loadConfig(args.policy, { cwd: io.cwd });
  return existsSync(path.join(io.cwd, DEFAULT_CONFIG_FILE)) ? loadConfig(DEFAULT_CONFIG_FILE, { cwd: io.cwd }) : void 0;
}
async function expandFiles(patterns, cwd) {
  const files = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = (await glob(pattern, { cwd, onlyFiles: true })).sort();
    if (matches.length === 0) throw new UserError(`metrics.files: '${pattern}' matches no file`);
    files.push(...matches);
  }
  return files;
}
var compareCommand = {
  name: "compare",
  summary: "compare metrics with a baseline under a policy",
  usage: USAGE,
  async run(argv, io) {
    const args = parseCompareArgs(argv);
    if (args.help) {
      io.stdout(USAGE);
      return ExitCode.passed;
    }
    const config = await findConfig(args, io);
    const policy = config?.metrics.policy ?? MetricPolicy.builtin();
    const namespace = args.namespace ?? config?.metrics.namespace ?? "auto";
    const currentFiles = args.current.length > 0 ? args.current : await expandFiles(config?.metrics.files ?? [], io.cwd);
    if (currentFiles.length === 0)
      throw new UserError("--current needs at least one metrics file (or metrics.files in mlgate.yml)");
    const configBaseline = config?.baseline.source.kind === "file" ? [config.baseline.source.path] : [];
    const baselineFiles = args.baseline.length > 0 ? args.baseline : configBaseline;
    const [current, baseline] = await Promise.all([
      loadMetricsFiles(currentFiles, { cwd: io.cwd, namespace }),
      readBaseline(baselineFiles, io.cwd, namespace)
    ]);
    const report2 = compareMetrics({
      current,
      currentFiles,
      baseline,
      policy,
      requireBaseline: args.requireBaseline || (config?.baseline.require ?? false)
    });
    const json = args.format === "json" || args.report !== void 0 ? `${JSON.stringify(report2, null, 2)}
` : "";
    if (args.report !== void 0) await writeFile(path.resolve(io.cwd, args.report), json);
    if (args.format === "json") io.stdout(json);
    else if (args.format === "markdown") io.stdout(renderComparisonTable(report2));
    else io.stdout(renderComparisonText(report2));
    return report2.verdict === "fail" ? ExitCode.verdictFailed : ExitCode.passed;
  }
};
async function readBaseline(files, cwd, namespace) {
  if (files.length === 0)
    return { provenance: { source: "none", reason: "no baseline file given" }, metrics: /* @__PURE__ */ new Map() };
  if (files.length === 1) return readBaselineFile(files[0], cwd);
  return {
    provenance: { source: "file", path: files.join(", ") },
    metrics: await loadMetricsFiles(files, { cwd, namespace })
  };
}

// packages/cli/src/commands/schema-infer-command.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";
var USAGE2 = `usage: mlgate schema infer <data file> [--output <file>] [--format <format>] [--sample-rows <n>]

Writes a Table Schema guessed from the first rows of a CSV, TSV, JSONL or JSON file, to start from.

options:
  --output <file>        write the schema here instead of stdout
  --format <format>      auto (default), csv, tsv, jsonl, json
  --sample-rows <n>      rows to look at (default ${DEFAULT_INFER_SAMPLE_ROWS})
`;
async function infer(args, io) {
  let output;
  let format = "auto";
  let sampleRows = DEFAULT_INFER_SAMPLE_ROWS;
  const files = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--help" || arg === "-h") {
      io.stdout(USAGE2);
      return ExitCode.passed;
    }
    if (arg === "--output" || arg === "--format" || arg === "--sample-rows") {
      const value = args[++i];
      if (value === void 0) throw new UserError(`${arg} needs a value`);
      if (arg === "--output") output = value;
      else if (arg === "--format") {
        if (value !== "auto" && !DATA_FORMATS.includes(value))
          throw new UserError(`--format must be auto or one of ${DATA_FORMATS.join(", ")}`);
        format = value;
      } else {
        sampleRows = Number(value);
        if (!Number.isInteger(sampleRows) || sampleRows < 1)
          throw new UserError("--sample-rows needs a positive integer");
      }
      continue;
    }
    if (arg.startsWith("--")) throw new UserError(`unknown option ${arg}`);
    files.push(arg);
  }
  if (files.length !== 1) throw new UserError("give exactly one data file");
  const file = path2.resolve(io.cwd, files[0]);
  const detected = await detectFormat(file, files[0], format);
  if (detected === "parquet" || detected === "arrow")
    throw new UserError(`schema infer reads CSV, TSV, JSONL and JSON, not ${detected}`, { file: files[0] });
  const schema = await inferTableSchema(file, detected, sampleRows);
  const text = `${JSON.stringify(schema, null, 2)}
`;
  if (output !== void 0) await writeFile2(path2.resolve(io.cwd, output), text);
  else io.stdout(text);
  return ExitCode.passed;
}
var SUBCOMMANDS = {
  infer
};
var schemaCommand = {
  name: "schema",
  summary: "schema tools: `schema infer <file>` writes a Table Schema from data",
  usage: USAGE2,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === void 0 || sub === "--help" || sub === "-h") {
      (sub === void 0 ? io.stderr : io.stdout)(USAGE2);
      return sub === void 0 ? ExitCode.badInput : ExitCode.passed;
    }
    const handler = SUBCOMMANDS[sub];
    if (!handler)
      throw new UserError(
        `unknown subcommand 'schema ${sub}' (known: ${Object.keys(SUBCOMMANDS).join(", ")})`
      );
    return handler(rest, io);
  }
};

// packages/cli/src/commands/validate-command.ts
import { writeFile as writeFile3 } from "node:fs/promises";
import path3 from "node:path";
var USAGE3 = `usage: mlgate validate --schema <file> [options] <data files…>

Checks data files (CSV, TSV, JSONL, JSON, Parquet, Arrow) against a Table Schema or a JSON Schema for one row.

options:
  --schema <file>        Table Schema (has "fields") or JSON Schema, as JSON or YAML (required)
  --format <format>      auto (default: extension and magic bytes), ${DATA_FORMATS.join(", ")}
  --delimiter <char>     CSV delimiter (default: "," for csv, tab for tsv)
  --max-errors <n>       errors listed in the report and output (default ${DEFAULT_MAX_ERRORS}); counts stay exact
  --examples-per-column <n>  errors kept per column and file (default ${DEFAULT_EXAMPLES_PER_COLUMN})
  --workers <n>          worker threads for large CSV files (default: available cores, at most 8)
  --report <file>        also write the JSON report to this file
  --json                 print the JSON report instead of the text summary

exit status: 0 valid; 1 the data broke the schema; 2 bad usage, schema or unreadable input
`;
function count(flag, value, minimum) {
  const n = Number(value);
  if (value === void 0 || !Number.isInteger(n) || n < minimum)
    throw new UserError(`${flag} needs an integer of at least ${minimum}`);
  return n;
}
function parseValidateArgs(args) {
  const values = /* @__PURE__ */ new Map();
  const files = [];
  let json = false;
  const takesValue = /* @__PURE__ */ new Set([
    "--schema",
    "--format",
    "--delimiter",
    "--max-errors",
    "--examples-per-column",
    "--workers",
    "--report"
  ]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--json") {
      json = true;
      continue;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const flag = eq > 0 ? arg.slice(0, eq) : arg;
      if (!takesValue.has(flag)) throw new UserError(`unknown option ${flag}`);
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === void 0) throw new UserError(`${flag} needs a value`);
      values.set(flag, value);
      continue;
    }
    files.push(arg);
  }
  const schema = values.get("--schema");
  if (schema === void 0) throw new UserError("--schema <file> is required");
  if (files.length === 0) throw new UserError("give at least one data file");
  const format = values.get("--format") ?? "auto";
  if (format !== "auto" && !DATA_FORMATS.includes(format))
    throw new UserError(`--format must be auto or one of ${DATA_FORMATS.join(", ")}`);
  const delimiter = values.get("--delimiter");
  const unescaped = delimiter === "\\t" ? "	" : delimiter;
  if (unescaped !== void 0 && (unescaped.length !== 1 || unescaped.charCodeAt(0) > 127 || /["\r\n]/.test(unescaped))) {
    throw new UserError("--delimiter must be one ASCII character other than a quote or a newline");
  }
  return {
    schema,
    files,
    format,
    ...unescaped !== void 0 ? { delimiter: unescaped } : {},
    maxErrors: values.has("--max-errors") ? count("--max-errors", values.get("--max-errors"), 0) : DEFAULT_MAX_ERRORS,
    examplesPerColumn: values.has("--examples-per-column") ? count("--examples-per-column", values.get("--examples-per-column"), 1) : DEFAULT_EXAMPLES_PER_COLUMN,
    ...values.has("--workers") ? { workers: count("--workers", values.get("--workers"), 1) } : {},
    ...values.has("--report") ? { report: values.get("--report") } : {},
    json
  };
}
function display(cwd, file) {
  const relative2 = path3.relative(cwd, path3.resolve(cwd, file));
  return (relative2.startsWith("..") ? path3.resolve(cwd, file) : relative2).split(path3.sep).join("/");
}
async function expand(cwd, patterns) {
  const files = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = await glob(pattern, { cwd, onlyFiles: true });
    if (matches.length === 0) throw new UserError(`no file matches ${pattern}`);
    files.push(...matches.sort());
  }
  return files;
}
var plural = (n, word) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
function renderValidationText(report2) {
  const lines = report2.errors.map((e) => {
    const where = [e.file, e.row ?? void 0, e.field ?? void 0].filter((part) => part !== void 0).join(":");
    return `${where}: ${e.code} ${e.message}`;
  });
  if (report2.errorsTruncated)
    lines.push(
      `… ${plural(report2.errorCount - report2.errors.length, "more error")} not listed (see --max-errors, --json)`
    );
  const codes = Object.entries(report2.errorsByCode).map(([code2, n]) => `${code2} ${n.toLocaleString("en-US")}`).join(", ");
  const summary = `${plural(report2.files.length, "file")}, ${plural(report2.rows, "row")}`;
  lines.push(
    report2.valid ? `valid: ${summary}, no errors` : `invalid: ${summary}, ${plural(report2.errorCount, "error")} (${codes})`
  );
  return `${lines.join("\n")}
`;
}
async function run(args, io) {
  const parsed = parseValidateArgs(args);
  if (parsed === "help") {
    io.stdout(USAGE3);
    return ExitCode.passed;
  }
  const schema = await loadSchema(path3.resolve(io.cwd, parsed.schema), display(io.cwd, parsed.schema));
  const files = await expand(io.cwd, parsed.files);
  const report2 = await validateData(
    files.map((file) => ({ path: path3.resolve(io.cwd, file), displayPath: display(io.cwd, file) })),
    schema,
    {
      format: parsed.format,
      maxErrors: parsed.maxErrors,
      examplesPerColumn: parsed.examplesPerColumn,
      ...parsed.workers !== void 0 ? { workers: parsed.workers } : {},
      ...parsed.delimiter !== void 0 ? { delimiter: parsed.delimiter } : {}
    }
  );
  const json = `${JSON.stringify(report2, null, 2)}
`;
  if (parsed.report !== void 0) await writeFile3(path3.resolve(io.cwd, parsed.report), json);
  io.stdout(parsed.json ? json : renderValidationText(report2));
  return report2.valid ? ExitCode.passed : ExitCode.verdictFailed;
}
var validateCommand = {
  name: "validate",
  summary: "check data files against a Table Schema or JSON Schema",
  usage: USAGE3,
  run
};

// packages/cli/src/commands/index.ts
var commands = [compareCommand, validateCommand, schemaCommand];

// packages/cli/src/run-cli.ts
function usage(list) {
  const width = Math.max(...list.map((c) => c.name.length));
  const lines = list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: mlgate <command> [options]

commands:
${lines.join("\n")}

Run 'mlgate <command> --help' for a command's options.
`;
}
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    (name === void 0 ? io.stderr : io.stdout)(usage(commands));
    return name === void 0 ? ExitCode.badInput : ExitCode.passed;
  }
  if (name === "--version") {
    const { MLGATE_VERSION } = await import("../chunks/src-RQBPHQJS.js");
    io.stdout(`${MLGATE_VERSION}
`);
    return ExitCode.passed;
  }
  const command = commands.find((c) => c.name === name);
  if (command === void 0) {
    io.stderr(`mlgate: unknown command '${name}'

${usage(commands)}`);
    return ExitCode.badInput;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isUserError(error)) {
      const where = error.location ? `${error.location.file}${error.location.line !== void 0 ? `:${error.location.line}` : ""}${error.location.column !== void 0 ? `:${error.location.column}` : ""}: ` : "";
      io.stderr(`mlgate ${name}: ${where}${error.message}
`);
      return ExitCode.badInput;
    }
    throw error;
  }
}

// packages/cli/src/main.ts
var code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
process.exitCode = code;
