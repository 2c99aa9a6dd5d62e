import { createTheme, Drawer, Modal } from '@mantine/core';

/**
 * Mantine's default look, with one change for the CSP: dialogs do not lock the page's scroll,
 * because the scroll lock injects an inline <style> that the policy blocks. The page itself never
 * scrolls (only the main region does), so there is nothing to lock.
 */
export const theme = createTheme({
  components: {
    Modal: Modal.extend({ defaultProps: { lockScroll: false } }),
    Drawer: Drawer.extend({ defaultProps: { lockScroll: false } }),
  },
});
