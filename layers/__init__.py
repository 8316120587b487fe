"""Time-indexed map layers (control zones, event markers) and their renderings."""
