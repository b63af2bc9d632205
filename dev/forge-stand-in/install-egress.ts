/** Imported first by the preview's entry: the egress stand-in must wrap fetch before @forge/api loads. */
import { installEgressFetch } from './egress';

installEgressFetch();
