// The script of dist/cdn/redirect.html: a blank page whose only job is handing auth responses back.
import { completeAuthRedirect } from '../redirect.js';

void completeAuthRedirect();
