import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { MenuCommand } from '../../shared/api';
import { openedFiles, type FilesToImport } from './import-files';
import { useNotify } from './notify';
import { href, navigate } from './router';

/** What reaches the screen from outside it: a menu command, or files opened with the app or dropped on the window. */
export type Push = { kind: 'menu'; command: MenuCommand } | { kind: 'files'; files: FilesToImport };

/** Does what the push asks on the screen on view; false when that screen has nothing to do with it. */
export type PushHandler = (push: Push) => boolean;

interface Desk {
  handler: PushHandler | null;
  /** Pushes on their way to the library, which handles them once it is on screen. */
  waiting: Push[];
}

const DeskContext = createContext<Desk | null>(null);
const DeliverContext = createContext<((push: Push) => void) | null>(null);

/** What the library does when the screen on view does not: create, import (also opened files), export. */
const forLibrary = (push: Push) => push.kind === 'files' || push.command !== 'report.exportPdf';

/** Hands each push to the screen on view, or takes it to the library, so no command is lost on another screen. */
export function PushProvider({ children }: { children: ReactNode }) {
  const notify = useNotify();
  const [desk] = useState<Desk>(() => ({ handler: null, waiting: [] }));
  const [deliver] = useState(() => (push: Push) => {
    if (desk.handler?.(push)) return;
    if (!forLibrary(push)) return notify.toast('Open a profile, or select profiles in the library, to export a PDF report.');
    desk.waiting.push(push);
    navigate(href.library());
  });
  useEffect(() => {
    const stopMenu = window.hostwise.onMenuCommand((command) => deliver({ kind: 'menu', command }));
    const stopFiles = window.hostwise.onOpenFiles((opened) => deliver({ kind: 'files', files: openedFiles(opened) }));
    return () => {
      stopMenu();
      stopFiles();
    };
  }, [deliver]);
  return (
    <DeskContext.Provider value={desk}>
      <DeliverContext.Provider value={deliver}>{children}</DeliverContext.Provider>
    </DeskContext.Provider>
  );
}

/** Hands a push to the screen on view as if the main process had sent it (files dropped on the window). */
export function useDeliver(): (push: Push) => void {
  const deliver = useContext(DeliverContext);
  if (!deliver) throw new Error('useDeliver needs a <PushProvider>.');
  return deliver;
}

/** Makes `handler` the screen's answer to pushes while it is mounted; `takeWaiting` also handles those sent to it. */
export function usePushHandler(handler: PushHandler, takeWaiting = false): void {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('usePushHandler needs a <PushProvider>.');
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const own: PushHandler = (push) => latest.current(push);
    desk.handler = own;
    if (takeWaiting) for (const push of desk.waiting.splice(0)) own(push);
    return () => {
      if (desk.handler === own) desk.handler = null;
    };
  }, [desk, takeWaiting]);
}
