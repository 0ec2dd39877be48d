/** The limits a `src` must stay within. */
export const SRC_LIMITS = {
  /** Largest response accepted, in bytes: 20 MiB holds about 100,000 events. */
  maxBytes: 20 * 1024 * 1024,
  /** Longest a response may take, headers to last byte, in milliseconds. */
  timeoutMs: 20_000,
};

/** Why custom data could not be used. `too-many`: more events than `MAX_EVENTS`. */
export type LoadFailureKind = 'network' | 'http' | 'json' | 'size' | 'timeout' | 'too-many';

/** A dataset that could not be loaded, and why. */
export interface LoadFailure {
  kind: LoadFailureKind;
  /** Where the data came from: a `src` URL, `"inline"` for a `<script type="application/json">` child, or `"data"`. */
  source: string;
  /** The HTTP status for `http`; the size in bytes for `size`; the number of events for `too-many`. */
  value?: number;
}

/** Where the element is with its data: nothing pending, loading a `src` (bytes so far), or failed. */
export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'failed'; failure: LoadFailure };

/** Thrown by `fetchDataset` with the failure. */
export class LoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(`${failure.kind} loading ${failure.source}${failure.value === undefined ? '' : ` (${failure.value})`}`);
  }
}

export interface FetchOptions {
  /** Aborts the request (quietly: an aborted load rejects with the signal's reason, not a `LoadError`). */
  signal: AbortSignal;
  /** Bytes received so far, and the total when the server said it. */
  onProgress?: (loaded: number, total: number | null) => void;
  maxBytes?: number;
  timeoutMs?: number;
}

/**
 * Fetches and parses a JSON file without credentials or referrer, within a size and a time limit. Rejects with a
 * `LoadError` that says which of network, HTTP status, size, time or JSON failed.
 */
export async function fetchDataset(url: string, options: FetchOptions): Promise<unknown> {
  const { signal, onProgress, maxBytes = SRC_LIMITS.maxBytes, timeoutMs = SRC_LIMITS.timeoutMs } = options;
  const fail = (kind: LoadFailureKind, value?: number) => new LoadError({ kind, source: url, value });
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(fail('timeout')), timeoutMs);
  const abort = () => timeout.abort(signal.reason);
  signal.addEventListener('abort', abort);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'application/json' },
        signal: timeout.signal,
      });
    } catch {
      throw timeout.signal.aborted ? timeout.signal.reason : fail('network');
    }
    if (!response.ok) throw fail('http', response.status);
    const total = Number(response.headers.get('content-length')) || null;
    if (total !== null && total > maxBytes) throw fail('size', total);
    const text = await readText(response, total, maxBytes, fail, onProgress, timeout.signal).catch((e: unknown) => {
      throw e instanceof LoadError || timeout.signal.aborted ? (timeout.signal.reason ?? e) : fail('network');
    });
    try {
      return JSON.parse(text);
    } catch {
      throw fail('json');
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/** Reads a body chunk by chunk, reporting progress and stopping as soon as it passes `maxBytes`. */
async function readText(
  response: Response,
  total: number | null,
  maxBytes: number,
  fail: (kind: LoadFailureKind, value?: number) => LoadError,
  onProgress: FetchOptions['onProgress'],
  signal: AbortSignal,
): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  let loaded = 0;
  for (;;) {
    if (signal.aborted) throw signal.reason;
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > maxBytes) {
      void reader.cancel();
      throw fail('size', loaded);
    }
    text += decoder.decode(value, { stream: true });
    onProgress?.(loaded, total);
  }
  return text + decoder.decode();
}
