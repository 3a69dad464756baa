"""p1071-8: Báo Bắc Giang online (BGĐT) — Lục Nam collects 95% of rural household waste, 2024."""
from lib import F, P, Y, C, T, build

TEXT = """Báo Bắc Giang điện tử
Xã hội > Môi trường

Lục Nam: 95% rác thải sinh hoạt nông thôn được thu gom

Cập nhật lúc 15:40, Thứ Ba, 14/01/2025

(BGĐT) - Năm 2024, huyện Lục Nam thu gom khoảng 95% lượng rác thải sinh hoạt phát sinh tại 23 xã, vượt 3 điểm phần trăm so với kế hoạch.

Mỗi ngày, toàn huyện phát sinh khoảng 105 tấn rác thải sinh hoạt, trong đó khu vực nông thôn chiếm gần 80%. Huyện hiện có 6 lò đốt rác quy mô liên xã với tổng công suất 42 tấn/ngày, mỗi lò được đầu tư từ 4,5 đến 7 tỷ đồng. Riêng lò đốt tại xã Cương Sơn công suất 12 tấn/ngày xử lý rác cho 3 xã (Cương Sơn, Lan Mẫu, Yên Sơn).

Ông Vi Văn Năm, Trưởng phòng Tài nguyên và Môi trường huyện cho biết, mức phí vệ sinh áp dụng theo Nghị quyết số 11/2023/NQ-HĐND của HĐND tỉnh là 6.000 đồng/người/tháng. Năm 2024, số phí thu được đạt 3,6 tỷ đồng, tăng 12,5% so với năm 2023, nhưng mới bằng khoảng 45% chi phí thu gom, xử lý. Ngân sách huyện phải hỗ trợ thêm gần 4,4 tỷ đồng.

Thời gian tới, huyện phấn đấu đến năm 2025 có 100% số xã có điểm tập kết rác đạt chuẩn, tiến tới dừng hoạt động 2 lò đốt nằm gần khu dân cư. Dự kiến trong quý II/2025, rác của 4 xã phía Nam sẽ được vận chuyển về Nhà máy xử lý rác thải phát điện trên Quốc lộ 31, với khối lượng khoảng 30 tấn/ngày.

Nguyễn Thủy
"""

Y24 = Y(2024, "Năm 2024")
T25 = P("đến năm 2025", None, "2025-12-31")
Q2 = P("quý II/2025", "2025-04-01", "2025-06-30")

FIGS = [
    F("Lục Nam: 95%", "95", 95, "percent", "%", "rác thải sinh hoạt nông thôn được thu gom"),
    F("khoảng 95% lượng", "95", 95, "percent", "%", "lượng rác thải sinh hoạt phát sinh được thu gom", Y24,
      approx="about", change=C("increase", 3, "điểm phần trăm", "kế hoạch")),
    F("tại 23 xã", "23", 23, "count", "xã", "xã thu gom rác thải sinh hoạt", Y24),
    F("khoảng 105 tấn", "105", 105, "measure", "tấn", "rác thải sinh hoạt phát sinh mỗi ngày", approx="about"),
    F("chiếm gần 80%", "80", 80, "percent", "%", "khu vực nông thôn trong lượng rác thải sinh hoạt phát sinh",
      approx="nearly"),
    F("có 6 lò đốt", "6", 6, "count", "lò đốt", "lò đốt rác quy mô liên xã"),
    F("tổng công suất 42 tấn/ngày", "42", 42, "measure", "tấn/ngày", "tổng công suất lò đốt"),
    F("từ 4,5 đến 7 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "vốn đầu tư mỗi lò", value_max=7e9),
    F("công suất 12 tấn/ngày", "12", 12, "measure", "tấn/ngày", "công suất lò đốt tại xã Cương Sơn"),
    F("cho 3 xã", "3", 3, "count", "xã", "xã được lò đốt Cương Sơn xử lý rác"),
    F("6.000 đồng/người/tháng", "6.000", 6000, "money", "đồng/người/tháng", "mức phí vệ sinh"),
    F("đạt 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "số phí vệ sinh thu được", Y24, percent=45,
      change=C("increase", 12.5, "%", "năm 2023")),
    F("gần 4,4 tỷ đồng", "4,4", 4.4e9, "money", "đồng", "ngân sách huyện hỗ trợ thêm", Y(2024, "Năm 2024", inherited=True),
      approx="nearly"),
    F("có 100% số xã", "100", 100, "percent", "%", "số xã có điểm tập kết rác đạt chuẩn", T25, status="target"),
    F("2 lò đốt nằm", "2", 2, "count", "lò đốt", "lò đốt nằm gần khu dân cư dừng hoạt động", T25, status="target"),
    F("của 4 xã", "4", 4, "count", "xã", "xã phía Nam có rác vận chuyển về Nhà máy xử lý rác thải phát điện", Q2,
      status="forecast"),
    F("khoảng 30 tấn/ngày", "30", 30, "measure", "tấn/ngày", "khối lượng rác vận chuyển về Nhà máy xử lý rác thải phát điện",
      Q2, approx="about", status="forecast"),
]

NOTES = [
    "Báo Bắc Giang online, tag '(BGĐT) -', headline with a figure, dateline 'Cập nhật lúc 15:40, Thứ Ba, 14/01/2025'. All figures are of huyện Lục Nam.",
    "Distractors: 'Ông Vi Văn Năm' (name = number word), 'Nghị quyết số 11/2023/NQ-HĐND', 'Quốc lộ 31', '15:40', 'Thứ Ba'.",
    "Headline 95% (no period, no approx) and the lead's 'khoảng 95%' are two mentions; both recorded. 'vượt 3 điểm phần trăm so với kế hoạch' = change of the lead 95%.",
    "'trong đó khu vực nông thôn chiếm gần 80%' is a share without its own base amount: a percent figure of its own (no total).",
    "'Mỗi ngày … khoảng 105 tấn': unit tấn. '3 xã (Cương Sơn, Lan Mẫu, Yên Sơn)' are names, not a numeric breakdown.",
    "'bằng khoảng 45% chi phí' is the percent of 3,6 tỷ đồng (one change + one share). 'Dự kiến trong quý II/2025' governs 4 xã and 30 tấn/ngày (forecast).",
    "'tiến tới dừng hoạt động 2 lò đốt' continues the 'phấn đấu đến năm 2025' clause: target.",
]

if __name__ == "__main__":
    build("p1071-8", TEXT, NOTES, FIGS, published="2025-01-14", location="Lục Nam")
