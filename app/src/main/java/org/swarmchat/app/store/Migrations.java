package org.swarmchat.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The numbered, forward-only schema migrations in {@code migrations/V<n>__<what>.sql}. The schema version is
 * {@code PRAGMA user_version}; each step runs in a transaction of its own that also sets the version.
 */
final class Migrations {
    /** The steps in order; step n brings the schema to version n. */
    static final List<String> STEPS = List.of("V1__initial.sql");
    /** The schema version this code writes. */
    static final int LATEST = STEPS.size();

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    static int version(DbConnection db) {
        return (int) db.queryLong("PRAGMA user_version");
    }

    static DataTooNewException tooNew(DbConnection db, int version) {
        return new DataTooNewException("The database " + db.file() + " was written by a newer Swarmchat (schema "
                + version + ", this one knows " + LATEST + "). Update Swarmchat to open it; it was left unchanged.");
    }

    /** Brings the schema up to {@link #LATEST}. */
    static void migrate(DbConnection db) {
        int version = version(db);
        if (version > LATEST) {
            throw tooNew(db, version);
        }
        for (int next = version + 1; next <= LATEST; next++) {
            String step = STEPS.get(next - 1);
            LOG.info("Migrating {} to schema {} ({})", db.file(), next, step);
            db.execute("BEGIN IMMEDIATE");
            try {
                for (String statement : statements(load(step))) {
                    db.execute(statement);
                }
                db.execute("PRAGMA user_version = " + next);
                db.execute("COMMIT");
            } catch (RuntimeException e) {
                db.execute("ROLLBACK");
                throw e;
            }
        }
    }

    /** Splits a script at the semicolons that end a line, leaving out comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String load(String step) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + step)) {
            if (in == null) {
                throw new IllegalStateException("migration " + step + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + step, e);
        }
    }
}
