/** `npm run bench`: every benchmark of the project, printing figures and ratios. */
import { benchEngine } from './engine';

benchEngine();
