package org.dialectica.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dialectica.team.CredentialsPrompt;
import org.dialectica.team.TeamException;
import org.dialectica.team.git.GitTeamService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Credentials for HTTPS remotes reach the remote through JGit's real HTTP transport. The remote here is a
 * small HTTP server that demands Basic authentication and records what it is sent; it serves no
 * repository, so every clone ends in "not found" once the credentials are accepted, or in a clear
 * message about credentials when none are found.
 */
class RemoteCredentialsTest {

    private static final String USER = "ada";
    private static final String TOKEN = "ghp_secret-token";

    @TempDir
    Path temp;

    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private GitTeamService team;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.equals(basic(USER, TOKEN))) {
                if (authorization != null) {
                    authorizations.add(authorization);
                }
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
                exchange.sendResponseHeaders(401, -1);
            } else {
                authorizations.add(authorization);
                exchange.sendResponseHeaders(404, -1); // accepted, but there is no repository here
            }
            exchange.close();
        });
        server.start();
        team = new GitTeamService();
        team.setCredentialSources(Map.of(), temp.resolve("no-netrc"));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String remote() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/team/project.git";
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private TeamException cloneFails() {
        return assertThrows(TeamException.class, () -> team.clone(remote(), temp.resolve("clone")));
    }

    @Test
    void withoutCredentialsTheMessageSaysWhereToPutThem() {
        TeamException failure = cloneFails();
        assertTrue(failure.getMessage().contains("DIALECTICA_GIT_USERNAME")
                && failure.getMessage().contains("~/.netrc"), failure.getMessage());
        assertTrue(authorizations.isEmpty(), "nothing was sent: " + authorizations);
    }

    @Test
    void theEnvironmentGivesUserAndToken() {
        team.setCredentialSources(Map.of("DIALECTICA_GIT_USERNAME", USER, "DIALECTICA_GIT_PASSWORD", TOKEN),
                temp.resolve("no-netrc"));
        TeamException failure = cloneFails();
        assertEquals(List.of(basic(USER, TOKEN)), authorizations.stream().distinct().toList());
        assertTrue(!failure.getMessage().contains("DIALECTICA_GIT_USERNAME"),
                "accepted credentials are not blamed: " + failure.getMessage());
    }

    @Test
    void netrcGivesThemForItsHost() throws IOException {
        Path netrc = Files.writeString(temp.resolve("netrc"),
                "machine example.org login someone password other\nmachine 127.0.0.1 login " + USER + " password "
                        + TOKEN + "\n");
        team.setCredentialSources(Map.of(), netrc);
        cloneFails();
        assertEquals(List.of(basic(USER, TOKEN)), authorizations.stream().distinct().toList());
    }

    @Test
    void thePromptIsAskedLastAndAskedAgainWhenRefused() {
        List<Boolean> asked = new CopyOnWriteArrayList<>();
        team.addCredentialsPrompt((uri, retry) -> {
            asked.add(retry);
            assertTrue(uri.startsWith("http://127.0.0.1:") && !uri.contains(TOKEN), uri);
            // First a wrong token, then the right one.
            return Optional.of(new CredentialsPrompt.Credentials(USER, retry ? TOKEN : "wrong"));
        });
        team.setCredentialSources(Map.of(), temp.resolve("no-netrc"));
        cloneFails();
        assertEquals(false, asked.get(0), "first asked as a first try");
        assertTrue(asked.contains(true), "asked again after the remote refused: " + asked);
        assertTrue(authorizations.contains(basic(USER, "wrong")), authorizations.toString());
        assertEquals(basic(USER, TOKEN), authorizations.get(authorizations.size() - 1), authorizations.toString());
    }

    @Test
    void aPromptThatKeepsGivingWrongCredentialsDoesNotLoopForever() {
        List<Boolean> asked = new CopyOnWriteArrayList<>();
        team.addCredentialsPrompt((uri, retry) -> {
            asked.add(retry);
            return Optional.of(new CredentialsPrompt.Credentials(USER, "always-wrong"));
        });
        TeamException failure = cloneFails();
        assertTrue(failure.getMessage().contains("DIALECTICA_GIT_USERNAME"), failure.getMessage());
        assertTrue(asked.size() <= 5, "asked " + asked.size() + " times");
        assertTrue(authorizations.stream().allMatch(basic(USER, "always-wrong")::equals), authorizations.toString());
    }

    @Test
    void aCancelledPromptEndsWithTheClearMessage() {
        team.addCredentialsPrompt((uri, retry) -> Optional.empty());
        TeamException failure = cloneFails();
        assertTrue(failure.getMessage().contains("DIALECTICA_GIT_USERNAME"), failure.getMessage());
        assertTrue(authorizations.isEmpty(), authorizations.toString());
    }
}
