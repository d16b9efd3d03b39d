import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";

export interface ListeningServer {
  readonly port: number;
  close(): Promise<void>;
}

/** One HTTP server on 127.0.0.1 and an ephemeral port, serving REST and upgrading "/" to the gateway. */
export async function listen(
  onRequest: (req: IncomingMessage, res: ServerResponse) => void,
  onGatewayUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void,
): Promise<ListeningServer> {
  const server = createServer(onRequest);
  server.on("upgrade", (req, socket, head) => {
    const path = new URL(req.url ?? "/", "http://standin.invalid").pathname;
    if (path === "/") return onGatewayUpgrade(req, socket, head);
    socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // undici keeps sockets alive after the client is destroyed; without this close() would wait for them.
        server.closeAllConnections();
      }),
  };
}
