/** Browser preview entry (wired to the fake Excel when it lands). */
import { showStartupMessage } from '../mount';

showStartupMessage('Bản xem thử / Preview');
