import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../shared/languages';
import type { MenuCommand } from '../shared/ipc/events';
import { menuLabels } from './menu-labels';

export interface MenuActions {
  /** Asks the renderer to do something: create a release, go to a section. */
  command: (command: MenuCommand) => void;
  showDataFolder: () => void;
  openDocumentation: () => void;
  showAbout: () => void;
}

/**
 * File, Edit, View, Window and Help, with the usual accelerators, in the interface's language.
 * On macOS the app menu comes first, as the platform expects.
 */
export function buildApplicationMenu(
  language: UiLanguage,
  actions: MenuActions,
  isDevelopment: boolean,
): Menu {
  const l = menuLabels(language);
  const isMac = process.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = {
    label: 'Newsroom',
    submenu: [
      { label: l.about, click: actions.showAbout },
      { type: 'separator' },
      { label: l.settings, accelerator: 'CmdOrCtrl+,', click: () => actions.command('go-settings') },
      { type: 'separator' },
      { role: 'services', label: l.services },
      { type: 'separator' },
      { role: 'hide', label: l.hide },
      { role: 'hideOthers', label: l.hideOthers },
      { role: 'unhide', label: l.unhide },
      { type: 'separator' },
      { role: 'quit', label: l.quit },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      { label: l.newRelease, accelerator: 'CmdOrCtrl+N', click: () => actions.command('new-release') },
      { label: l.importRelease, accelerator: 'CmdOrCtrl+O', click: () => actions.command('import-release') },
      { label: l.exportPdf, accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.command('export-pdf') },
      { type: 'separator' },
      { label: l.importContacts, click: () => actions.command('import-contacts') },
      { label: l.exportContacts, click: () => actions.command('export-contacts') },
      ...(isMac
        ? []
        : ([
            { type: 'separator' },
            { label: l.settings, accelerator: 'CmdOrCtrl+,', click: () => actions.command('go-settings') },
            { type: 'separator' },
            { role: 'quit', label: l.quit, accelerator: 'CmdOrCtrl+Q' },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      { role: 'undo', label: l.undo },
      { role: 'redo', label: l.redo },
      { type: 'separator' },
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'pasteAndMatchStyle', label: l.pasteAndMatchStyle },
      { role: 'delete', label: l.delete },
      { type: 'separator' },
      { role: 'selectAll', label: l.selectAll },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      { label: l.releases, accelerator: 'CmdOrCtrl+1', click: () => actions.command('go-releases') },
      { label: l.contacts, accelerator: 'CmdOrCtrl+2', click: () => actions.command('go-contacts') },
      { label: l.quickLookup, accelerator: 'CmdOrCtrl+K', click: () => actions.command('quick-lookup') },
      { type: 'separator' },
      { role: 'resetZoom', label: l.actualSize },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: l.fullScreen },
      ...(isDevelopment
        ? ([
            { type: 'separator' },
            { role: 'reload', label: l.reload },
            { role: 'toggleDevTools', label: l.devTools },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: l.window,
    submenu: [
      { role: 'minimize', label: l.minimize },
      { role: 'zoom', label: l.zoom },
      { role: 'close', label: l.close },
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: l.help,
    submenu: [
      { label: l.documentation, click: actions.openDocumentation },
      { label: l.showDataFolder, click: actions.showDataFolder },
      ...(isMac
        ? []
        : ([
            { type: 'separator' },
            { label: l.about, click: actions.showAbout },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };
  return Menu.buildFromTemplate([
    ...(isMac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    windowMenu,
    helpMenu,
  ]);
}
