package id.lindung.enrollment.rest.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The participants a search found (none, one, or for a KPJ reused by BPJS several). */
@Schema(name = "ParticipantList")
public record ParticipantList(List<ParticipantView> items) {
}
