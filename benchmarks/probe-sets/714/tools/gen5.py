"""p714-5: Party newspaper (Báo Quảng Ninh): Hạ Long heritage marathon, foreign athletes, tourism impact; byline + date at the end."""
from lib import F, P, I, CH, TG, emit

TEXT = """Marathon quốc tế Di sản vịnh Hạ Long: Hơn 10.000 vận động viên, doanh thu du lịch tăng 27%

(BQN) - Giải Marathon quốc tế Di sản vịnh Hạ Long 2024 vừa khép lại với nhiều con số ấn tượng. Theo Ban Tổ chức, giải thu hút 10.382 vận động viên, tăng 2.150 người so với mùa giải năm 2023; trong đó vận động viên quốc tế là 1.247 người, chiếm 12%.

Các vận động viên quốc tế đến từ 52 quốc gia, đông nhất là Hàn Quốc (312 người), Trung Quốc (205 người) và Nhật Bản (148 người). Đường chạy cự ly 42 km đi qua cầu Bãi Cháy, đường Trần Quốc Nghiễn và Quốc lộ 279.

Trong 3 ngày diễn ra giải, Quảng Ninh đón khoảng 68.000 lượt khách, trong đó khách lưu trú khoảng 41.000 lượt; doanh thu từ du lịch ước đạt 312 tỷ đồng, tăng 27% so với cùng kỳ năm 2023 và tăng 45% so với dịp giải năm 2022. Công suất buồng phòng của các khách sạn 3-5 sao trên địa bàn TP Hạ Long đạt bình quân 92%.

Theo Sở Du lịch, 6 tháng đầu năm 2024, toàn tỉnh ước đón 10,2 triệu lượt khách, tăng 21,5% so với cùng kỳ, đạt 54% kế hoạch năm; tổng doanh thu du lịch ước đạt 21.360 tỷ đồng. Quảng Ninh hiện đứng thứ 3 cả nước về số giải chạy quốc tế tổ chức thường niên, sau Hà Nội và TP Hồ Chí Minh.

Năm 2025, Ban Tổ chức dự kiến bổ sung cự ly 100 km và nâng quy mô lên khoảng 12.000 vận động viên, đồng thời tăng số trạm y tế từ 18 lên 24 trạm.

Thu Hằng

02/07/2024
"""

COMMENTS = [
    "Báo Quảng Ninh (BQN tag): Hạ Long heritage marathon 2024 and tourism. Byline 'Thu Hằng' and bare date '02/07/2024' at the end (= published).",
    "Distractors: '(BQN)', 'Quốc lộ 279', 'khách sạn 3-5 sao' (a star class, not a range), 'Trong 3 ngày diễn ra giải', event-name '2024'.",
    "'tăng 2.150 người so với mùa giải năm 2023' is the change of 10.382; 1.247 (trong đó) has total 10382 and percent 12.",
    "Country items (Hàn Quốc …) are not places: subject carries the country, location stays Quảng Ninh; no total (not directly after a",
    "whole, do not add up to 1.247). Revenue 312 tỷ has two changes: 27% is its change, the 45% a percent figure of its own (optional).",
    "'đạt 54% kế hoạch năm' is the percent of 10,2 triệu; 'đứng thứ 3' a rank. Distances '42 km', '100 km' are category names (optional).",
    "'tăng số trạm y tế từ 18 lên 24 trạm': the 24 is the forecast figure, with change +6 not written: 18 is a baseline, optional.",
]

PR = "Quảng Ninh"
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("Hơn 10.000 vận động viên", "10.000", 10000, "count", "vận động viên",
      "vận động viên Marathon quốc tế Di sản vịnh Hạ Long", approx="over"),
    F("du lịch tăng 27%", "27", 27, "percent", "%", "doanh thu du lịch tăng"),
    F("10.382 vận động viên", "10.382", 10382, "count", "vận động viên", "vận động viên giải thu hút",
      change=CH("increase", 2150, "người", "mùa giải năm 2023")),
    F("1.247 người", "1.247", 1247, "count", "người", "vận động viên quốc tế", total=10382, percent=12),
    F("từ 52 quốc gia", "52", 52, "count", "quốc gia", "quốc gia có vận động viên quốc tế"),
    F("(312 người)", "312", 312, "count", "người", "vận động viên quốc tế đến từ Hàn Quốc"),
    F("(205 người)", "205", 205, "count", "người", "vận động viên quốc tế đến từ Trung Quốc"),
    F("(148 người)", "148", 148, "count", "người", "vận động viên quốc tế đến từ Nhật Bản"),
    F("cự ly 42 km", "42", 42, "measure", "km", "cự ly", optional=True),
    F("khoảng 68.000", "68.000", 68000, "count", "lượt khách", "lượt khách Quảng Ninh đón trong 3 ngày diễn ra giải",
      approx="about"),
    F("khoảng 41.000", "41.000", 41000, "count", "lượt", "khách lưu trú", approx="about", total=68000),
    F("312 tỷ", "312", 312e9, "money", "đồng", "doanh thu từ du lịch", status="estimate",
      change=CH("increase", 27, "%", "cùng kỳ năm 2023")),
    F("tăng 45%", "45", 45, "percent", "%", "doanh thu từ du lịch tăng so với dịp giải năm 2022", status="estimate", optional=True),
    F("bình quân 92%", "92", 92, "percent", "%", "Công suất buồng phòng của các khách sạn 3-5 sao", location="Hạ Long"),
    F("10,2 triệu", "10,2", 10.2e6, "count", "lượt khách", "lượt khách toàn tỉnh đón", H1, status="estimate",
      change=CH("increase", 21.5, "%", "cùng kỳ"), percent=54),
    F("21.360 tỷ", "21.360", 21360e9, "money", "đồng", "tổng doanh thu du lịch", H1, status="estimate"),
    F("thứ 3", "3", 3, "rank", "hạng", "số giải chạy quốc tế tổ chức thường niên"),
    F("cự ly 100 km", "100", 100, "measure", "km", "cự ly bổ sung", Y25, status="forecast", optional=True),
    F("khoảng 12.000", "12.000", 12000, "count", "vận động viên", "quy mô giải", Y25, approx="about", status="forecast"),
    F("từ 18 lên", "18", 18, "count", "trạm y tế", "số trạm y tế hiện nay", optional=True),
    F("lên 24 trạm", "24", 24, "count", "trạm y tế", "số trạm y tế", Y25, status="forecast"),
]

emit("p714-5", TEXT, COMMENTS, FIGS, published="2024-07-02", location=PR)
