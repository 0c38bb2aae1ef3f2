"""The US export controls on AI chips: the rules' arithmetic, the timeline and the chip map
(no Qt)."""
