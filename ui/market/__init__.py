"""The market timeline tab: how chip, big-tech and power stocks and the indices moved."""
