/**
 * graphite-web's events (annotations such as deploys) in {@code DATA/events.db}: {@link
 * dev.charcoal.events.EventStore} adds, finds by time and tags ({@link
 * dev.charcoal.events.SetMode}) and deletes them, with graphite-web 1.1.8's django-tagging
 * semantics (checked by golden tests against graphite-web's own views).
 */
package dev.charcoal.events;
