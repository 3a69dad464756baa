"""p950-6: national newspaper — Hà Nội thiếu trụ nước chữa cháy (10/2023)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự
Thứ bảy, 14/10/2023, 07:30 (GMT+7)
Hà Nội thiếu gần 6.000 trụ nước chữa cháy

Nội thành Hà Nội mới có khoảng 12.300 trụ nước chữa cháy, trong khi theo quy chuẩn cần trên 18.000 trụ; hơn 1.100 trụ đang hỏng hoặc không có nước.

Theo Công an TP Hà Nội, tính đến hết tháng 9/2023, 12 quận nội thành có 12.318 trụ nước, trong đó 11.204 trụ sử dụng được, 1.114 trụ hỏng, mất nước hoặc bị lấn chiếm. Quận Hoàn Kiếm có mật độ cao nhất, bình quân 9,2 trụ/km2, trong khi quận Hoàng Mai chỉ đạt 2,1 trụ/km2.

Ông Nguyễn Văn Tám, Phó trưởng phòng Cảnh sát PCCC và CNCH, cho biết năm 2022 có 163 vụ cháy mà xe chữa cháy phải tiếp nước từ nguồn cách xa trên 1 km. Tại vụ cháy chung cư mini ở ngõ 29 Khương Hạ hồi tháng 9, lực lượng chữa cháy phải dùng 3 xe tiếp nước luân phiên.

Trong 9 tháng năm 2023, Công ty TNHH MTV Nước sạch Hà Nội đã sửa chữa 386 trụ, lắp mới 152 trụ, tổng kinh phí gần 9,7 tỷ đồng, bình quân khoảng 18 triệu đồng một trụ. Số trụ lắp mới chỉ bằng 38% kế hoạch năm do vướng mặt bằng.

Thành phố đặt mục tiêu đến năm 2025 lắp thêm 3.500 trụ, ưu tiên 30 phường có nguy cơ cháy cao; dự kiến tổng vốn khoảng 65 tỷ đồng. Giai đoạn 2026-2030, thành phố phấn đấu mỗi năm lắp tối thiểu 500 trụ, bảo đảm bán kính phục vụ mỗi trụ không quá 150 m.

Theo các chuyên gia, ngoài trụ nước, Hà Nội cần tận dụng hơn 110 hồ nội thành làm nguồn nước chữa cháy, xây bến lấy nước cho xe chuyên dụng.

Võ Hải
"""

ASOF = P("tính đến hết tháng 9/2023", None, "2023-09-30")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
M9 = P("Trong 9 tháng năm 2023", "2023-01-01", "2023-09-30")
TO25 = P("đến năm 2025", None, "2025-12-31")
G2630 = P("Giai đoạn 2026-2030", "2026-01-01", "2030-12-31")

FIGS = [
    F("thiếu gần 6.000 trụ", "6.000", 6000, "count", "trụ nước chữa cháy", approx="nearly",
      subject="trụ nước chữa cháy còn thiếu"),
    F("khoảng 12.300 trụ", "12.300", 12300, "count", "trụ nước chữa cháy", approx="about",
      subject="trụ nước chữa cháy nội thành"),
    F("trên 18.000 trụ", "18.000", 18000, "count", "trụ", approx="over", subject="trụ cần có theo quy chuẩn"),
    F("hơn 1.100 trụ", "1.100", 1100, "count", "trụ", approx="over", subject="trụ đang hỏng hoặc không có nước"),
    F("12 quận", "12", 12, "count", "quận", "quận nội thành", ASOF),
    F("có 12.318 trụ", "12.318", 12318, "count", "trụ nước", "trụ nước 12 quận nội thành", ASOF),
    F("trong đó 11.204 trụ", "11.204", 11204, "count", "trụ", total=12318, subject="trụ sử dụng được", period=ASOF),
    F("1.114 trụ", "1.114", 1114, "count", "trụ", total=12318,
      subject="trụ hỏng, mất nước hoặc bị lấn chiếm", period=ASOF),
    F("bình quân 9,2 trụ/km2", "9,2", 9.2, "measure", "trụ/km2", subject="mật độ trụ nước", period=I(ASOF),
      location="Hoàn Kiếm"),
    F("đạt 2,1 trụ/km2", "2,1", 2.1, "measure", "trụ/km2", subject="mật độ trụ nước", period=I(ASOF),
      location="Hoàng Mai"),
    F("có 163 vụ cháy", "163", 163, "count", "vụ cháy",
      "vụ cháy xe chữa cháy phải tiếp nước từ nguồn cách xa trên 1 km", Y22),
    F("trên 1 km", "1", 1, "measure", "km", approx="over", subject="khoảng cách nguồn nước", optional=True),
    F("dùng 3 xe", "3", 3, "count", "xe", "xe tiếp nước luân phiên tại vụ cháy chung cư mini"),
    F("sửa chữa 386 trụ", "386", 386, "count", "trụ", "trụ sửa chữa", M9),
    F("lắp mới 152 trụ", "152", 152, "count", "trụ", "trụ lắp mới", M9),
    F("gần 9,7 tỷ đồng", "9,7", 9_700_000_000, "money", "đồng", approx="nearly",
      subject="tổng kinh phí sửa chữa, lắp mới trụ", period=M9),
    F("khoảng 18 triệu đồng", "18", 18_000_000, "money", "đồng/trụ", approx="about",
      subject="kinh phí bình quân một trụ", period=M9),
    F("bằng 38% kế hoạch", "38", 38, "percent", "%", subject="số trụ lắp mới so với kế hoạch năm", period=I(M9)),
    F("thêm 3.500 trụ", "3.500", 3500, "count", "trụ", status="target", subject="trụ lắp thêm", period=TO25),
    F("30 phường", "30", 30, "count", "phường", status="target", subject="phường có nguy cơ cháy cao được ưu tiên",
      period=TO25),
    F("khoảng 65 tỷ đồng", "65", 65_000_000_000, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn lắp trụ nước", period=TO25),
    F("tối thiểu 500 trụ", "500", 500, "count", "trụ", approx="at_least", status="target",
      subject="trụ lắp mỗi năm", period=G2630),
    F("không quá 150 m", "150", 150, "measure", "m", approx="at_most", subject="bán kính phục vụ mỗi trụ",
      optional=True),
    F("hơn 110 hồ", "110", 110, "count", "hồ", approx="over", subject="hồ nội thành có thể làm nguồn nước chữa cháy"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ bảy, 14/10/2023, 07:30 (GMT+7)': Hà Nội hydrant shortage, byline at the end.",
    "Hanoi's quận (Hoàn Kiếm, Hoàng Mai) are districts: the density figures take them as location.",
    "'theo quy chuẩn cần trên 18.000 trụ' is a requirement stated as its own clause, not a plan: a count figure, status actual.",
    "'18 triệu đồng một trụ' = đồng/trụ. 'Số trụ lắp mới chỉ bằng 38% kế hoạch năm' is its own sentence with no count: percent figure.",
    "'mỗi năm lắp tối thiểu 500 trụ' under 'phấn đấu' for 2026-2030: target. 'dự kiến tổng vốn' → forecast, period continues 'đến năm 2025'.",
    "Optional thresholds: 'trên 1 km', 'không quá 150 m'. Distractors: dateline/time, 'ngõ 29 Khương Hạ', 'Nguyễn Văn Tám', 'hồi tháng 9'.",
]

write(6, TEXT, NOTES, FIGS, published="2023-10-14", location="Hà Nội")
