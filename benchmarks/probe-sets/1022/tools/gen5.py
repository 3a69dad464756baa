"""p1022-5: Báo Nghệ An (Party paper) — TP. Vinh flooded after heavy rain; drains, pumps, projects (2024)."""
from lib import F, P, I, C, T, write

TEXT = """TP. Vinh: Nhiều tuyến phố ngập sâu sau trận mưa lớn

Chỉ sau khoảng 3 giờ mưa, lượng mưa đo được tại TP. Vinh trong ngày 23/9 đạt 187 mm, hàng loạt tuyến đường như Lê Lợi, Nguyễn Văn Cừ, Quốc lộ 46, đại lộ Lê Nin ngập sâu từ 0,4 đến 0,6 m, nhiều khu dân cư bị ngập trên 12 giờ.

Theo UBND TP. Vinh, toàn thành phố hiện có khoảng 620 km cống, mương thoát nước, phần lớn xây dựng từ trước năm 2010, tiết diện nhỏ, chỉ đáp ứng lượng mưa dưới 100 mm. Thành phố có 2 trạm bơm tiêu chính là trạm bơm Bara Bến Thủy và trạm bơm Hưng Hòa với tổng công suất 12 m3/s, trong khi nhu cầu tiêu thoát khi mưa lớn cao gấp khoảng 2,5 lần.

Năm 2023, thành phố đã bố trí 45 tỷ đồng để cải tạo 8,5 km cống và nạo vét 32 km kênh thoát nước số 1, số 2, qua đó xóa được 6/19 điểm ngập. Hiện thành phố còn 13 điểm ngập thường xuyên, trong đó 5 điểm ngập nặng.

Ông Trần Ngọc Tú, Phó Chủ tịch UBND TP. Vinh cho biết, thành phố đang triển khai dự án cải tạo hệ thống thoát nước khu vực phía Tây với tổng vốn 680 tỷ đồng từ nguồn vay Ngân hàng Thế giới; đến nay dự án đã thi công được khoảng 40% khối lượng. Khi hoàn thành, dự án dự kiến giúp giảm khoảng 70% số điểm ngập. Về lâu dài, theo quy hoạch đến năm 2030, thành phố sẽ xây mới 3 trạm bơm với tổng công suất 25 m3/s.

Người dân mong muốn thành phố sớm hoàn thành các dự án để chấm dứt cảnh "mưa là ngập" kéo dài nhiều năm nay.

HỮU NGHĨA

24/09/2024
"""

DAY = P("ngày 23/9", "2024-09-23", "2024-09-23")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("đến nay", None, "2024-09-24")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 3 giờ mưa", "3", 3, "measure", "giờ", approx="about", optional=True,
      subject="thời gian mưa", period=DAY),
    F("đạt 187 mm", "187", 187, "measure", "mm", subject="lượng mưa", period=DAY),
    F("từ 0,4 đến 0,6 m", "0,4", 0.4, "measure", "m", value_max=0.6,
      subject="độ ngập sâu các tuyến đường", period=DAY),
    F("trên 12 giờ", "12", 12, "measure", "giờ", approx="over",
      subject="thời gian ngập của khu dân cư", period=DAY),
    F("khoảng 620 km", "620", 620, "measure", "km", approx="about", subject="cống, mương thoát nước"),
    F("dưới 100 mm", "100", 100, "measure", "mm", approx="under", optional=True,
      subject="lượng mưa cống đáp ứng"),
    F("có 2 trạm bơm", "2", 2, "count", "trạm bơm", subject="trạm bơm tiêu chính"),
    F("12 m3/s", "12", 12, "measure", "m3/s", subject="tổng công suất trạm bơm tiêu chính"),
    F("gấp khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần", approx="about",
      subject="nhu cầu tiêu thoát khi mưa lớn so với công suất trạm bơm"),
    F("bố trí 45 tỷ đồng", "45", 45_000_000_000, "money", "đồng",
      subject="kinh phí cải tạo cống, nạo vét kênh thoát nước", period=Y23),
    F("cải tạo 8,5 km", "8,5", 8.5, "measure", "km", subject="cống được cải tạo", period=Y23),
    F("nạo vét 32 km", "32", 32, "measure", "km", subject="kênh thoát nước được nạo vét", period=Y23),
    F("xóa được 6/19", "6", 6, "count", "điểm ngập", total=19, subject="điểm ngập được xóa", period=Y23),
    F("còn 13 điểm", "13", 13, "count", "điểm ngập", subject="điểm ngập thường xuyên"),
    F("trong đó 5 điểm", "5", 5, "count", "điểm ngập", total=13, subject="điểm ngập nặng"),
    F("680 tỷ đồng", "680", 680_000_000_000, "money", "đồng",
      subject="tổng vốn dự án cải tạo hệ thống thoát nước khu vực phía Tây"),
    F("khoảng 40% khối lượng", "40", 40, "percent", "%", approx="about",
      subject="khối lượng dự án đã thi công", period=NOW),
    F("khoảng 70% số điểm ngập", "70", 70, "percent", "%", approx="about", status="forecast",
      subject="số điểm ngập giảm"),
    F("xây mới 3 trạm bơm", "3", 3, "count", "trạm bơm", status="target",
      subject="trạm bơm xây mới", period=T30),
    F("25 m3/s", "25", 25, "measure", "m3/s", status="target",
      subject="tổng công suất trạm bơm xây mới", period=T30),
]

COMMENTS = [
    "Báo Nghệ An style (invented): heavy rain in TP. Vinh, drains and pumps, 2023 works, remaining flood spots, WB project, 2030 plan.",
    "Byline 'HỮU NGHĨA' and bare date '24/09/2024' at the end give published. Location Vinh (the city the figures describe).",
    "Not figures: 'Quốc lộ 46', 'trước năm 2010', 'kênh thoát nước số 1, số 2', 'Trần Ngọc Tú', 'Bara Bến Thủy'.",
    "'khoảng 3 giờ mưa' (duration of the rain) and 'dưới 100 mm' (design threshold) are optional.",
    "'cao gấp khoảng 2,5 lần' stands alone as the claim: a multiple. '6/19 điểm ngập' → 6 with total 19.",
    "'theo quy hoạch đến năm 2030, thành phố sẽ xây mới' → target. 'dự kiến giúp giảm khoảng 70%' → forecast percent, no change.",
]

if __name__ == "__main__":
    write("p1022-5", TEXT, FIGS, COMMENTS, published="2024-09-24", location="Vinh")
