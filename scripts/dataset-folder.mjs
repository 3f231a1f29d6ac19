// A dataset folder (regelingen/, or a copy a policy team edits) read into the DatasetFiles shape
// of src/dataset/merge.ts: vragen.json, cijfers.json, loketten.json and regelingen/*.json in name
// order (the order the widget embeds them in). The one place that knows the folder's layout: the
// build (vite.config.ts), `npm run validate`, `npm run overview`, `npm run links` and the
// embedding tests' server (test/embed/server.js) all read a folder through it. It reads only
// regular files inside the folder: a link out of it, a link loop, a device, a pipe or a socket is
// never opened (readLocal), and a subfolder that is a link out of the folder is not listed.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** Files bigger than this are not read (the same bound as the widget's, src/dataset/json-text.ts MAX_CHARS). */
const MAX_BYTES = 8_000_000;

const within = (path, folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * The text of a local file, read only when it is a regular file: a link is followed only when it
 * stays inside `folder` (when given); a link loop, a device (/dev/zero), a named pipe, a socket
 * or a folder is never opened, and a file over MAX_BYTES is not read. Each gives a clear error.
 */
export function readLocal(file, folder) {
  let st;
  try {
    st = lstatSync(file);
  } catch (e) {
    return { error: `niet te lezen / cannot read (${e.code ?? e.message})` };
  }
  let real = file;
  if (st.isSymbolicLink()) {
    try {
      real = realpathSync(file);
    } catch (e) {
      return e.code === 'ELOOP'
        ? { error: 'link in een kring: de link verwijst (via andere links) naar zichzelf / symlink loop' }
        : { error: `link naar iets wat niet bestaat / dangling symlink (${e.code ?? e.message})` };
    }
    if (folder) {
      let top;
      try {
        top = realpathSync(folder);
      } catch {
        top = resolve(folder);
      }
      if (!within(real, top))
        return { error: `link naar buiten de map (${real}); die wordt niet gevolgd / symlink out of the folder is not followed` };
    }
    try {
      st = statSync(real);
    } catch (e) {
      return { error: `niet te lezen / cannot read (${e.code ?? e.message})` };
    }
  }
  if (!st.isFile()) {
    const what = st.isFIFO()
      ? 'een named pipe / a named pipe'
      : st.isCharacterDevice() || st.isBlockDevice()
        ? 'een apparaat / a device'
        : st.isSocket()
          ? 'een socket / a socket'
          : st.isDirectory()
            ? 'een map / a folder'
            : 'geen gewoon bestand / not a regular file';
    return { error: `geen gewoon bestand: ${what}; dat wordt niet gelezen / not a regular file; it is not read` };
  }
  if (st.size > MAX_BYTES) return { error: `te groot: ${st.size} bytes, meer dan ${MAX_BYTES} / too large` };
  try {
    return { text: readFileSync(real, 'utf8') };
  } catch (e) {
    return { error: `niet te lezen / cannot read (${e.code ?? e.message})` };
  }
}

export const isLink = (path) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

/** Whether `sub` is a folder that is (after links) inside `dir`; a link loop or a link out is not. */
function folderInside(sub, dir) {
  try {
    return statSync(sub).isDirectory() && within(realpathSync(sub), realpathSync(dir));
  } catch {
    return false;
  }
}

/** The names of the JSON files in `dir/sub`, sorted; none when the folder is missing or (after links) not inside `dir`. */
export function jsonFiles(dir, sub) {
  const at = join(dir, sub);
  return folderInside(at, dir)
    ? readdirSync(at)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
}

/** Reads a file of the folder as JSON (only a regular file inside the folder; otherwise it throws). */
export const readJson = (dir) => (rel) => {
  const src = readLocal(join(dir, rel), dir);
  if (src.error) throw new Error(`${join(dir, rel)}: ${src.error}`);
  return JSON.parse(src.text);
};

/** Reads a file of the folder as JSON without its editor's "$schema" line (as the build embeds it). */
export const readJsonWithoutSchema = (dir) => (rel) => {
  const { $schema: _schema, ...rest } = readJson(dir)(rel);
  return rest;
};

/**
 * The dataset in `dir` as DatasetFiles. `read(rel)` reads one file by its path in the folder
 * (default: as JSON); a regelingen file it gives `undefined` for is left out.
 */
export function readDatasetFolder(dir, read = readJson(dir)) {
  return {
    'vragen.json': read('vragen.json'),
    'cijfers.json': read('cijfers.json'),
    'loketten.json': read('loketten.json'),
    regelingen: Object.fromEntries(
      jsonFiles(dir, 'regelingen')
        .map((f) => [f, read(`regelingen/${f}`)])
        .filter(([, raw]) => raw !== undefined),
    ),
  };
}
