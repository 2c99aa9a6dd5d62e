import { create } from 'zustand';

export const sections = ['releases', 'contacts', 'settings'] as const;
export type Section = (typeof sections)[number];

interface NavigationState {
  section: Section;
  /** The release open in the editor, or null for the release list. */
  editingReleaseId: string | null;
  /** True while the "new release" dialog should be open (from the button, the menu or Ctrl+N). */
  newReleaseDialogOpen: boolean;
  /** True while the quick-lookup palette (Ctrl/Cmd+K) is open. */
  lookupOpen: boolean;
  goTo: (section: Section) => void;
  openRelease: (id: string) => void;
  closeRelease: () => void;
  openLookup: () => void;
  closeLookup: () => void;
  openNewReleaseDialog: () => void;
  closeNewReleaseDialog: () => void;
}

/** Which section is on screen, which release is open, and the dialogs menu commands can open. */
export const useNavigation = create<NavigationState>()((set) => ({
  section: 'releases',
  editingReleaseId: null,
  newReleaseDialogOpen: false,
  lookupOpen: false,
  // Choosing "Releases" again from anywhere shows the list.
  goTo: (section) => set(section === 'releases' ? { section, editingReleaseId: null } : { section }),
  openRelease: (id) => set({ section: 'releases', editingReleaseId: id }),
  closeRelease: () => set({ editingReleaseId: null }),
  openLookup: () => set({ lookupOpen: true }),
  closeLookup: () => set({ lookupOpen: false }),
  openNewReleaseDialog: () => set({ section: 'releases', newReleaseDialogOpen: true }),
  closeNewReleaseDialog: () => set({ newReleaseDialogOpen: false }),
}));
