import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { installFakeNewsroom } from '../../fake-newsroom';
import { renderApp } from '../../render-app';

describe('adding a contact', () => {
  it('refuses a contact with no name and a bad email, and says why', async () => {
    const api = installFakeNewsroom();
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Contacts' }));
    await user.click(await screen.findByRole('button', { name: 'Add a contact' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Add an email address' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Email 1' }), 'not-an-address');
    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    expect(within(dialog).getByText('Enter a name or an organisation.')).toBeInTheDocument();
    expect(within(dialog).getByText('This is not an email address.')).toBeInTheDocument();
    expect(api.createContact).not.toHaveBeenCalled();
  });

  it('shows a translated error notification when main cannot save, and keeps what was typed', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const api = installFakeNewsroom();
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Contacts' }));
    await user.click(await screen.findByRole('button', { name: 'Add a contact' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Family name' }), '  Müller ');
    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));

    expect(api.createContact).toHaveBeenCalledWith(
      expect.objectContaining({ familyName: 'Müller', givenName: '', emails: [], phones: [], address: null }),
    );
    expect(await screen.findByText(/Newsroom could not save to disk/)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Family name' })).toHaveValue('  Müller ');
    expect(consoleError).toHaveBeenCalledWith(expect.objectContaining({ code: 'WRITE_FAILED' }));
    consoleError.mockRestore();
  });
});
