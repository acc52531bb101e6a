import { createServer } from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";

/**
 * A local stand-in for the Bot Framework channel's OpenID metadata and signing keys
 * (login.botframework.com/v1/.well-known/openidconfiguration), so tokens can be checked
 * without the internet. Keys carry the "msteams" endorsement as the real ones do.
 */
export interface FakeBotFrameworkKeys {
  metadataUrl: string;
  /** Signs a token as the Teams channel would for `appId`, claiming `serviceUrl`. */
  sign(
    claims: { appId: string; serviceUrl: string; expiresInSeconds?: number; issuer?: string },
    key?: "trusted" | "untrusted",
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startFakeBotFrameworkKeys(): Promise<FakeBotFrameworkKeys> {
  const trusted = await generateKeyPair("RS256", { extractable: true });
  const untrusted = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(trusted.publicKey)), kid: "trusted-key", use: "sig", endorsements: ["msteams"] };
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    res.setHeader("content-type", "application/json");
    if (req.url === "/v1/.well-known/openidconfiguration") {
      res.end(
        JSON.stringify({
          issuer: "https://api.botframework.com",
          jwks_uri: `${base}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
        }),
      );
    } else if (req.url === "/v1/.well-known/keys") {
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.statusCode = 404;
      res.end("{}");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    metadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    async sign(
      { appId, serviceUrl, expiresInSeconds = 3600, issuer = "https://api.botframework.com" },
      key = "trusted",
    ) {
      const privateKey: CryptoKey = key === "trusted" ? trusted.privateKey : untrusted.privateKey;
      return new SignJWT({ serviceurl: serviceUrl })
        .setProtectedHeader({ alg: "RS256", kid: "trusted-key", typ: "JWT" })
        .setIssuer(issuer)
        .setAudience(appId)
        .setIssuedAt()
        .setNotBefore(Math.floor(Date.now() / 1000) - 60)
        .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
        .sign(privateKey);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
