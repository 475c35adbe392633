package org.dialectica.sample.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.dialectica.model.resource.DialecticaResourceFactory;
import org.dialectica.model.resource.DialecticaResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Builds the sample project from the article and writes it in the on-disk layout of a project
 * ({@code dialectica.xmi}, {@code sources/<sha256>.txt}, {@code sources/<sha256>.orig.txt}, {@code .gitignore}).
 * The output depends only on the article's bytes: ids are derived from keys and the creation time is fixed,
 * so the committed copy ({@code project/} in this bundle) can be compared byte for byte with a fresh build.
 *
 * <p>Regenerate the committed copy after changing the analysis (see {@code docs/cli.md}):
 * {@code ./mvnw -B verify -Dregenerate-sample} runs the sample tests, which rewrite {@code project/}.
 */
public final class SampleProjectBuilder {

    /** The file name of the article, in {@code article/} of this bundle. */
    public static final String ARTICLE_FILE_NAME = "us-russia-joint-operation-against-isis.txt";

    public static final String PROJECT_NAME = "US-Russian joint operation against ISIS (sample)";

    private final byte[] article;

    /** @param article the original bytes of the article (UTF-8 plain text) */
    public SampleProjectBuilder(byte[] article) {
        this.article = article.clone();
    }

    /** The stored text of the article, which the anchors count in. */
    public String text() {
        return SourceTextNormalizer.normalize(article);
    }

    /** The SHA-256 of the article's original bytes: the source's {@code sha256} and its files' names. */
    public String sha256() {
        return SourceTextNormalizer.sha256(article);
    }

    /** Builds the model in memory. */
    public Project build() {
        String text = text();
        KeyedFactory factory = new KeyedFactory();
        Project project = factory.key(factory.createProject(), "project");
        project.setName(PROJECT_NAME);

        Source source = factory.key(factory.createSource(), "source/article");
        source.setTitle("Is US-Russian Joint Operation Against Islamic State Possible?");
        source.setFileName(ARTICLE_FILE_NAME);
        source.setMediaType("text/plain");
        source.setSha256(sha256());
        source.setLanguage("en");
        source.setTextLength(text.length());
        source.getMetadata().put("publication", "Eurasia Daily Monitor");
        source.getMetadata().put("volume", "14");
        source.getMetadata().put("issue", "15");
        project.getSources().add(source);

        WaltonSchemes schemes = new WaltonSchemes(factory);
        project.getSchemes().addAll(schemes.all());
        SampleAnalysis.annotate(new AnnotationBuilder(factory, project, source, text, schemes));
        return project;
    }

    /** Writes the project into {@code directory}, which is created if missing and should be empty. */
    public void writeTo(Path directory) throws IOException {
        Project project = build();
        Path sources = Files.createDirectories(directory.resolve("sources"));
        Files.writeString(sources.resolve(sha256() + ".txt"), text(), StandardCharsets.UTF_8);
        Files.write(sources.resolve(sha256() + ".orig.txt"), article);
        Files.writeString(directory.resolve(".gitignore"), ".dialectica/\n", StandardCharsets.UTF_8);

        Resource resource = DialecticaResources.configure(new ResourceSetImpl()).createResource(
                URI.createFileURI(directory.resolve(DialecticaResourceFactory.PROJECT_FILE_NAME).toAbsolutePath().toString()));
        resource.getContents().add(project);
        resource.save(null);
    }

    /** {@code SampleProjectBuilder <article file> <project directory>}: writes the sample project. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SampleProjectBuilder <article.txt> <project directory>");
            System.exit(2);
        }
        new SampleProjectBuilder(Files.readAllBytes(Path.of(args[0]))).writeTo(Path.of(args[1]));
    }
}
