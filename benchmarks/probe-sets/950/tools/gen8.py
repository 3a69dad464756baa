"""p950-8: Báo Long An online, tag (BLA) — trụ nước chữa cháy ở các khu, cụm công nghiệp, 5 tháng 2025."""
from lib import F, P, I, C, T, write

TEXT = """Báo Long An Online
Thời sự - Chính trị
Hơn 1.600 trụ nước chữa cháy phục vụ các khu, cụm công nghiệp
Cập nhật lúc 15:40, Thứ hai, 16/06/2025

(BLA) - Theo Công an tỉnh, tính đến cuối tháng 5/2025, toàn tỉnh có 1.642 trụ nước chữa cháy, tăng 118 trụ so với cuối năm 2024; trong đó các khu, cụm công nghiệp có 967 trụ, chiếm 58,9%.

5 tháng đầu năm, các đơn vị cấp nước đã lắp mới 126 trụ, đạt 42% kế hoạch năm. Các huyện Đức Hòa, Bến Lức, Cần Giuộc là những địa phương lắp mới nhiều nhất, lần lượt 41, 35 và 22 trụ. Riêng KCN Tân Đức và Cụm công nghiệp Long Định - Long Cang dọc Quốc lộ 1A đã lắp thêm 19 trụ.

Năm 2024, toàn tỉnh xảy ra 38 vụ cháy, giảm 9 vụ so với năm 2023; trong đó có 21 vụ tại các cơ sở sản xuất trong khu, cụm công nghiệp. Thiệt hại về tài sản ước tính khoảng 27 tỷ đồng.

Ngoài trụ nước, tỉnh có 2.350 ao, hồ, kênh, rạch được khảo sát làm nguồn nước chữa cháy, trong đó gần 1.900 điểm xe chữa cháy tiếp cận được. Từ đầu năm đến nay, mực nước nhiều kênh nội đồng ở huyện Đức Huệ đã giảm 0,8-1,2 m, gây khó khăn cho việc lấy nước.

Thực hiện Nghị định số 50/2024/NĐ-CP, năm 2025 tỉnh phấn đấu lắp mới 300 trụ và bảo đảm 100% khu công nghiệp đang hoạt động có bể nước dự trữ tối thiểu 300 m3. Tổng kinh phí dự kiến khoảng 6,2 tỷ đồng, bình quân 20,7 triệu đồng/trụ.

Đại tá Lê Văn Hai, Phó Giám đốc Công an tỉnh, đề nghị doanh nghiệp không che chắn, lấn chiếm trụ nước; kiểm tra định kỳ 6 tháng một lần.

MINH NGỌC
"""

ASOF = P("tính đến cuối tháng 5/2025", None, "2025-05-31")
M5 = P("5 tháng đầu năm", "2025-01-01", "2025-05-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-06-16")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
LAP = "trụ nước lắp mới"

FIGS = [
    F("Hơn 1.600 trụ", "1.600", 1600, "count", "trụ nước chữa cháy", approx="over",
      subject="trụ nước chữa cháy phục vụ các khu, cụm công nghiệp"),
    F("có 1.642 trụ", "1.642", 1642, "count", "trụ nước chữa cháy", change=C("increase", 118, "trụ", "cuối năm 2024"),
      subject="trụ nước chữa cháy", period=ASOF),
    F("có 967 trụ", "967", 967, "count", "trụ", total=1642, percent=58.9,
      subject="trụ nước chữa cháy tại các khu, cụm công nghiệp", period=ASOF),
    F("lắp mới 126 trụ", "126", 126, "count", "trụ", percent=42, subject=LAP, period=M5),
    F("lần lượt 41,", "41", 41, "count", "trụ", LAP, I(M5), location="Đức Hòa"),
    F("41, 35 và", "35", 35, "count", "trụ", LAP, I(M5), location="Bến Lức"),
    F("35 và 22 trụ", "22", 22, "count", "trụ", LAP, I(M5), location="Cần Giuộc"),
    F("lắp thêm 19 trụ", "19", 19, "count", "trụ", "trụ lắp thêm tại KCN Tân Đức và Cụm công nghiệp Long Định - Long Cang"),
    F("xảy ra 38 vụ cháy", "38", 38, "count", "vụ cháy", change=C("decrease", 9, "vụ", "năm 2023"),
      subject="vụ cháy", period=Y24),
    F("có 21 vụ", "21", 21, "count", "vụ", total=38, subject="vụ cháy tại các cơ sở sản xuất trong khu, cụm công nghiệp",
      period=Y24),
    F("khoảng 27 tỷ đồng", "27", 27_000_000_000, "money", "đồng", approx="about", status="estimate",
      subject="thiệt hại về tài sản do cháy", period=I(Y24)),
    F("có 2.350 ao", "2.350", 2350, "count", "ao, hồ, kênh, rạch",
      "ao, hồ, kênh, rạch được khảo sát làm nguồn nước chữa cháy"),
    F("gần 1.900 điểm", "1.900", 1900, "count", "điểm", approx="nearly", total=2350,
      subject="điểm xe chữa cháy tiếp cận được"),
    F("giảm 0,8-1,2 m", "0,8", 0.8, "measure", "m", value_max=1.2, subject="mực nước kênh nội đồng giảm", period=YTD,
      location="Đức Huệ"),
    F("lắp mới 300 trụ", "300", 300, "count", "trụ", status="target", subject=LAP, period=Y25),
    F("bảo đảm 100% khu", "100", 100, "percent", "%", status="target",
      subject="khu công nghiệp đang hoạt động có bể nước dự trữ", period=Y25),
    F("tối thiểu 300 m3", "300", 300, "measure", "m3", approx="at_least", subject="dung tích bể nước dự trữ",
      optional=True),
    F("định kỳ 6 tháng", "6", 6, "measure", "tháng", subject="chu kỳ kiểm tra trụ nước", optional=True),
    F("khoảng 6,2 tỷ đồng", "6,2", 6_200_000_000, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí lắp mới trụ nước", period=I(Y25)),
    F("20,7 triệu đồng/trụ", "20,7", 20_700_000, "money", "đồng/trụ", status="forecast",
      subject="kinh phí bình quân lắp mới trụ nước", period=I(Y25)),
]

NOTES = [
    "Báo Long An online: headline figure 'Hơn 1.600 trụ', 'Cập nhật lúc 15:40, Thứ hai, 16/06/2025', tag '(BLA) -', byline at end.",
    "'5 tháng đầu năm' has no year: 2025 (nearest earlier date 'tháng 5/2025'). 'lần lượt 41, 35 và 22 trụ' are district items.",
    "'giảm 0,8-1,2 m' has no base amount: the drop itself is the figure (measure range), location Đức Huệ; 'Từ đầu năm đến nay' ends at the dateline.",
    "'Tổng kinh phí dự kiến' → forecast; its period 'năm 2025' stands in the previous sentence (inherited).",
    "Optional: 'tối thiểu 300 m3' (a requirement), 'định kỳ 6 tháng một lần' (a recommended frequency). Distractors: '(BLA)', Nghị định 50/2024/NĐ-CP, Quốc lộ 1A, 'Đại tá Lê Văn Hai', 'Thứ hai'.",
]

write(8, TEXT, NOTES, FIGS, published="2025-06-16", location="Long An")
