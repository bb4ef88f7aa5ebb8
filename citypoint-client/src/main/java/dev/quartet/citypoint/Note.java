package dev.quartet.citypoint;

import dev.quartet.citypoint.model.NoteAttributes;
import dev.quartet.citypoint.model.NoteRelationships;
import dev.quartet.citypoint.model.NoteResource;
import dev.quartet.citypoint.model.ResourceIdentifier;
import dev.quartet.core.Checks;
import java.time.Instant;

/**
 * A vehicle or driver note read from its JSON:API resource. Attributes left out by
 * {@code fields[note]} read as null (text, dates, names) or false (flags); {@link #resource()} keeps
 * the raw resource with everything the server sent.
 */
public final class Note {
  /** Attribute names, for {@link Query#fields}, {@link Filter} and {@link Sort}. */
  public static final String TEXT = "Text";
  /** Attribute name of the editable flag. */
  public static final String IS_EDITABLE = "IsEditable";
  /** Attribute name of the deletable flag. */
  public static final String IS_DELETABLE = "IsDeletable";
  /** Attribute name of the creation time. */
  public static final String DATE_OF_CREATION = "DateOfCreation";
  /** Attribute name of the important flag. */
  public static final String IMPORTANT = "Important";
  /** Attribute name of the author's login. */
  public static final String AUTHOR_LOGIN = "AuthorLogin";
  /** Attribute name of the author's full name. */
  public static final String AUTHOR_FIO = "AuthorFio";
  /** The relationship to the vehicle (or driver) the note is about. */
  public static final String OBJECT = "Object";

  private final NoteResource resource;

  private Note(NoteResource resource) {
    this.resource = resource;
  }

  /**
   * Wraps a raw resource (as found in {@code NoteCollection.getData()}).
   *
   * @param resource the resource as received
   * @return the note
   */
  public static Note of(NoteResource resource) {
    return new Note(Checks.required("resource", resource));
  }

  /** {@return the note's id} */
  public String id() {
    return resource.getId();
  }

  /** {@return the note's text} */
  public String text() {
    return attributes().getText();
  }

  /** {@return whether the note is marked important} */
  public boolean isImportant() {
    return Boolean.TRUE.equals(attributes().getImportant());
  }

  /** {@return whether the user may edit the note} */
  public boolean isEditable() {
    return Boolean.TRUE.equals(attributes().getIsEditable());
  }

  /** {@return whether the user may delete the note} */
  public boolean isDeletable() {
    return Boolean.TRUE.equals(attributes().getIsDeletable());
  }

  /** {@return {@code DateOfCreation}} */
  public Instant createdAt() {
    return attributes().getDateOfCreation();
  }

  /** {@return login of the author; may be null} */
  public String authorLogin() {
    return attributes().getAuthorLogin();
  }

  /** {@return full name of the author ({@code AuthorFio}); may be null} */
  public String authorName() {
    return attributes().getAuthorFio();
  }

  /** {@return id of the related vehicle; null when the note is not about a vehicle or the relationship is absent} */
  public String carId() {
    ResourceIdentifier related = related();
    return related != null && (related.getType() == null || "car".equals(related.getType())) ? related.getId() : null;
  }

  /** {@return id of whatever the note is about (vehicle or driver); null when absent} */
  public String relatedId() {
    ResourceIdentifier related = related();
    return related == null ? null : related.getId();
  }

  /** {@return type of whatever the note is about ({@code car}, presumably {@code driver}); null when absent} */
  public String relatedType() {
    ResourceIdentifier related = related();
    return related == null ? null : related.getType();
  }

  /** {@return the JSON:API resource as received} */
  public NoteResource resource() {
    return resource;
  }

  private NoteAttributes attributes() {
    return resource.getAttributes() == null ? EMPTY : resource.getAttributes();
  }

  /** The identifier {@code Object} points at; the first one if the server sent an array, null for {@code data: null}. */
  private ResourceIdentifier related() {
    NoteRelationships relationships = resource.getRelationships();
    return relationships == null ? null : JsonApi.identifier(relationships.getObject()).orElse(null);
  }

  private static final NoteAttributes EMPTY = new NoteAttributes();

  @Override
  public boolean equals(Object o) {
    return o instanceof Note other && other.resource.equals(resource);
  }

  @Override
  public int hashCode() {
    return resource.hashCode();
  }

  @Override
  public String toString() {
    return "Note{id=" + id() + ", createdAt=" + createdAt() + ", important=" + isImportant()
        + ", related=" + relatedType() + ":" + relatedId() + ", author=" + authorLogin() + "}";
  }
}
