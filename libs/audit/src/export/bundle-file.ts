import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { link, unlink } from 'node:fs/promises';
import { once } from 'node:events';

/**
 * Gives `produce` a sink writing to a temporary file beside `file`, linked into place only once
 * `produce` has finished: a failed export leaves no half bundle that could be taken for a whole one,
 * and an existing file is never overwritten (EEXIST).
 */
export async function writeBundleFile<T>(file: string, produce: (sink: (text: string) => Promise<void>) => Promise<T>): Promise<T> {
  const temporary = `${file}.${randomBytes(4).toString('hex')}.partial`;
  const stream = createWriteStream(temporary, { flags: 'wx' });
  // A write error surfaces through `drain`/`finish` below; without a listener it would crash the process.
  let failed: Error | undefined;
  stream.on('error', (error) => (failed ??= error));
  const sink = async (text: string) => {
    if (failed) throw failed;
    if (!stream.write(text, 'utf8')) await once(stream, 'drain');
  };
  try {
    const result = await produce(sink);
    stream.end();
    await once(stream, 'finish');
    // A hard link, unlike a rename, refuses to replace a file already there.
    await link(temporary, file);
    await unlink(temporary);
    return result;
  } catch (error) {
    if (!stream.writableEnded) stream.end();
    if (!stream.closed) await once(stream, 'close').catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
