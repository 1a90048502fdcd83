package org.swarmchat.devnet.node;

import org.swarmchat.devnet.store.Namespaces;

/**
 * The {@code namespace} of {@code delete_all}, {@code delete_before} and {@code expire_all}: one namespace or all.
 *
 * @param all whether every namespace is meant
 * @param namespace the namespace when not {@code all}
 */
record NamespaceOrAll(boolean all, int namespace) {
    static final NamespaceOrAll ALL = new NamespaceOrAll(true, 0);

    static NamespaceOrAll of(int namespace) {
        return new NamespaceOrAll(false, namespace);
    }

    /** The namespace as signed: "all", "" for 0, else decimal. */
    String signatureText() {
        return all ? "all" : Namespaces.signatureText(namespace);
    }

    /** The namespace to filter on, null for all. */
    Integer filter() {
        return all ? null : namespace;
    }
}
