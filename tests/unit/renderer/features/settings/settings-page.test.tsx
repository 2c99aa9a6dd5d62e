import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeNewsroom } from '../../fake-newsroom';
import { renderApp } from '../../render-app';

describe('the settings screen', () => {
  it('switches the interface to French through the api, and back', async () => {
    const api = installFakeNewsroom();
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    await user.click(within(screen.getByRole('radiogroup', { name: 'Language' })).getByText('Français'));

    expect(api.updateSettings).toHaveBeenLastCalledWith({ uiLanguage: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Réglages' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');

    await user.click(within(screen.getByRole('radiogroup', { name: 'Langue' })).getByText('English'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });

  it('saves the organisation only when it changed, trimmed', async () => {
    const api = installFakeNewsroom();
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    const save = screen.getAllByRole('button', { name: 'Save' })[0]!;
    expect(save).toBeDisabled();

    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, '  Bureau de presse  ');
    await user.click(save);
    expect(api.updateSettings).toHaveBeenLastCalledWith({
      organisation: { name: 'Bureau de presse', address: '', website: '', email: '', phone: '' },
    });
  });
});
