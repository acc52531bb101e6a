import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from "jose";

/** A local stand-in for Entra's key endpoint (`/discovery/v2.0/keys`). */
export interface FakeJwks {
  /** Address of the key set, for ENTRA_JWKS_URL. */
  url: string;
  /** The private key whose public half is published; sign test tokens with it. */
  privateKey: CryptoKey;
  kid: string;
  /** When true the endpoint answers 500, as a failing key endpoint would. */
  setFailing(failing: boolean): void;
  /** How many times the key set was fetched. */
  requests(): number;
  close(): Promise<void>;
}

/** Generates an RS256 key pair and serves its public JWK on 127.0.0.1 at a free port. */
export async function startFakeJwks(kid = "test-key-1"): Promise<FakeJwks> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  let failing = false;
  let count = 0;
  const server: Server = createServer((req, res) => {
    count += 1;
    if (failing) {
      // Separate calls: restify patches ServerResponse, and its writeHead does not return `this`.
      res.writeHead(500, { "content-type": "text/plain" });
      res.end("key endpoint down");
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/common/discovery/v2.0/keys`,
    privateKey,
    kid,
    setFailing: (f) => {
      failing = f;
    },
    requests: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
