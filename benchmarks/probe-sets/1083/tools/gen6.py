"""p1083-6: national newspaper, Sa Đéc (Đồng Tháp) kumquat ('tắc kiểng') for Tết Ất Tỵ."""
from lib import F, write, year, period, change, target

TEXT = """Thứ bảy, 18/1/2025, 07:30 (GMT+7)
Làng hoa Sa Đéc có 70.000 chậu tắc kiểng phục vụ Tết

Nhà vườn ở làng hoa Sa Đéc (Đồng Tháp) đưa ra thị trường khoảng 70.000 chậu tắc (quất) kiểng dịp Tết Ất Tỵ, giá bán tăng 10-15% so với Tết trước.

Tại phường Tân Quy Đông, TP Sa Đéc, những ngày này nông dân tất bật lặt lá, uốn cành để tắc ra trái đều, chín vàng đúng Tết. Theo Phòng Kinh tế TP Sa Đéc, toàn thành phố có 68 ha trồng tắc kiểng với khoảng 320 hộ, tăng 25 hộ so với năm ngoái. Từ đầu tháng 12/2024 đến nay, thương lái đã thu mua khoảng 45.000 chậu tắc, chủ yếu đưa đi TP HCM và các tỉnh miền Đông.

Ông Lê Văn Sáu, 62 tuổi, ở khóm 3, phường Tân Quy Đông, trồng 1.500 chậu tắc. "Tắc năm nay trái to, đẹp, thương lái đã đặt mua hơn 80% số chậu", ông nói.

Tắc kiểng loại nhỏ, cao 0,6-0,8 m, có giá 180.000-250.000 đồng một chậu; loại lớn cao trên 1,5 m giá 1-1,5 triệu đồng. Những chậu tắc bonsai, tắc hồ lô tạo dáng bán từ 2 triệu đồng trở lên.

Theo UBND TP Sa Đéc, dịp Tết Ất Tỵ, làng hoa Sa Đéc đưa ra thị trường khoảng 1,8 triệu chậu hoa, kiểng các loại, trong đó tắc chiếm gần 4%. Doanh thu toàn làng hoa dự kiến đạt 650 tỷ đồng, cao hơn 8% so với năm 2024.

Cả tỉnh Đồng Tháp hiện có khoảng 760 ha hoa, kiểng, trong đó Sa Đéc chiếm hơn 80%. Tỉnh phấn đấu đến năm 2030 nâng diện tích hoa, kiểng lên 1.000 ha.

Ngọc Tài
"""

DT = "Đồng Tháp"
FIGS = [
    F("có 70.000 chậu", "70.000", 70000, "count", "chậu", "tắc kiểng phục vụ Tết"),
    F("khoảng 70.000 chậu", "70.000", 70000, "count", "chậu", "tắc (quất) kiểng đưa ra thị trường",
      approx="about"),
    F("tăng 10-15%", "10", 10, "percent", "%", "giá bán tắc kiểng", value_max=15),
    F("có 68 ha", "68", 68, "measure", "ha", "diện tích trồng tắc kiểng"),
    F("khoảng 320 hộ", "320", 320, "count", "hộ", "hộ trồng tắc kiểng", approx="about",
      change=change("increase", 25, "hộ", "năm ngoái")),
    F("khoảng 45.000 chậu", "45.000", 45000, "count", "chậu", "chậu tắc thương lái thu mua", approx="about",
      period=period("Từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-18")),
    F("62 tuổi", "62", 62, "measure", "tuổi", "tuổi ông Lê Văn Sáu", optional=True),
    F("trồng 1.500 chậu", "1.500", 1500, "count", "chậu", "tắc ông Lê Văn Sáu trồng"),
    F("hơn 80% số chậu", "80", 80, "percent", "%", "tỷ lệ số chậu tắc thương lái đã đặt mua", approx="over"),
    F("cao 0,6-0,8 m", "0,6", 0.6, "measure", "m", "chiều cao tắc kiểng loại nhỏ", value_max=0.8,
      optional=True),
    F("180.000-250.000 đồng", "180.000", 180000, "money", "đồng/chậu", "giá tắc kiểng loại nhỏ",
      value_max=250000),
    F("cao trên 1,5 m", "1,5", 1.5, "measure", "m", "chiều cao tắc kiểng loại lớn", approx="over",
      optional=True),
    F("giá 1-1,5 triệu đồng", "1", 1000000, "money", "đồng", "giá tắc kiểng loại lớn", value_max=1500000),
    F("từ 2 triệu đồng trở lên", "2", 2000000, "money", "đồng", "giá tắc bonsai, tắc hồ lô tạo dáng",
      approx="at_least"),
    F("khoảng 1,8 triệu chậu", "1,8", 1800000, "count", "chậu", "chậu hoa, kiểng các loại đưa ra thị trường",
      approx="about"),
    F("chiếm gần 4%", "4", 4, "percent", "%", "tỷ lệ tắc trong số chậu hoa, kiểng", approx="nearly"),
    F("650 tỷ đồng", "650", 650000000000, "money", "đồng", "doanh thu toàn làng hoa",
      change=change("increase", 8, "%", "năm 2024"), status="forecast"),
    F("khoảng 760 ha", "760", 760, "measure", "ha", "diện tích hoa, kiểng", approx="about", location=DT),
    F("chiếm hơn 80%", "80", 80, "percent", "%", "tỷ trọng diện tích hoa, kiểng", approx="over"),
    F("lên 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích hoa, kiểng", status="target",
      period=period("đến năm 2030", None, "2030-12-31"), location=DT),
]

NOTES = [
    "revised after the first run: the growth-rate percent's subject names the indicator only (was 'giá bán tắc kiểng tăng so với Tết trước').",
    "National newspaper style ('Thứ bảy, 18/1/2025, 07:30 (GMT+7)'): Sa Đéc kumquat (tắc kiểng) for Tết Ất Tỵ.",
    "Location Sa Đéc (a city of Đồng Tháp; the ward Tân Quy Đông lies in it); province figures Đồng Tháp.",
    "'giá bán tăng 10-15%' is a price growth with no base amount: own percent figure, not a change of 70.000 chậu.",
    "'Từ đầu tháng 12/2024 đến nay' ends at the dateline. Heights 'cao 0,6-0,8 m', 'cao trên 1,5 m' describe size",
    "classes and the age '62 tuổi' an interviewee: optional. 'trong đó tắc chiếm gần 4%', 'Sa Đéc chiếm hơn 80%'",
    "are shares of parts (own percent figures). Distractors: 'khóm 3', 'Ông Lê Văn Sáu', '07:30', 'TP HCM'.",
]

write(6, TEXT, FIGS, NOTES, published="2025-01-18", location="Sa Đéc")
