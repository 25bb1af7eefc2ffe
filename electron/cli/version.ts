// The bundler inlines the version into the built CLI and main process; tsx reads package.json from source.
import { version } from '../../package.json';

/** The version of Hostwise, as `hostwise --version` prints it. */
export const appVersion: string = version;
