package org.dialectica.codegen;

import java.io.File;
import java.net.URISyntaxException;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model code and the edit code (item providers) from a committed {@code .genmodel},
 * outside the IDE, in one run.
 *
 * <p>Arguments: the folder holding the bundles, and the genmodel as
 * {@code /<bundle-symbolic-name>/model/x.genmodel}. The genmodel names its output folders as
 * {@code /<bundle-symbolic-name>/src-gen} (model and edit directory), so each bundle named there is
 * mapped to {@code platform:/resource/<bundle-symbolic-name>/} = {@code <bundles-dir>/<bundle-symbolic-name>/}.
 * Files the edit generator only creates when missing (MANIFEST.MF, build.properties, plugin.xml,
 * plugin.properties, icons) are then left alone, so the bundle's own versions of them stay.
 *
 * <p>The committed genmodel is loaded, never rebuilt in memory: only then does JMerge keep the
 * members marked {@code @generated NOT} and the hand-added members. The genmodel file itself is not
 * written back, so unchanged input regenerates byte-identical code.
 */
public final class GenModelRunner {

    private GenModelRunner() {
    }

    public static void main(String[] args) throws URISyntaxException {
        if (args.length != 2 || !args[1].startsWith("/")) {
            System.err.println("usage: GenModelRunner <bundles-dir> /<bundle-symbolic-name>/model/<name>.genmodel");
            System.exit(2);
        }
        File bundlesDir = new File(args[0]).getAbsoluteFile();
        String genModelPath = args[1];
        String bundleName = genModelPath.split("/")[1];
        if (!new File(bundlesDir, genModelPath.substring(1)).isFile()) {
            System.err.println("EMF codegen: no genmodel " + genModelPath + " in " + bundlesDir);
            System.exit(2);
        }

        mapBundle(bundlesDir, bundleName);
        // The model uses Ecore's EStringToStringMapEntry; without the Eclipse platform, the Ecore
        // genmodel that describes it is found through this mapping into the ecore jar.
        String ecoreJar = EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
        URIConverter.URI_MAP.put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"),
                URI.createURI("jar:" + ecoreJar + "!/"));

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
                GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);

        Resource genModelResource = resourceSet.getResource(URI.createPlatformResourceURI(genModelPath, true), true);
        GenModel genModel = (GenModel) genModelResource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);

        Diagnostic genModelProblems = genModel.diagnose();
        if (genModelProblems.getSeverity() == Diagnostic.ERROR) {
            System.err.println("EMF codegen: the genmodel is invalid: " + describe(genModelProblems));
            System.exit(1);
        }

        // The edit directory lives in another bundle; without this mapping EMF would write into a
        // "platform:/resource" folder that no file system path backs.
        mapBundle(bundlesDir, projectOf(genModel.getEditDirectory()));

        Generator generator = new Generator();
        generator.setInput(genModel);
        boolean failed = false;
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            String directory = projectType.equals(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE)
                    ? genModel.getModelDirectory() : genModel.getEditDirectory();
            System.out.println("EMF codegen: " + describe(result) + " (" + directory + ")");
            failed |= result.getSeverity() == Diagnostic.ERROR;
        }
        if (failed) {
            System.exit(1);
        }
    }

    private static void mapBundle(File bundlesDir, String bundleName) {
        File bundleDir = new File(bundlesDir, bundleName);
        if (!bundleDir.isDirectory()) {
            System.err.println("EMF codegen: no bundle folder " + bundleDir);
            System.exit(2);
        }
        EcorePlugin.getPlatformResourceMap().put(bundleName, URI.createFileURI(bundleDir.getPath() + "/"));
    }

    /** {@code /org.x.edit/src-gen} -> {@code org.x.edit}. */
    private static String projectOf(String directory) {
        if (directory == null || !directory.startsWith("/") || directory.indexOf('/', 1) < 0) {
            System.err.println("EMF codegen: the genmodel's edit directory must be /<bundle>/<folder>, not " + directory);
            System.exit(2);
        }
        return directory.substring(1, directory.indexOf('/', 1));
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(severity(diagnostic)).append(' ').append(diagnostic.getMessage());
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() == Diagnostic.OK) {
                continue;
            }
            text.append(System.lineSeparator()).append("  ").append(severity(child)).append(' ').append(child.getMessage());
        }
        return text.toString();
    }

    private static String severity(Diagnostic diagnostic) {
        return switch (diagnostic.getSeverity()) {
            case Diagnostic.OK -> "OK";
            case Diagnostic.INFO -> "INFO";
            case Diagnostic.WARNING -> "WARNING";
            case Diagnostic.CANCEL -> "CANCEL";
            default -> "ERROR";
        };
    }
}
