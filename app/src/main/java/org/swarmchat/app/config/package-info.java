/** What the app is pointed at: the network and its seeds, and the data folder. No I/O beyond path arithmetic. */
package org.swarmchat.app.config;
