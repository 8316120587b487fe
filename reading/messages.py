"""Every message a user can see, in one place, with a code (as spaCy's Errors).

Codes: E1xx corpus and files (errors that stop one input), W1xx corpus warnings,
W2xx place mentions, W3xx dates, W4xx events and control claims, E5xx/W5xx
building layers and exports. Use ``Messages.W201.format(...)``.
Each helper adds its codes in its own range; keep them one line, no traceback.
"""

__all__ = ["Messages"]


class Messages:
    # --- corpus and files (E1xx / W1xx) ---

    # --- place mentions (W2xx) ---

    # --- dates (W3xx) ---

    # --- events and control claims (W4xx) ---

    # --- layers and exports (E5xx / W5xx) ---
    pass
