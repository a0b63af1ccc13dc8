import { initialLocale, useLocale } from './lib/i18n.js';
import './components/eurt-app.js';

// The language first, so the first screen already speaks it; Cordova waits for `deviceready`.
const start = () => void useLocale(initialLocale()).then(() => document.body.append(document.createElement('eurt-app')));
if ('cordova' in window) document.addEventListener('deviceready', start, { once: true });
else start();
