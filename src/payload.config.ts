/** The config Payload's CLI and the admin (Next) load. Composition lives in config/build-config.ts. */
import { buildVibeConfig } from './config/build-config'

export default buildVibeConfig()
