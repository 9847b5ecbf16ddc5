/**
 * The parts of FHIR R4 resources that scoring reads and writes (hl7.org/fhir/R4; docs/design/instruments.md
 * §2.1). Input is checked at run time by the import, so these types describe what has been checked.
 */

export interface FhirExtension {
  readonly url: string;
  readonly valueDecimal?: number;
  readonly valueInteger?: number;
  readonly valueString?: string;
  readonly valueCoding?: FhirCoding;
  readonly valueExpression?: {
    readonly language: string;
    readonly expression?: string;
    readonly description?: string;
  };
}

export interface FhirCoding {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
  readonly extension?: readonly FhirExtension[];
}

export interface FhirReference {
  readonly reference?: string;
  readonly display?: string;
}

export interface QuestionnaireAnswerOption {
  readonly valueCoding?: FhirCoding;
  readonly valueInteger?: number;
  readonly valueString?: string;
  readonly extension?: readonly FhirExtension[];
}

export interface QuestionnaireEnableWhen {
  readonly question: string;
  readonly operator: "exists" | "=" | "!=" | ">" | "<" | ">=" | "<=";
  readonly answerBoolean?: boolean;
  readonly answerDecimal?: number;
  readonly answerInteger?: number;
  readonly answerString?: string;
  readonly answerCoding?: FhirCoding;
}

export interface QuestionnaireItem {
  readonly linkId: string;
  readonly prefix?: string;
  readonly type: string;
  readonly text?: string;
  readonly code?: readonly FhirCoding[];
  readonly required?: boolean;
  readonly repeats?: boolean;
  readonly readOnly?: boolean;
  readonly answerOption?: readonly QuestionnaireAnswerOption[];
  readonly answerValueSet?: string;
  readonly enableWhen?: readonly QuestionnaireEnableWhen[];
  readonly enableBehavior?: "all" | "any";
  readonly extension?: readonly FhirExtension[];
  readonly item?: readonly QuestionnaireItem[];
}

export interface ValueSetConcept {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
  readonly extension?: readonly FhirExtension[];
  readonly contains?: readonly ValueSetConcept[];
}

export interface CodeSystemConcept {
  readonly code?: string;
  readonly display?: string;
  readonly extension?: readonly FhirExtension[];
  readonly property?: readonly {
    readonly code: string;
    readonly valueDecimal?: number;
    readonly valueInteger?: number;
  }[];
  readonly concept?: readonly CodeSystemConcept[];
}

export interface ContainedResource {
  readonly resourceType: string;
  readonly id?: string;
  readonly url?: string;
  /** ValueSet */
  readonly expansion?: { readonly contains?: readonly ValueSetConcept[] };
  readonly compose?: {
    readonly include?: readonly {
      readonly system?: string;
      readonly concept?: readonly {
        readonly code?: string;
        readonly display?: string;
        readonly extension?: readonly FhirExtension[];
      }[];
    }[];
  };
  /** CodeSystem */
  readonly concept?: readonly CodeSystemConcept[];
}

export interface Questionnaire {
  readonly resourceType: "Questionnaire";
  readonly id?: string;
  readonly meta?: { readonly profile?: readonly string[] };
  readonly subjectType?: readonly string[];
  readonly description?: string;
  readonly url?: string;
  readonly version?: string;
  readonly name?: string;
  readonly title?: string;
  readonly status: string;
  readonly code?: readonly FhirCoding[];
  readonly copyright?: string;
  readonly contained?: readonly ContainedResource[];
  readonly item?: readonly QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  readonly valueBoolean?: boolean;
  readonly valueDecimal?: number;
  readonly valueInteger?: number;
  readonly valueString?: string;
  readonly valueCoding?: FhirCoding;
  readonly valueQuantity?: { readonly value?: number };
  readonly extension?: readonly FhirExtension[];
  readonly item?: readonly QuestionnaireResponseItem[];
}

export interface QuestionnaireResponseItem {
  readonly linkId: string;
  readonly text?: string;
  readonly answer?: readonly QuestionnaireResponseAnswer[];
  readonly item?: readonly QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  readonly resourceType: "QuestionnaireResponse";
  readonly id?: string;
  readonly questionnaire?: string;
  readonly status: string;
  readonly subject?: FhirReference;
  readonly encounter?: FhirReference;
  readonly authored?: string;
  readonly author?: FhirReference;
  readonly item?: readonly QuestionnaireResponseItem[];
}

export const LOINC_SYSTEM = "http://loinc.org";
