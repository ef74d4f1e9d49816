"""Python's jsonschema verdicts on the library's JSON Schemas, for the agreement tests.

Reads {"schemas": {name: schema}, "cases": [{"schema": name, "input": value}]} as JSON on
standard input and writes {"jsonschema": "<version>", "verdicts": [true | false, ...]} on
standard output, one verdict per case, in order. Formats are not asserted (jsonschema's default), as
with ajv in the tests: the patterns zod writes beside them do the checking.
"""

import json
import sys
from importlib.metadata import version

import jsonschema


def main() -> None:
    request = json.load(sys.stdin)
    validators = {}
    for name, schema in request["schemas"].items():
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        validators[name] = cls(schema)
    verdicts = [validators[case["schema"]].is_valid(case["input"]) for case in request["cases"]]
    json.dump({"jsonschema": version("jsonschema"), "verdicts": verdicts}, sys.stdout)


if __name__ == "__main__":
    main()
