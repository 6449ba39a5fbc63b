"""What drf-spectacular cannot read off the generated serializers by itself, read off them
here: the bearer-token scheme, a string field's `format` and `pattern`, and a closed object's
`additionalProperties: false` and conditional requirements (`if`/`then`). Imported by
RecordingConfig.ready(), which is how spectacular finds extensions."""

from drf_spectacular.extensions import (
    OpenApiAuthenticationExtension,
    OpenApiSerializerExtension,
    OpenApiSerializerFieldExtension,
)


class IngestTokenScheme(OpenApiAuthenticationExtension):
    target_class = "recording.auth.IngestTokenAuthentication"
    name = "ingestToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "`Authorization: Bearer <CLONE_INGEST_TOKEN>`",
        }


class StrictStringField(OpenApiSerializerFieldExtension):
    target_class = "recording.serializers._String"
    match_subclasses = True

    def map_serializer_field(self, auto_schema, direction):
        # Lengths (from the field's validators) and null are added by spectacular around it.
        schema = {"type": "string"}
        if self.target.format is not None:
            schema["format"] = self.target.format
        if self.target.pattern is not None:
            schema["pattern"] = self.target.pattern
        return schema


class StrictObject(OpenApiSerializerExtension):
    target_class = "recording.serializers._StrictSerializer"
    match_subclasses = True

    def map_serializer(self, auto_schema, direction):
        schema = auto_schema._map_serializer(
            self.target, direction, bypass_extensions=True
        )
        if self.target._additional is False:
            schema["additionalProperties"] = False
        rules = [
            {
                "if": {"properties": {prop: {"const": equals}}, "required": [prop]},
                "then": {"required": list(required)},
            }
            for prop, equals, required, _ in self.target._required_when
        ]
        if len(rules) == 1:
            schema.update(rules[0])
        elif rules:
            schema["allOf"] = rules
        return schema
