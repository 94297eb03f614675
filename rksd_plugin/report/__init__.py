"""Print layouts and the atlas."""
