"""p1053-5: Party/provincial newspaper (Báo Đà Nẵng), byline and bare date at the end; year 2024, targets 2025."""
from lib import F, P, I, C, T, write

TEXT = """Cảng Đà Nẵng tăng tốc khai thác hàng container

Năm 2024, Công ty CP Cảng Đà Nẵng đã đón 1.152 lượt tàu, sản lượng hàng hóa thông qua đạt 14,6 triệu tấn, tăng 8,2% so với năm 2023, vượt 6% kế hoạch. Đáng chú ý, sản lượng container đạt 712.000 TEU, lần đầu tiên vượt mốc 700.000 TEU, tăng 11% so với năm trước. Trong đó, container hàng xuất khẩu chiếm 54%.

Doanh thu của cảng ước đạt 1.250 tỷ đồng, lợi nhuận trước thuế khoảng 415 tỷ đồng. Bến cảng Tiên Sa cũng đón 58 chuyến tàu khách quốc tế với hơn 96.000 lượt hành khách, gấp đôi năm 2023.

Theo ông Lê Quảng Đức, Tổng giám đốc Cảng Đà Nẵng, hiện bến Tiên Sa đã khai thác khoảng 90% công suất thiết kế. Các tuyến container kết nối Đà Nẵng với Hàn Quốc, Nhật Bản, Trung Quốc được duy trì 11 chuyến mỗi tuần.

Để giải bài toán quá tải, thành phố đang triển khai bến cảng Liên Chiểu với tổng mức đầu tư 3.426 tỷ đồng cho phần hạ tầng dùng chung. Khi hoàn thành, bến cảng có thể tiếp nhận tàu container đến 100.000 DWT; dự kiến giai đoạn đầu đạt công suất 1,5 triệu TEU/năm. Dự án được hưởng cơ chế đặc thù theo Nghị quyết số 136/2024/QH15.

Năm 2025, Cảng Đà Nẵng đặt mục tiêu sản lượng hàng hóa thông qua đạt 15,5 triệu tấn, container đạt 780.000 TEU, doanh thu tăng 7-8%. Công ty dự kiến đầu tư thêm 2 cần trục giàn STS và nâng cấp kho bãi tại số 26 Bạch Đằng.

HOÀNG HIỆP
17/1/2025
"""

LOC = "Đà Nẵng"
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("đón 1.152 lượt tàu", "1.152", 1152, "count", "lượt tàu", subject="lượt tàu Cảng Đà Nẵng đón", period=Y24),
    F("đạt 14,6 triệu tấn", "14,6", 14.6e6, "measure", "tấn", change=C("+", 8.2, baseline="năm 2023"),
      subject="sản lượng hàng hóa thông qua", period=Y24),
    F("vượt 6% kế hoạch", "6", 6, "percent", "%", subject="sản lượng hàng hóa thông qua vượt kế hoạch",
      period=Y24, optional=True),
    F("đạt 712.000 TEU", "712.000", 712000, "measure", "TEU", change=C("+", 11, baseline="năm trước"),
      subject="sản lượng container", period=I(Y24)),
    F("mốc 700.000 TEU", "700.000", 700000, "measure", "TEU", optional=True),
    F("chiếm 54%", "54", 54, "percent", "%", subject="tỷ trọng container hàng xuất khẩu", period=I(Y24)),
    F("ước đạt 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", status="estimate",
      subject="doanh thu của cảng", period=I(Y24)),
    F("khoảng 415 tỷ đồng", "415", 415e9, "money", "đồng", approx="about", status="estimate",
      subject="lợi nhuận trước thuế", period=I(Y24)),
    F("đón 58 chuyến", "58", 58, "count", "chuyến tàu khách quốc tế",
      subject="chuyến tàu khách quốc tế bến cảng Tiên Sa đón", period=I(Y24)),
    F("hơn 96.000 lượt", "96.000", 96000, "count", "lượt hành khách", approx="over",
      change=C("+", 2, unit="lần", baseline="năm 2023"),
      subject="lượt hành khách tàu khách quốc tế", period=I(Y24)),
    F("khoảng 90% công suất", "90", 90, "percent", "%", approx="about",
      subject="mức khai thác so với công suất thiết kế bến Tiên Sa"),
    F("duy trì 11 chuyến", "11", 11, "measure", "chuyến/tuần",
      subject="chuyến tàu các tuyến container kết nối Đà Nẵng với Hàn Quốc, Nhật Bản, Trung Quốc"),
    F("đầu tư 3.426 tỷ đồng", "3.426", 3426e9, "money", "đồng",
      subject="tổng mức đầu tư bến cảng Liên Chiểu phần hạ tầng dùng chung"),
    F("đến 100.000 DWT", "100.000", 100000, "measure", "DWT", approx="at_most", optional=True),
    F("công suất 1,5 triệu TEU/năm", "1,5", 1.5e6, "measure", "TEU/năm", status="forecast",
      subject="công suất giai đoạn đầu bến cảng Liên Chiểu"),
    F("đạt 15,5 triệu tấn", "15,5", 15.5e6, "measure", "tấn", status="target",
      subject="sản lượng hàng hóa thông qua", period=Y25),
    F("đạt 780.000 TEU", "780.000", 780000, "measure", "TEU", status="target",
      subject="sản lượng container", period=Y25),
    F("tăng 7-8%", "7", 7, "percent", "%", value_max=8, status="target",
      subject="tăng trưởng doanh thu", period=Y25),
    F("thêm 2 cần trục", "2", 2, "count", "cần trục giàn STS", status="forecast",
      subject="cần trục giàn STS đầu tư thêm", period=I(Y25)),
]

COMMENTS = [
    "Party/provincial newspaper (Báo Đà Nẵng): Cảng Đà Nẵng in 2024 and its 2025 targets; byline 'HOÀNG HIỆP' and bare date '17/1/2025' at the end.",
    "14,6 triệu tấn has two changes ('tăng 8,2% so với năm 2023', 'vượt 6% kế hoạch'): the first is its change, the second an optional percent figure.",
    "'vượt mốc 700.000 TEU' is a milestone (optional). 'Trong đó, … chiếm 54%' is a share with no count: a percent figure, no total.",
    "'ước đạt 1.250 tỷ đồng, lợi nhuận … khoảng 415 tỷ đồng': the cue 'ước' governs the continuing clause (estimate).",
    "'gấp đôi năm 2023' after 96.000 lượt: its change, 2 lần (number word 'đôi'); no figure of its own.",
    "'11 chuyến mỗi tuần' is a rate (chuyến/tuần). 'dự kiến giai đoạn đầu đạt công suất 1,5 triệu TEU/năm' forecast; 'Công ty dự kiến đầu tư thêm 2 cần trục' forecast.",
    "Distractors: 'Nghị quyết số 136/2024/QH15', 'số 26 Bạch Đằng', 'lần đầu tiên', bare date after the byline.",
]

if __name__ == "__main__":
    write("p1053-5", TEXT, FIGS, COMMENTS, published="2025-01-17", location=LOC)
