package org.swarmchat.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = SwarmchatCommand.class.getPackage().getImplementationVersion();
        return new String[] {"swarmchat " + (v != null ? v : "development")};
    }
}
