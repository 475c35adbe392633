package org.dialectica.team.git;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.dialectica.team.CredentialsPrompt;
import org.dialectica.team.CredentialsPrompt.Credentials;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRC;
import org.eclipse.jgit.transport.URIish;

/**
 * Where the user name and password (token) for an HTTPS remote come from, in this order: the remote URL
 * ({@code https://user:token@host/...}), the environment ({@value #USERNAME_VARIABLE} and
 * {@value #PASSWORD_VARIABLE}), {@code ~/.netrc}, and last the {@link CredentialsPrompt} (the
 * workbench's dialog), whose answer is remembered for the host until the remote refuses it.
 * SSH remotes are not supported (no SSH transport is bundled); they fail with git's own message.
 */
final class RemoteCredentials extends CredentialsProvider {

    static final String USERNAME_VARIABLE = "DIALECTICA_GIT_USERNAME";
    static final String PASSWORD_VARIABLE = "DIALECTICA_GIT_PASSWORD";

    private final Map<String, String> environment;
    private final Path netrc;
    private final Supplier<Optional<CredentialsPrompt>> prompt;
    /** What the prompt answered, per host, for this session. Shared by all operations of the service. */
    private final Map<String, Credentials> remembered;
    /** Hosts that refused what we sent: ask again (prompt) instead of sending the same. */
    private final Map<String, Boolean> refused = new ConcurrentHashMap<>();

    RemoteCredentials(Map<String, String> environment, Path netrc, Supplier<Optional<CredentialsPrompt>> prompt,
            Map<String, Credentials> remembered) {
        this.environment = environment;
        this.netrc = netrc;
        this.prompt = prompt;
        this.remembered = remembered;
    }

    @Override
    public boolean isInteractive() {
        return prompt.get().isPresent();
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) {
        Optional<Credentials> found = find(uri);
        if (found.isEmpty()) {
            return false;
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username username) {
                username.setValue(found.get().username());
            } else if (item instanceof CredentialItem.Password password) {
                password.setValue(found.get().password().toCharArray());
            } else {
                return false;
            }
        }
        return true;
    }

    /** The remote refused what was sent: forget a prompted answer, and ask next time. */
    @Override
    public void reset(URIish uri) {
        remembered.remove(host(uri));
        refused.put(host(uri), Boolean.TRUE);
    }

    Optional<Credentials> find(URIish uri) {
        boolean retry = refused.containsKey(host(uri));
        if (!retry) {
            Optional<Credentials> quiet = fromUrl(uri).or(this::fromEnvironment).or(() -> fromNetrc(uri))
                    .or(() -> Optional.ofNullable(remembered.get(host(uri))));
            if (quiet.isPresent()) {
                return quiet;
            }
        }
        Optional<Credentials> asked = prompt.get()
                .flatMap(p -> p.ask(uri.setPass(null).toString(), retry));
        asked.ifPresent(credentials -> {
            remembered.put(host(uri), credentials);
            refused.remove(host(uri));
        });
        return asked;
    }

    private static Optional<Credentials> fromUrl(URIish uri) {
        return uri.getUser() != null && uri.getPass() != null
                ? Optional.of(new Credentials(uri.getUser(), uri.getPass())) : Optional.empty();
    }

    private Optional<Credentials> fromEnvironment() {
        String user = environment.get(USERNAME_VARIABLE);
        String password = environment.get(PASSWORD_VARIABLE);
        return user != null && !user.isEmpty() && password != null ? Optional.of(new Credentials(user, password))
                : Optional.empty();
    }

    private Optional<Credentials> fromNetrc(URIish uri) {
        if (netrc == null || !Files.isRegularFile(netrc) || uri.getHost() == null) {
            return Optional.empty();
        }
        NetRC.NetRCEntry entry = new NetRC(netrc.toFile()).getEntry(uri.getHost());
        return entry != null && entry.login != null && entry.password != null
                ? Optional.of(new Credentials(entry.login, new String(entry.password))) : Optional.empty();
    }

    private static String host(URIish uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}
