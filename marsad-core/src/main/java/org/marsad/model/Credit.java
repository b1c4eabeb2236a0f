package org.marsad.model;

/** A staff credit printed on the page, such as الإشراف العام → a name. */
public record Credit(String role, String name) {
}
