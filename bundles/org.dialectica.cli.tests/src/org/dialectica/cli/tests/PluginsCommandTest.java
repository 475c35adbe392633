package org.dialectica.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.dialectica.core.plugins.FailedComponents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code dialectica plugins} on plugins installed from a folder into the running framework, as {@code ./dialectica}
 * installs them: a healthy one, one whose dependency is missing, and two whose component cannot start (its class is
 * missing; its activate method throws) and that nothing has used yet.
 */
class PluginsCommandTest {

    /** A component whose class is not in its bundle. */
    private static final String MISSING_CLASS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0"
                    name="org.example.unlicensed.UnlicensedImporter">
              <implementation class="org.example.unlicensed.UnlicensedImporter"/>
              <service><provide interface="java.lang.Runnable"/></service>
            </scr:component>
            """;

    /**
     * A component whose activate method throws, without a class of its own: Object.notify() throws
     * IllegalMonitorStateException when the caller does not hold the object's monitor, as the runtime does not.
     */
    private static final String ACTIVATE_THROWS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0"
                    name="org.example.throwing.ThrowingFilter" activate="notify">
              <implementation class="java.lang.Object"/>
              <service><provide interface="java.lang.Object"/></service>
            </scr:component>
            """;

    @TempDir
    Path dir;

    private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
    private final List<Bundle> installed = new ArrayList<>();

    @AfterEach
    void uninstall() throws Exception {
        for (Bundle bundle : installed) {
            bundle.uninstall();
        }
    }

    private Bundle install(Path plugins, String name, String requirement, String component) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        main.putValue("Bundle-Version", "1.0.0");
        if (requirement != null) {
            main.putValue("Require-Bundle", requirement);
        }
        if (component != null) {
            main.putValue("Service-Component", "OSGI-INF/component.xml");
        }
        Path jar = plugins.resolve(name + "_1.0.0.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            if (component != null) {
                out.putNextEntry(new JarEntry("OSGI-INF/component.xml"));
                out.write(component.getBytes(StandardCharsets.UTF_8));
            }
        }
        Bundle bundle = context.installBundle(jar.toUri().toString());
        installed.add(bundle);
        return bundle;
    }

    @Test
    void eachPluginIsOkOrSaysWhyNot() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        install(plugins, "org.example.healthy", null, null).start();
        install(plugins, "org.example.broken", "org.example.not.installed", null);
        install(plugins, "org.example.unlicensed", null, MISSING_CLASS).start();
        install(plugins, "org.example.throwing", null, ACTIVATE_THROWS).start();
        assertTrue(FailedComponents.find(context).stream().noneMatch(p -> p.bundle().startsWith("org.example.")),
                "nothing has used the components yet, so they have not failed yet");

        Cli.Result result = Cli.run("plugins", plugins.toString());
        assertEquals(1, result.exitCode(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertEquals(4, lines.size(), result::toString);
        assertTrue(lines.contains("org.example.healthy 1.0.0  ok"), result::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(
                "org.example.broken 1.0.0  NOT ACTIVE, its dependencies are missing: ")
                && l.contains("org.example.not.installed")
                && l.endsWith(" (" + plugins.resolve("org.example.broken_1.0.0.jar") + ")")), "names the file: " + result);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(
                "org.example.unlicensed 1.0.0  NOT ACTIVE, its component UnlicensedImporter failed to start (the log ")),
                result::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(
                "org.example.throwing 1.0.0  NOT ACTIVE, its component ThrowingFilter failed to start: ")
                && l.contains("IllegalMonitorStateException") && !l.contains("(the log")), "once, with the reason: "
                + result);
    }

    @Test
    void healthyPluginsAreOk() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        install(plugins, "org.example.healthy", null, null).start();

        Cli.Result result = Cli.run("plugins", plugins.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("org.example.healthy 1.0.0  ok", result.out().strip());
    }

    @Test
    void anEmptyFolderHasNoPlugins() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("none"));

        Cli.Result result = Cli.run("plugins", plugins.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("No plugins installed in "), result::toString);
    }
}
