import { AppFailure } from '../../shared/result';
import type { Contact } from '../../shared/schemas/contact';
import type { NewsroomStore } from '../store/newsroom-store';

/** The stored contact with this id, or undefined when there is none (deleted since it was chosen). */
export function findContact(store: NewsroomStore, id: string): Contact | undefined {
  try {
    return store.contacts.get(id);
  } catch (error) {
    if (error instanceof AppFailure && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}
