/**
 * What the app is pointed at: the network and its seeds, the data folder, and the desktop app's own settings file
 * in it. {@link org.swarmchat.app.config.AppSettingsFile} is the only class here that reads or writes a file.
 */
package org.swarmchat.app.config;
