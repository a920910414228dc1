import baseConfig from '../../../eslint.config.mjs';
import { serverRules } from '../../../eslint.server.mjs';

export default [...baseConfig, ...serverRules];
