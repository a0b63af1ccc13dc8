export { AcquirerModule } from './acquirer.module.js';
export type { AcquirerPort, CardPayment } from './ports/acquirer.port.js';
export { ACQUIRER_PORT } from './ports/acquirer.port.js';
