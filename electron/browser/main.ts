/**
 * `npm run start:browser`: the app in the local browser, for machines where Electron cannot run. Plain Node
 * (no Electron), started from the sources with tsx, serving the production renderer build in `out/renderer`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataFolder } from '../data-folder';
import { startBrowserMode } from './mode';
import { hasDisplay, openInBrowser } from './open-browser';

const rendererRoot = resolve(import.meta.dirname, '../../out/renderer');

async function main(): Promise<void> {
  if (!existsSync(rendererRoot)) {
    console.error(`Hostwise: no renderer build in ${rendererRoot}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const folder = dataFolder(process.platform, process.env);
  const mode = await startBrowserMode({ dataFolder: folder, rendererRoot });
  console.log(`Hostwise is running in your browser at\n\n    ${mode.entryUrl}\n`);
  console.log(`The address is yours alone (it carries a secret for this start). Saved profiles: ${folder}`);
  console.log('Press Ctrl+C to stop.');
  const opened = hasDisplay(process.platform, process.env) && (await openInBrowser(mode.entryUrl));
  if (!opened) console.log('Open the address above in your browser.');
  const stop = () => {
    console.log('\nStopping Hostwise…');
    mode.stop().then(
      () => console.log('Stopped. Every saved profile is on disk.'),
      (error: unknown) => {
        console.error(`Hostwise could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Hostwise could not start in the browser: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
