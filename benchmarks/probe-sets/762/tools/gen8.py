"""p762-8: city portal (TP Vinh, Nghệ An) — lớp năng khiếu hè cờ vua, thể thao điện tử 2024."""
from lib import F, P, YEAR, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ VINH
Trang chủ > Tin hoạt động > Văn hóa - Thể thao

Hè 2024: Hơn 3.200 thiếu nhi tham gia lớp năng khiếu cờ vua, thể thao điện tử

Ngày cập nhật 05/08/2024

Theo Phòng Văn hóa và Thông tin thành phố Vinh, từ đầu năm 2024 đến nay, Trung tâm Văn hóa - Thể thao thành phố và các phường, xã đã mở 142 lớp năng khiếu, tăng 26 lớp so với cùng kỳ, trong đó có 58 lớp cờ vua và 12 lớp thể thao điện tử có định hướng.

Tổng số học viên đạt 3.248 em, tăng 38% so với cùng kỳ năm 2023. Trong đó, các lớp cờ vua thu hút 1.065 học viên, chiếm 32,8%.

Riêng trong quý II/2024, thành phố tổ chức 9 giải cờ vua thiếu niên, nhi đồng cấp phường với 1.180 lượt vận động viên. Hiện nay, số người tập luyện cờ vua thường xuyên trên địa bàn đạt 38,5 người/vạn dân, tăng 4,7 người/vạn dân so với năm 2023.

Giải thể thao điện tử thiếu niên thành phố Vinh mở rộng lần thứ 2 (bộ môn Liên Quân Mobile) dự kiến diễn ra từ ngày 20 đến 25/8/2024 tại Cung Văn hóa thiếu nhi (số 06 đường Lê Hồng Phong), với 64 đội tham gia, tổng giải thưởng 45 triệu đồng.

Kinh phí cho hoạt động hè năm 2024 là 1,35 tỷ đồng, trong đó ngân sách thành phố 820 triệu đồng, phần còn lại do doanh nghiệp tài trợ. Phấn đấu đến năm 2025, 100% phường, xã có câu lạc bộ cờ vua thiếu nhi.

Trụ sở: số 27 Lê Lợi, TP Vinh | Hotline: 0238.3844.558 | Lượt truy cập: 1.276.490
"""

SINCE = P("từ đầu năm 2024 đến nay", "2024-01-01", "2024-08-05")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
Y24 = YEAR(2024)

FIGS = [
    F("Hơn 3.200 thiếu nhi", "3.200", 3200, "count", "thiếu nhi",
      "thiếu nhi tham gia lớp năng khiếu cờ vua, thể thao điện tử", approx="over"),
    F("mở 142 lớp", "142", 142, "count", "lớp", "lớp năng khiếu", SINCE,
      change=CH("increase", 26, "lớp", "cùng kỳ")),
    F("có 58 lớp", "58", 58, "count", "lớp", "lớp cờ vua", SINCE, total=142),
    F("và 12 lớp", "12", 12, "count", "lớp", "lớp thể thao điện tử có định hướng", SINCE, total=142),
    F("đạt 3.248 em", "3.248", 3248, "count", "em", "tổng số học viên", I(SINCE),
      change=CH("increase", 38, "%", "cùng kỳ năm 2023")),
    F("thu hút 1.065 học viên", "1.065", 1065, "count", "học viên", "học viên các lớp cờ vua", I(SINCE),
      total=3248, percent=32.8),
    F("tổ chức 9 giải", "9", 9, "count", "giải", "giải cờ vua thiếu niên, nhi đồng cấp phường", Q2),
    F("với 1.180 lượt", "1.180", 1180, "count", "lượt vận động viên", "lượt vận động viên", Q2),
    F("đạt 38,5 người/vạn dân", "38,5", 38.5, "measure", "người/vạn dân",
      "số người tập luyện cờ vua thường xuyên",
      change=CH("increase", 4.7, "người/vạn dân", "năm 2023")),
    F("với 64 đội", "64", 64, "count", "đội",
      "đội tham gia Giải thể thao điện tử thiếu niên thành phố Vinh mở rộng", status="forecast"),
    F("thưởng 45 triệu đồng", "45", 45000000, "money", "đồng", "tổng giải thưởng", status="forecast"),
    F("là 1,35 tỷ đồng", "1,35", 1350000000, "money", "đồng", "kinh phí cho hoạt động hè", Y24),
    F("phố 820 triệu đồng", "820", 820000000, "money", "đồng", "ngân sách thành phố", Y24,
      total=1350000000),
    F("100% phường", "100", 100, "percent", "%", "tỷ lệ phường, xã có câu lạc bộ cờ vua thiếu nhi",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Vinh (Nghệ An), 'Ngày cập nhật 05/08/2024': lớp năng khiếu hè cờ vua, thể thao điện tử 2024.",
    "Not figures: 'Hè 2024', 'lần thứ 2', 'từ ngày 20 đến 25/8/2024' (a date range, not a value range), 'số 06 đường Lê Hồng Phong',",
    "'số 27 Lê Lợi', hotline, 'Lượt truy cập: 1.276.490'. 'từ đầu năm 2024 đến nay' ends at the dateline (2024-08-05).",
    "The two 'Trong đó' breakdowns take the whole before them (142 lớp; 3.248 em). '38,5 người/vạn dân' is a rate (measure),",
    "its change in the same unit. 'dự kiến' governs the tournament sentence (64 đội, 45 triệu đồng: forecast). Location: Vinh.",
]

if __name__ == "__main__":
    emit("p762-8", TEXT, COMMENTS, FIGS, published="2024-08-05", location="Vinh")
