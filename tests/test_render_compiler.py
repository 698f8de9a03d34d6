"""The renderer compiles templates with its own code generator (`_Compiler`): the
same text as Jinja's for every construct a site's template may use."""
from __future__ import annotations

import dataclasses

import jinja2
import pytest

from briefing import render


def environments(**options):
    common = dict(
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined, finalize=render._finalize, trim_blocks=True, lstrip_blocks=True,
    )
    loader = jinja2.DictLoader(options.pop("templates", {}))
    return (jinja2.Environment(loader=loader, **common, **options),
            render._Environment(loader=loader, **common, **options))


@dataclasses.dataclass
class Thing:
    name: str
    role: str | None = None
    items: list = dataclasses.field(default_factory=list)

    @property
    def broken(self):
        raise AttributeError("inside a property")

    def __getitem__(self, key):
        return f"item {key}"


@jinja2.pass_context
def who(context, suffix=""):
    return context["n"] + len(suffix)


@jinja2.pass_eval_context
def escaping(eval_ctx):
    return eval_ctx.autoescape


def stops():
    raise StopIteration


CONTEXT = {
    "who": who, "escaping": escaping, "stops": stops, "upper": str.upper, "method": "a-b".split,
    "link": lambda target, anchor="": f"/{target}#{anchor}",

    "t": Thing("A & B", None, [Thing("<x>", "r"), Thing("y")]),
    "d": {"number": 2, "nested": {"deep": "<d>"}, "items": "the key"},
    "none": None, "n": 3, "safe": jinja2.utils.markupsafe.Markup("<b>ok</b>"),
}

CASES = [
    "{{ t.name }}|{{ t.role }}|{{ none }}|{{ n }}|{{ safe }}|{{ t.name|e }}|{{ t.name|safe }}",
    "{{ d.number }} {{ d.nested.deep }} {{ d['number'] }} {{ d.items }} {{ t.missing_one }} {{ t.broken }}",
    "{% for x in t.items %}<{{ x.name }}>{{ x.role or 'none' }}{% if not loop.last %}, {% endif %}{% endfor %}",
    "{% macro m(x) %}<i>{{ x.name }}</i>{% endmacro %}{% for x in t.items %}{{ m(x) }}{% endfor %}",
    "{% set v = t.items[0] %}{{ v.name }} {{ (t.items|first).role }} {{ t.items|map(attribute='name')|join(', ') }}",
    "{% autoescape false %}{{ t.name }}{{ none }}{% endautoescape %}{% autoescape n > 1 %}{{ t.name }}{{ none }}{% endautoescape %}",
    "{% filter upper %}{{ t.name }} and {{ none }}{% endfilter %}{{ 'a' ~ t.name ~ none }}",
    "{% macro m2() %}[{{ caller(t.name) }}]{% endmacro %}{% call(x) m2() %}{{ x }}{% endcall %}",
    "{{ t.name }}{{ '' }}{{ 'c' }}x{{ 1 }}{{ none }}",
    "{{ who() }} {{ who('ab') }} {{ escaping() }} {{ upper(t.name) }} {{ method('-') }} {{ link('x', anchor=t.name) }}",
    "{% for x in t.items %}{{ who(x.name) }}{{ link(x.name) }}{% endfor %}{{ stops() is undefined }}",
    "{% macro m(a, b='<b>') %}{{ a }}{{ b }}{{ varargs|join(',') }}{{ kwargs }}{% endmacro %}"
    "{{ m(1) }}|{{ m(1, 2, 3, 4) }}|{{ m(a=t.name) }}|{% for x in t.items %}{{ m(x.name, b=x.role) }}{% endfor %}",
    "{% macro m(x) %}{{ x }}{{ caller(x) }}{% endmacro %}{% call(y) m(t.name) %}[{{ y }}]{% endcall %}"
    "{% for x in t.items %}{% call(y) m(x.name) %}{{ y }}{{ loop.index }}{% endcall %}{% endfor %}",
    "{% macro m(x) %}{{ x }}{{ kwargs.z }}{% endmacro %}{% set args = {'z': '<z>'} %}{{ m(1, **args) }}",
]


@pytest.mark.parametrize("source", CASES)
@pytest.mark.parametrize("name", ["page.html", "page.txt"])
def test_same_text_as_jinja(source, name):
    plain, ours = environments(templates={name: source})
    assert ours.get_template(name).render(CONTEXT) == plain.get_template(name).render(CONTEXT)


def test_blocks_and_inheritance():
    templates = {
        "base.html": "<title>{% block title %}{{ t.name }}{% endblock %}</title>{% block body %}{% endblock %}",
        "page.html": '{% extends "base.html" %}{% block title %}{{ super() }} · {{ d.number }}{% endblock %}'
                     '{% block body %}{% for x in t.items %}<p class="{{ x.role }}">{{ x.name }} {{ loop.index }}</p>{% endfor %}{% endblock %}',
    }
    plain, ours = environments(templates=templates)
    assert ours.get_template("page.html").render(CONTEXT) == plain.get_template("page.html").render(CONTEXT)


@pytest.mark.parametrize("source", ["{{ nothing }}", "{{ n.nothing }}", "{{ d.nothing.deeper }}", "{{ d.nested.nothing }}"])
def test_undefined_still_an_error(source):
    _, ours = environments(templates={"page.html": source})
    with pytest.raises(jinja2.UndefinedError):
        ours.get_template("page.html").render(CONTEXT)


def test_the_cheaper_code_is_used():
    _, ours = environments()
    code = ours.compile('{% block b %}<a href="{{ link(t.name) }}">{{ t.role }}</a>{% endblock %}', raw=True)
    assert "_output(" in code and "getattr((_o := " in code and "yield _joined.extend((" in code
    assert "_call(context, " in code and "context.call(" not in code
