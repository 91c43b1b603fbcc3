// `node --import ./register.mjs main.js`: every import of 'electron' gets the fake next to this file.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
