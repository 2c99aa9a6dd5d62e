import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { installFakeNewsroom } from '../../fake-newsroom';
import { renderApp } from '../../render-app';

describe('adding a contact', () => {
  it('shows a translated error notification when main cannot save, and keeps what was typed', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const api = installFakeNewsroom();
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Contacts' }));
    await user.click(await screen.findByRole('button', { name: 'Add a contact' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Family name/), 'Müller');
    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));

    expect(api.createContact).toHaveBeenCalledWith(
      expect.objectContaining({ familyName: 'Müller', emails: [], phones: [] }),
    );
    expect(await screen.findByText(/Newsroom could not save to disk/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Family name/)).toHaveValue('Müller');
    expect(consoleError).toHaveBeenCalledWith(expect.objectContaining({ code: 'WRITE_FAILED' }));
    consoleError.mockRestore();
  });
});
