package org.dialectica.team;

import java.util.Optional;

/**
 * Asks a person for the user name and password (for most hosts: an access token) a git remote wants.
 * The workbench registers one as an OSGi service that shows a dialog; the command line has none and
 * uses only the non-interactive sources (the remote URL, the environment, {@code ~/.netrc}; see
 * docs/team.md). Called from the thread running the git operation, never the UI thread's caller.
 */
public interface CredentialsPrompt {

    /**
     * @param remoteUri the remote, without any password
     * @param retry     whether credentials given before for this remote were refused
     * @return the credentials, or empty when the person cancelled
     */
    Optional<Credentials> ask(String remoteUri, boolean retry);

    /** A user name and a password or token. */
    record Credentials(String username, String password) {

        public Credentials {
            if (username == null || username.isEmpty() || password == null) {
                throw new IllegalArgumentException("a user name and a password are needed");
            }
        }

        @Override
        public String toString() {
            return "Credentials[" + username + ", password hidden]";
        }
    }
}
