package org.dialectica.core.project.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Turns a resource into the bytes of its file, in memory. Saving never starts by opening the real file:
 * a model that cannot be serialized (e.g. a reference to an element outside the project) fails here,
 * before any file is touched.
 */
public final class ModelSerializer {

    public byte[] toBytes(Resource resource) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        // save(OutputStream, null) applies the resource's default options: deterministic XMI.
        resource.save(bytes, null);
        return bytes.toByteArray();
    }
}
