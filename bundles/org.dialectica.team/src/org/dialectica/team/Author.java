package org.dialectica.team;

import java.util.Objects;

/** Who a commit is by: the name and e-mail address git records. */
public record Author(String name, String email) {

    public Author {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }
}
