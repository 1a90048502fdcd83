package org.swarmchat.app.cli;

/** Input a person or script gave that cannot be used; the message is the one line shown on stderr. */
public class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
