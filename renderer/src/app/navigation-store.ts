import { create } from 'zustand';

export const sections = ['releases', 'contacts', 'settings'] as const;
export type Section = (typeof sections)[number];

interface NavigationState {
  section: Section;
  /** True while the "new release" dialog should be open (from the button, the menu or Ctrl+N). */
  newReleaseDialogOpen: boolean;
  /** True while the quick-lookup palette (Ctrl/Cmd+K) is open. */
  lookupOpen: boolean;
  goTo: (section: Section) => void;
  openLookup: () => void;
  closeLookup: () => void;
  openNewReleaseDialog: () => void;
  closeNewReleaseDialog: () => void;
}

/** Which section is on screen, and the dialogs that menu commands can open from anywhere. */
export const useNavigation = create<NavigationState>()((set) => ({
  section: 'releases',
  newReleaseDialogOpen: false,
  lookupOpen: false,
  goTo: (section) => set({ section }),
  openLookup: () => set({ lookupOpen: true }),
  closeLookup: () => set({ lookupOpen: false }),
  openNewReleaseDialog: () => set({ section: 'releases', newReleaseDialogOpen: true }),
  closeNewReleaseDialog: () => set({ newReleaseDialogOpen: false }),
}));
