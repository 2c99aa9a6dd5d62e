import { create } from 'zustand';

export const sections = ['releases', 'contacts', 'settings'] as const;
export type Section = (typeof sections)[number];

interface NavigationState {
  section: Section;
  /** True while the "new release" dialog should be open (from the button, the menu or Ctrl+N). */
  newReleaseDialogOpen: boolean;
  goTo: (section: Section) => void;
  openNewReleaseDialog: () => void;
  closeNewReleaseDialog: () => void;
}

/** Which section is on screen, and the dialogs that menu commands can open from anywhere. */
export const useNavigation = create<NavigationState>()((set) => ({
  section: 'releases',
  newReleaseDialogOpen: false,
  goTo: (section) => set({ section }),
  openNewReleaseDialog: () => set({ section: 'releases', newReleaseDialogOpen: true }),
  closeNewReleaseDialog: () => set({ newReleaseDialogOpen: false }),
}));
