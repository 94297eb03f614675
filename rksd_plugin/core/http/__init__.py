"""HTTP transport, cache and the cbsodata bridge (pure Python)."""
