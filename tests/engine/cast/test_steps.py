"""The Cast's steps (cast/people.py): one ordered list, numbered as its docstring tells them."""

import re

from newsbrief.cast import people


def test_the_docstring_numbers_every_step_in_the_order_they_run():
    listed = re.findall(r"^(\d+)\. (\w+) \(", people.__doc__, re.M)
    assert [(int(n), name) for n, name in listed] == [
        (i, step.__name__) for i, step in enumerate(people.STEPS, 1)
    ]
