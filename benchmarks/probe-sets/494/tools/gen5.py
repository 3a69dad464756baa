"""p494-5: Party newspaper (Báo Khánh Hòa) — Tết Giáp Thìn 2024: guests, occupancy in Nha Trang, markets, room prices."""
from lib import F, P, I, CH, emit

TEXT = """Báo Khánh Hòa - Cơ quan của Đảng bộ tỉnh Khánh Hòa
Kinh tế | Du lịch

Khánh Hòa: Công suất phòng dịp Tết Giáp Thìn đạt trên 80%

Trong 9 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8 đến 16/2/2024), Khánh Hòa đón khoảng 285.000 lượt khách lưu trú, tăng 27% so với Tết Quý Mão 2023; trong đó khách quốc tế hơn 118.000 lượt. Doanh thu từ hoạt động du lịch ước đạt 1.450 tỷ đồng.

Theo Sở Du lịch, công suất phòng bình quân tại TP Nha Trang đạt 82%; nhiều khách sạn 4-5 sao trên đường Trần Phú kín phòng từ mùng 2 đến mùng 5 Tết. Thị trường khách quốc tế chủ yếu là Hàn Quốc (chiếm 38%), Trung Quốc (21%) và Nga (12%).

Toàn tỉnh hiện có 1.156 cơ sở lưu trú với 47.900 phòng, trong đó TP Nha Trang chiếm 80% số phòng. Giá phòng dịp Tết tăng 20-30% so với ngày thường; phòng khách sạn 4 sao phổ biến ở mức 2,5-3,5 triệu đồng/đêm.

Giám đốc Sở Du lịch Trần Minh Đức cho biết, chi tiêu bình quân của du khách dịp Tết khoảng 2,8 triệu đồng/người/ngày, cao hơn 15% so với năm trước. Trong dịp Tết, tỉnh đón 412 chuyến bay quốc tế, nhiều nhất là các đường bay từ Seoul, Busan.

Năm 2024, ngành du lịch tỉnh đặt mục tiêu đón 10 triệu lượt khách lưu trú, trong đó 3,5 triệu lượt khách quốc tế. Để giữ hình ảnh điểm đến, Sở đề nghị các cơ sở niêm yết giá công khai; du khách phản ánh qua đường dây nóng 1900.636.818 hoặc số 0258.3822.753.

PHƯƠNG LINH
17/02/2024
"""

TET = P("từ ngày 8 đến 16/2/2024", "2024-02-08", "2024-02-16")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt trên 80%", "80", 80, "percent", "%", approx="over", subject="công suất phòng dịp Tết Giáp Thìn"),
    F("khoảng 285.000 lượt", "285.000", 285000, "count", "lượt khách", approx="about",
      change=CH("increase", 27, baseline="Tết Quý Mão 2023"), subject="khách lưu trú", period=TET),
    F("hơn 118.000 lượt", "118.000", 118000, "count", "lượt", approx="over", total=285000,
      subject="khách quốc tế", period=TET),
    F("ước đạt 1.450 tỷ đồng", "1.450", 1450e9, "money", "đồng", status="estimate",
      subject="doanh thu từ hoạt động du lịch", period=I(TET)),
    F("đạt 82%", "82", 82, "percent", "%", subject="công suất phòng bình quân", location="Nha Trang"),
    F("(chiếm 38%)", "38", 38, "percent", "%", subject="thị trường khách quốc tế Hàn Quốc"),
    F("(21%)", "21", 21, "percent", "%", subject="thị trường khách quốc tế Trung Quốc"),
    F("(12%)", "12", 12, "percent", "%", subject="thị trường khách quốc tế Nga"),
    F("có 1.156 cơ sở lưu trú", "1.156", 1156, "count", "cơ sở lưu trú", subject="cơ sở lưu trú"),
    F("với 47.900 phòng", "47.900", 47900, "count", "phòng", subject="phòng của các cơ sở lưu trú"),
    F("chiếm 80% số phòng", "80", 80, "percent", "%", subject="số phòng", location="Nha Trang"),
    F("tăng 20-30%", "20", 20, "percent", "%", value_max=30, subject="giá phòng dịp Tết so với ngày thường"),
    F("mức 2,5-3,5 triệu", "2,5", 2_500_000, "money", "đồng/đêm", value_max=3_500_000,
      subject="giá phòng khách sạn 4 sao"),
    F("khoảng 2,8 triệu", "2,8", 2_800_000, "money", "đồng/người/ngày", approx="about",
      change=CH("increase", 15, baseline="năm trước"), subject="chi tiêu bình quân của du khách dịp Tết"),
    F("đón 412 chuyến bay", "412", 412, "count", "chuyến bay", subject="chuyến bay quốc tế tỉnh đón trong dịp Tết"),
    F("đón 10 triệu lượt", "10", 10_000_000, "count", "lượt khách", status="target", subject="khách lưu trú",
      period=Y24),
    F("trong đó 3,5 triệu", "3,5", 3_500_000, "count", "lượt khách", total=10_000_000, status="target",
      subject="khách quốc tế", period=Y24),
]

COMMENTS = [
    "Báo Khánh Hòa (Party newspaper): Tết Nguyên đán Giáp Thìn 2024 — khách lưu trú, công suất phòng Nha Trang, thị trường, giá phòng.",
    "Byline 'PHƯƠNG LINH' and the bare date '17/02/2024' at the end give `published`. '9 ngày nghỉ Tết' is a duration that locates the",
    "figures in time; 'mùng 2 đến mùng 5 Tết', star classes '4-5 sao'/'4 sao', 'đường Trần Phú', the hotlines are not figures.",
    "Period 'từ ngày 8 đến 16/2/2024' (2024-02-08 to 2024-02-16) is scored where it stands in the sentence; the headline has none.",
    "Market shares after country names are percent figures; a source market is not a place of the figure (location stays Khánh Hòa).",
    "'trong đó TP Nha Trang chiếm 80% số phòng': a percent figure of its own (Nha Trang's share), not the percent of 47.900 phòng.",
    "'Giá phòng … tăng 20-30% so với ngày thường' is a rate that is the claim: percent range, no change. 'khoảng' alone is approx, not estimate.",
]

if __name__ == "__main__":
    emit("p494-5", TEXT, COMMENTS, FIGS, published="2024-02-17", location="Khánh Hòa")
