/**
 * What `npm run cms` lets through to decap-server. decap-server (fs mode) reads, writes and
 * deletes any path under the folder it is given, answers any Host and allows every
 * http://localhost origin; the editor needs only content/, and only its own page. So every
 * request passes here first: the Host must be this server's own (a DNS-rebinding page sends its
 * own name), a request that can change a file must come from the editor's own origin, and every
 * path in the request must lie in content/, written plainly and not leaving it through a
 * symlink. Each refusal is a sentence for the person at the computer.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';

export interface Refusal {
  status: number;
  message: string;
}

/** The names this server answers to: it listens on 127.0.0.1 only. */
const LOCAL_NAMES = ['127.0.0.1', 'localhost'];

export function ownOrigins(port: number): string[] {
  return LOCAL_NAMES.map((name) => `http://${name}:${port}`);
}

/** The Host header must name this server and its port; anything else is another site's name. */
export function checkHost(host: string | undefined, port: number): Refusal | undefined {
  if (host && LOCAL_NAMES.some((name) => host.toLowerCase() === `${name}:${port}`)) return undefined;
  return {
    status: 403,
    message: `Từ chối: yêu cầu gửi tới tên máy "${host ?? ''}". Trang biên tập chỉ mở ở http://127.0.0.1:${port}/admin/ trên chính máy này.`,
  };
}

/**
 * Browsers send Origin with every POST, same-origin ones included, so a request without one
 * did not come from the editor's page either.
 */
export function checkOrigin(origin: string | undefined, port: number): Refusal | undefined {
  if (origin && ownOrigins(port).includes(origin.toLowerCase())) return undefined;
  return {
    status: 403,
    message: origin
      ? `Từ chối: yêu cầu đến từ trang khác (${origin}). Chỉ trang biên tập http://127.0.0.1:${port}/admin/ được đọc và ghi tệp.`
      : `Từ chối: yêu cầu không cho biết trang gửi (thiếu Origin). Chỉ trang biên tập http://127.0.0.1:${port}/admin/ được đọc và ghi tệp.`,
  };
}

/** The folder the editor may touch, relative to the project. */
export const CONTENT_FOLDER = 'content';

interface PathParam {
  field: string;
  path: unknown;
}

/** The path parameters of each action decap-server answers in fs mode (its joi schema). */
function pathParams(action: string, params: Record<string, unknown>): PathParam[] | undefined {
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const field = (value: unknown, key: string): unknown =>
    value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  const dataFile = (value: unknown, name: string): PathParam[] => {
    const found = [{ field: `${name}.path`, path: field(value, 'path') }];
    const newPath = field(value, 'newPath');
    return newPath === undefined ? found : [...found, { field: `${name}.newPath`, path: newPath }];
  };
  switch (action) {
    case 'info':
    case 'getDeployPreview':
      return [];
    case 'entriesByFolder':
      return [{ field: 'folder', path: params.folder }];
    case 'entriesByFiles':
      return list(params.files).map((file, i) => ({ field: `files[${i}].path`, path: field(file, 'path') }));
    case 'getEntry':
    case 'getMediaFile':
    case 'deleteFile':
      return [{ field: 'path', path: params.path }];
    case 'getMedia':
      return [{ field: 'mediaFolder', path: params.mediaFolder }];
    case 'persistMedia':
      return [{ field: 'asset.path', path: field(params.asset, 'path') }];
    case 'deleteFiles':
      return list(params.paths).map((path, i) => ({ field: `paths[${i}]`, path }));
    case 'persistEntry':
      return [
        ...(params.entry === undefined ? [] : dataFile(params.entry, 'entry')),
        ...list(params.dataFiles).flatMap((file, i) => dataFile(file, `dataFiles[${i}]`)),
        ...list(params.assets).map((asset, i) => ({ field: `assets[${i}].path`, path: field(asset, 'path') })),
      ];
    default:
      // The editorial-workflow actions exist only in git mode, which `npm run cms` does not use.
      return undefined;
  }
}

const refusePath = (path: unknown, why: string): Refusal => ({
  status: 403,
  message: `Từ chối đường dẫn "${String(path)}": ${why} Trang biên tập chỉ đọc, ghi và xoá tệp trong thư mục ${CONTENT_FOLDER}/.`,
});

/**
 * The path as written: relative, forward slashes, no `.`/`..`/empty segment, nothing encoded,
 * inside content/. Refused rather than normalised, since the editor never writes such a path.
 */
export function checkPathText(path: unknown): Refusal | undefined {
  if (typeof path !== 'string' || path === '') return refusePath(path, 'không phải một đường dẫn.');
  if (/\p{Cc}/u.test(path)) return refusePath(path, 'có ký tự điều khiển.');
  if (path.includes('\\')) return refusePath(path, 'có dấu gạch chéo ngược (\\).');
  if (path.includes('%')) return refusePath(path, 'có ký tự mã hoá (%).');
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return refusePath(path, 'là đường dẫn tuyệt đối.');
  const segments = path.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return refusePath(path, 'có đoạn rỗng, "." hoặc "..".');
  }
  if (segments[0] !== CONTENT_FOLDER || segments.length < 2) return refusePath(path, `không nằm trong ${CONTENT_FOLDER}/.`);
  return undefined;
}

/** `path` is `folder` or inside it (both real paths). */
const within = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

/**
 * The path on disk: the file itself if it exists, else its nearest existing folder, with every
 * symlink resolved, must still be inside content/ as it is on disk.
 */
export function checkPathOnDisk(root: string, path: string): Refusal | undefined {
  let content: string;
  try {
    content = realpathSync(join(root, CONTENT_FOLDER));
  } catch {
    return refusePath(path, `thư mục ${CONTENT_FOLDER}/ không có trong dự án.`);
  }
  let existing = resolve(root, path);
  for (;;) {
    try {
      lstatSync(existing);
      break;
    } catch {
      existing = dirname(existing);
    }
  }
  let real: string;
  try {
    real = realpathSync(existing);
  } catch {
    return refusePath(path, 'là một liên kết (symlink) hỏng.');
  }
  return within(content, real) ? undefined : refusePath(path, 'dẫn ra ngoài thư mục qua một liên kết (symlink).');
}

/**
 * Every path in one API request, checked as text and on disk. A rename (`newPath`) stays in
 * the entry's folder: decap-server moves every file in the old folder along with it.
 */
export function checkRequest(root: string, body: unknown): Refusal | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return { status: 400, message: 'Yêu cầu không hợp lệ: nội dung phải là một đối tượng JSON {action, params}.' };
  }
  const { action, params = {} } = body as { action?: unknown; params?: unknown };
  const found =
    typeof action === 'string' && params && typeof params === 'object' ? pathParams(action, params as Record<string, unknown>) : undefined;
  if (!found) {
    return { status: 400, message: `Yêu cầu không hợp lệ: thao tác "${String(action)}" không được trang biên tập dùng.` };
  }
  for (const { path } of found) {
    const refusal = checkPathText(path) ?? checkPathOnDisk(root, path as string);
    if (refusal) return refusal;
  }
  const { entry, dataFiles } = params as { entry?: unknown; dataFiles?: unknown };
  for (const file of [entry, ...(Array.isArray(dataFiles) ? dataFiles : [])]) {
    const { path, newPath } = (file ?? {}) as { path?: string; newPath?: string };
    if (newPath !== undefined && posix.dirname(newPath) !== posix.dirname(String(path))) {
      return refusePath(newPath, 'đổi tên chỉ được trong cùng thư mục của bài.');
    }
  }
  return undefined;
}
