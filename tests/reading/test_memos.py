"""Answers kept per gazetteer: one dict per namespace, gone with the gazetteer."""
import gc
import weakref

from reading.memos import gazetteer_memo


class _Gazetteer:
    pass


def test_each_namespace_has_its_own_dict_kept_while_the_gazetteer_lives():
    g = _Gazetteer()
    a = gazetteer_memo(g, "toponyms")
    a[("x",)] = 1
    b = gazetteer_memo(g, "qualifiers")
    assert b is not a and ("x",) not in b  # emptying one module's dict leaves the other's alone
    assert gazetteer_memo(g, "toponyms") is a
    assert gazetteer_memo(_Gazetteer(), "toponyms") == {}  # another gazetteer: another dict


def test_the_dicts_go_with_their_gazetteer():
    g = _Gazetteer()
    memo = gazetteer_memo(g, "toponyms")
    memo["big"] = [0] * 1000
    alive = weakref.ref(g)
    del g
    gc.collect()
    assert alive() is None


def test_a_gazetteer_that_cannot_be_weakly_referenced_gets_a_fresh_dict():
    unhashable = {"not": "weak"}
    first = gazetteer_memo(unhashable, "toponyms")
    first["k"] = 1
    assert gazetteer_memo(unhashable, "toponyms") == {}


def test_a_table_is_emptied_once_it_grows_past_its_bound():
    from reading.memos import memo_table

    g = _Gazetteer()
    table = memo_table(g, "toponyms", "kinds", 2)
    table.update({"a": 1, "b": 2})
    assert memo_table(g, "toponyms", "kinds", 2) is table  # at the bound: kept
    table["c"] = 3
    assert memo_table(g, "toponyms", "kinds", 2) == {}  # past it: a fresh table
