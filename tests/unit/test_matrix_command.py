"""scripts/matrix.py run SUITE -- CMD: what reaches the chroot's shell."""
import os
import shlex
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))

import matrix  # noqa: E402 - the script folder is not a package


def test_one_word_is_shell_text_as_typed():
    assert matrix.shell_text(["make venv && make test-unit"]) == "make venv && make test-unit"


def test_several_words_stay_words():
    text = matrix.shell_text(["bash", "-c", "echo a; echo 'b c'"])
    assert shlex.split(text) == ["bash", "-c", "echo a; echo 'b c'"]
    assert matrix.shell_text(["make", "venv", "test-unit"]) == "make venv test-unit"
