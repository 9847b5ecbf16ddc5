/**
 * The records API declares its routes like every other route (routes/api-route.ts); these are the
 * records module's names for the same declaration, so a record route reads as one.
 */
export {
  API_BODY_LIMIT as RECORD_BODY_LIMIT,
  type ApiResponse as RecordResponse,
  type ApiRoute as RecordRoute,
  type ApiRouteInput as RecordRouteInput,
  apiRoute as recordRoute,
  registerApiRoutes as registerRecordRouteTable,
} from "../routes/api-route.js";
