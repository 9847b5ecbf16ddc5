/**
 * The /docs page: the OpenAPI document rendered on the server as plain HTML with one local style
 * sheet. No script, no CDN, no font (docs/design.md "no third-party requests"; the CSP allows 'self' only).
 */

type JsonObject = Record<string, unknown>;

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function typeOf(schema: JsonObject): string {
  if (Array.isArray(schema.enum))
    return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(", ")}`;
  if (typeof schema.const !== "undefined") return JSON.stringify(schema.const);
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonObject[]).map(typeOf).join(" or ");
  if (schema.type === "array" && typeof schema.items === "object" && schema.items !== null) {
    return `list of ${typeOf(schema.items as JsonObject)}`;
  }
  if (typeof schema.type === "string")
    return schema.format ? `${schema.type} (${schema.format})` : schema.type;
  return "any";
}

function fieldsTable(schema: JsonObject): string {
  const properties = (schema.properties as Record<string, JsonObject> | undefined) ?? {};
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const rows = Object.entries(properties).map(
    ([name, property]) =>
      `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? " <em>required</em>" : ""}</td><td>${escapeHtml(
        typeOf(property),
      )}</td><td>${escapeHtml(String(property.description ?? ""))}</td></tr>`,
  );
  if (rows.length === 0) return "";
  return `<table><thead><tr><th scope="col">field</th><th scope="col">type</th><th scope="col">meaning</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function operationSection(method: string, path: string, operation: JsonObject): string {
  const id = escapeHtml(String(operation.operationId));
  const parameters = (operation.parameters as JsonObject[] | undefined) ?? [];
  const parameterRows = parameters.map(
    (parameter) =>
      `<tr><td><code>${escapeHtml(String(parameter.name))}</code></td><td>${escapeHtml(String(parameter.in))}${
        parameter.required ? ", required" : ""
      }</td><td>${escapeHtml(String(parameter.description ?? typeOf(parameter.schema as JsonObject)))}</td></tr>`,
  );
  const body = (operation.requestBody as JsonObject | undefined)?.content as
    | Record<string, JsonObject>
    | undefined;
  const bodySchema = body?.["application/json"]?.schema as JsonObject | undefined;
  const responses = Object.entries((operation.responses as Record<string, JsonObject>) ?? {}).map(
    ([status, response]) =>
      `<li><code>${escapeHtml(status)}</code> ${escapeHtml(String(response.description))}</li>`,
  );
  const description = String(operation.description ?? "")
    .split("\n\n")
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join("");
  return `<section id="${id}" aria-labelledby="${id}-title">
<h3 id="${id}-title"><span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p class="summary">${escapeHtml(String(operation.summary ?? ""))}</p>
${description}
${parameterRows.length > 0 ? `<h4>Parameters</h4><table><thead><tr><th scope="col">name</th><th scope="col">where</th><th scope="col">meaning</th></tr></thead><tbody>${parameterRows.join("")}</tbody></table>` : ""}
${
  bodySchema === undefined
    ? ""
    : `<h4>Request body (JSON)</h4>${fieldsTable(bodySchema)}<details><summary>Full JSON Schema</summary><pre>${escapeHtml(
        JSON.stringify(bodySchema, null, 2),
      )}</pre></details>`
}
<h4>Responses</h4><ul>${responses.join("")}</ul>
</section>`;
}

/** Renders the whole document; every string from it is escaped. */
export function docsPage(document: JsonObject): string {
  const info = document.info as JsonObject;
  const paths = document.paths as Record<string, Record<string, JsonObject>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const tags = [...new Set(operations.map(({ operation }) => String((operation.tags as string[])[0])))];
  const contents = tags
    .map(
      (tag) =>
        `<li>${escapeHtml(tag)}<ul>${operations
          .filter(({ operation }) => (operation.tags as string[])[0] === tag)
          .map(
            ({ method, path, operation }) =>
              `<li><a href="#${escapeHtml(String(operation.operationId))}">${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</a></li>`,
          )
          .join("")}</ul></li>`,
    )
    .join("");
  const tagDescriptions = new Map(
    ((document.tags as JsonObject[] | undefined) ?? []).map((tag) => [String(tag.name), tag.description]),
  );
  const sections = tags
    .map(
      (tag) =>
        `<h2>${escapeHtml(tag)}</h2>${
          typeof tagDescriptions.get(tag) === "string"
            ? `<p>${escapeHtml(String(tagDescriptions.get(tag)))}</p>`
            : ""
        }${operations
          .filter(({ operation }) => (operation.tags as string[])[0] === tag)
          .map(({ method, path, operation }) => operationSection(method, path, operation))
          .join("\n")}`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title))} ${escapeHtml(String(info.version))}</title>
<link rel="stylesheet" href="/docs/docs.css">
</head>
<body>
<header>
<h1>${escapeHtml(String(info.title))} <small>${escapeHtml(String(info.version))}</small></h1>
<p>${escapeHtml(String(info.description))}</p>
<p>The machine-readable description is at <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
</header>
<nav aria-label="Operations"><ul>${contents}</ul></nav>
<main>
${sections}
</main>
</body>
</html>
`;
}

export const DOCS_STYLESHEET = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:62rem;padding:1rem;color:#1a1a1a;background:#fff}
h1 small{font-size:.6em;color:#555}
h2{border-bottom:2px solid #2a5d8f;margin-top:2.5rem}
section{border:1px solid #ccd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.method{display:inline-block;min-width:4.5rem;font-family:ui-monospace,monospace;color:#fff;background:#2a5d8f;border-radius:4px;padding:0 .4rem;text-align:center}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #ccd;padding:.25rem .5rem;text-align:left;vertical-align:top}
pre{overflow:auto;background:#f4f6f8;padding:.5rem;max-height:30rem}
a{color:#1d4f7c}
a:focus,summary:focus{outline:3px solid #e0a800;outline-offset:2px}
`;
