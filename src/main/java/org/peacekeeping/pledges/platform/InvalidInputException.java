package org.peacekeeping.pledges.platform;

import java.util.List;

/** The request was understood but some fields are wrong: 400, with every wrong field and why. */
public class InvalidInputException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidInputException(String message, List<Problem.FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(message, List.of(new Problem.FieldError(field, message)));
    }

    /** A query parameter that means nothing ({@code page=abc}): the detail names it, the field error too. */
    public static InvalidInputException parameter(String name, String message) {
        return new InvalidInputException("The query parameter '" + name + "' " + message + ".",
                List.of(new Problem.FieldError(name, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
