"""The GPU export restrictions tab: the US rules on AI chips, the chip map, the classifier.

(The policy area. Writing chart files is ``ui.chart_files``.)"""
