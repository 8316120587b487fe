"""From article text to dated, located facts with evidence.

A :class:`reading.document.Document` flows through small components
(sentences, place mentions, dates, actors, events, control claims), each a
callable ``Document -> Document``.
"""
