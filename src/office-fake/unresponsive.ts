import { HostSwitch } from './host-switch';

/**
 * A host that stops answering: on Excel on the web, `context.sync()` sometimes never resolves nor
 * rejects (office-js issues 4805, 6678), and later runs hang too. While the fake is unresponsive,
 * every sync waits (recorded in `fake.syncs` once it is sent, nothing applied meanwhile); when it
 * answers again, the waiting syncs go on as Excel would if it came back.
 */
export class Unresponsive extends HostSwitch {}
