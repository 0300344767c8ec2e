import type { Language } from '../languages.js';
import { cs } from './cs.js';
import { de } from './de.js';
import { en, type Catalog } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

/** Every language's catalog (English is the reference: the others have its keys and placeholders). */
export const CATALOGS: Readonly<Record<Language, Catalog>> = { en, de, fr, es, cs };
