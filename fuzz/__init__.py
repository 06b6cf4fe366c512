"""Fuzzing speechparse: mutated speeches checked against the promises the parser makes.

`checks.check(text)` lists what is wrong with one input (a crash, a character in no place or
two, a renderer's invalid output, a different outline from another encoding of the same
text); `mutate` turns seed speeches into hostile variants; `python -m fuzz.run` is the long
run (`make fuzz`), tests/test_fuzz.py the short one inside `make test`.

Seeds are the fixtures (our own speeches) and, when ../shared is there, its seeds and
development set, read at run time: nothing of ../shared is copied into the repository.
"""
