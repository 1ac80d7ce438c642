/** The one generation step, shared by `npm run generate:client` and the test that checks the committed types are current. */
import openapiTS, { astToString } from 'openapi-typescript'

export const HEADER = '/* Generated from /api/openapi.json by `npm run generate:client`: do not edit. */\n'

export async function generateClientTypes(document: object): Promise<string> {
  return HEADER + astToString(await openapiTS(document as never))
}
