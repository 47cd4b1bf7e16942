"""Streaming is the data skill only in its data sense (roles migration 0020): streamed
LLM tokens or gRPC streams are not it."""

import pytest

from .reading_support import skill_flags

pytestmark = pytest.mark.django_db

HEAD = "AI Engineer\n\nWhat you'll do\n- "


@pytest.mark.parametrize(
    "line",
    [
        "Stream tokens to the coordinator console so summaries appear while they are written",
        "Build streaming responses token by token in React",
        "Optimise models for streaming inference",
        "Nice: gRPC streaming",
        "Real-time voice conversations with an LLM",
    ],
)
def test_llm_and_api_streaming_is_not_the_data_skill(line):
    assert "streaming" not in skill_flags(HEAD + line)


@pytest.mark.parametrize(
    "line",
    [
        "Build batch and streaming pipelines on Kafka and Flink",
        "Own our stream processing and event streams",
        "Real-time data from Kinesis into the warehouse",
    ],
)
def test_data_streaming_is(line):
    flags = skill_flags(HEAD + line + "\n- Python and SQL")
    assert flags.get("streaming") is True
