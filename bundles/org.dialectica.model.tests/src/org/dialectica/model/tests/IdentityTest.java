package org.dialectica.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.dialectica.model.Claim;
import org.dialectica.model.DialecticaFactory;
import org.dialectica.model.DialecticaPackage;
import org.dialectica.model.Identifiable;
import org.dialectica.model.Project;
import org.dialectica.model.resource.FormatVersion;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.dialectica.model.util.ModelIds;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void everyIdentifiableOfTheSampleHasADistinctUuid() {
        SampleProject sample = new SampleProject();
        Set<String> ids = new HashSet<>();
        int identifiables = 0;
        for (var contents = EcoreUtil.<EObject>getAllContents(sample.project, true); contents.hasNext();) {
            if (contents.next() instanceof Identifiable identifiable) {
                identifiables++;
                assertTrue(ModelIds.isUuid(identifiable.getId()), identifiable.getId());
                ids.add(identifiable.getId());
            }
        }
        assertTrue(identifiables >= 20, "the sample covers the model");
        assertEquals(identifiables, ids.size(), "ids are unique");
        assertTrue(ModelIds.isUuid(sample.project.getId()));
    }

    @Test
    void factoryStampsIdTimeAndAuthorAndEClassCreationToo() {
        DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds("Ada");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(ids.add(factory.createClaim().getId()));
        }
        Claim claim = (Claim) factory.create(DialecticaPackage.Literals.CLAIM);
        assertTrue(ModelIds.isUuid(claim.getId()));
        assertEquals("Ada", claim.getAuthor());
        assertEquals(0, claim.getCreated().getNano() % 1_000_000, "creation times are whole milliseconds");

        Project project = factory.createProject();
        assertEquals(FormatVersion.CURRENT, project.getFormatVersion());
    }

    @Test
    void generatedFactoryLeavesIdentityToTheLoader() {
        Claim claim = DialecticaFactory.eINSTANCE.createClaim();
        assertNull(claim.getId());
        assertNull(claim.getCreated());
    }

    @Test
    void modelIdsRecognisesOnlyCanonicalUuids() {
        assertTrue(ModelIds.isUuid(ModelIds.newId()));
        assertFalse(ModelIds.isUuid(null));
        assertFalse(ModelIds.isUuid("ExpertOpinion"));
        assertFalse(ModelIds.isUuid("123E4567-E89B-12D3-A456-426614174000"), "upper case is not canonical");
        assertFalse(ModelIds.isUuid("1-2-3-4-5"));
    }

    @Test
    void formatVersionComesFromTheNamespaceUri() {
        assertEquals("1.0", FormatVersion.CURRENT);
        assertEquals(DialecticaPackage.eNS_URI, FormatVersion.current().nsUri());
        assertEquals(new FormatVersion(2, 3), FormatVersion.ofNsUri("http://dialectica.org/model/2.3").orElseThrow());
        assertTrue(FormatVersion.ofNsUri("http://example.org/model/1.0").isEmpty());
        assertTrue(FormatVersion.parse("1.x").isEmpty());
        assertTrue(new FormatVersion(1, 1).isNewerThanCurrent());
        assertFalse(new FormatVersion(1, 1).isReadable());
        assertTrue(new FormatVersion(1, 0).isReadable());
        assertFalse(new FormatVersion(0, 9).isReadable(), "another major version needs a migration");
        assertFalse(new FormatVersion(0, 9).isNewerThanCurrent());
    }
}
