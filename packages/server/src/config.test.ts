import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parsePort, prepareDataDirectory, readServerConfig } from "./config.js";

describe("server settings", () => {
  it("serves on 8080 by default and lets PORT override it", () => {
    expect(readServerConfig({}, "/srv").port).toBe(8080);
    expect(readServerConfig({ PORT: "9000" }, "/srv").port).toBe(9000);
    expect(parsePort("0", 8080)).toBe(0);
  });

  it.each(["abc", "80.5", "-1", "65536", "8080x", "1e3"])(
    "refuses PORT=%s with a line naming PORT",
    (value) => {
      expect(() => parsePort(value, 8080)).toThrow(ConfigError);
      expect(() => parsePort(value, 8080)).toThrow(/^PORT must be a whole number from 0 to 65535/);
    },
  );

  it("keeps the embedded database under ./data unless told otherwise", () => {
    expect(readServerConfig({}, "/srv").dataDirectory).toBe("/srv/data");
    expect(readServerConfig({ STEPWISE_DATA_DIR: "/var/lib/stepwise" }, "/srv").dataDirectory).toBe(
      "/var/lib/stepwise",
    );
    expect(readServerConfig({}, "/srv").databaseUrl).toBeUndefined();
  });

  it("uses PostgreSQL when DATABASE_URL is set, and refuses a URL that is not PostgreSQL", () => {
    expect(readServerConfig({ DATABASE_URL: "postgres://u@h/db" }, "/srv").databaseUrl).toBe(
      "postgres://u@h/db",
    );
    expect(() => readServerConfig({ DATABASE_URL: "mysql://u@h/db" }, "/srv")).toThrow(
      /DATABASE_URL must start/,
    );
  });

  it("creates the data folder on first run, and refuses a data path that is a file", () => {
    const base = mkdtempSync(join(tmpdir(), "stepwise-config-"));
    expect(prepareDataDirectory(join(base, "new", "data"))).toBe(join(base, "new", "data"));
    const file = join(base, "data");
    writeFileSync(file, "not a folder");
    expect(() => prepareDataDirectory(file)).toThrow(/is a file, not a folder/);
  });

  it("builds links on http://localhost:PORT unless STEPWISE_PUBLIC_URL names the public address", () => {
    expect(readServerConfig({ PORT: "9000" }, "/srv").publicUrl).toBe("http://localhost:9000");
    expect(readServerConfig({ STEPWISE_PUBLIC_URL: "https://care.example.org/" }, "/srv").publicUrl).toBe(
      "https://care.example.org",
    );
    expect(() => readServerConfig({ STEPWISE_PUBLIC_URL: "ftp://care.example.org" }, "/srv")).toThrow(
      /STEPWISE_PUBLIC_URL must start with https:\/\//,
    );
  });

  it("ends idle sessions after 30 minutes unless STEPWISE_SESSION_IDLE_MINUTES says otherwise", () => {
    expect(readServerConfig({}, "/srv").sessionIdleMinutes).toBe(30);
    expect(readServerConfig({ STEPWISE_SESSION_IDLE_MINUTES: "15" }, "/srv").sessionIdleMinutes).toBe(15);
    expect(readServerConfig({ STEPWISE_SESSION_IDLE_MINUTES: "2.5" }, "/srv").sessionIdleMinutes).toBe(2.5);
    for (const bad of ["0", "0.1", "721", "ten", "-5"]) {
      expect(() => readServerConfig({ STEPWISE_SESSION_IDLE_MINUTES: bad }, "/srv")).toThrow(
        /STEPWISE_SESSION_IDLE_MINUTES must be a number of minutes from 0.5 to 720/,
      );
    }
  });
});
