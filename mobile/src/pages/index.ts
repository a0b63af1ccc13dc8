import './auth-pages.js';
import './kyc-page.js';
import './home-page.js';
import './add-money-pages.js';
import './send-page.js';
import './history-pages.js';
import './withdraw-page.js';
import './profile-page.js';
