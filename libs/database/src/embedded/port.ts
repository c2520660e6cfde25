import { createServer } from 'node:net';

/** The error for a port some other program holds, naming the setting that moves ours. */
export function portTaken(port: number): Error {
  return new Error(
    `port ${port} on 127.0.0.1 is already in use by another program; ` +
      `set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use an existing PostgreSQL`,
  );
}

/** Checked before initdb so that a taken port fails fast, with a message naming the setting. */
export async function assertPortFree(port: number): Promise<void> {
  const server = createServer();
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen({ port, host: '127.0.0.1', exclusive: true }, done);
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw portTaken(port);
    throw error;
  } finally {
    await new Promise((done) => server.close(done));
  }
}
