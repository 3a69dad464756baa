"""p1347-1: province portal (Hà Tĩnh): cá chạch sụn, 9 months 2024; Đức Thọ passage."""
from lib import F, P, INH, CHG, TGT, write

TEXT = """Cổng Thông tin điện tử tỉnh Hà Tĩnh
Trang chủ > Kinh tế > Nông nghiệp - Nông thôn

Nuôi cá chạch sụn: 9 tháng ước thu gần 180 tấn

Cập nhật: 15/10/2024 09:35 | Lượt xem: 1.864

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, toàn tỉnh có 412 hộ nuôi cá chạch sụn với tổng diện tích 68,5 ha, tăng 12,3 ha so với cùng kỳ năm 2023. Sản lượng thu hoạch 9 tháng ước đạt 176,4 tấn, tăng 18,6% so với cùng kỳ, bằng 73,5% kế hoạch năm. Trong đó, nuôi trong ao đất đạt 121,8 tấn, nuôi trong bể xi măng và bể lót bạt 54,6 tấn.

Cá chạch sụn được nuôi tập trung ở các huyện Đức Thọ, Can Lộc và Thạch Hà. Riêng huyện Đức Thọ có 165 hộ nuôi với diện tích khoảng 27 ha, sản lượng chiếm 41% toàn tỉnh.

Giá cá chạch sụn thương phẩm hiện dao động từ 200.000 đến 230.000 đồng/kg, cao hơn khoảng 15.000 đồng/kg so với đầu năm. Năng suất bình quân đạt 2,6 tấn/ha; mỗi ha ao nuôi cho lãi từ 250 đến 300 triệu đồng. Hiệu quả kinh tế của nghề nuôi cá chạch sụn gấp 4-5 lần trồng lúa.

Từ đầu năm đến nay, Trung tâm Khuyến nông tỉnh đã tổ chức 9 lớp tập huấn, hỗ trợ hơn 1,1 triệu con giống cho các hộ theo Quyết định số 1865/QĐ-UBND của UBND tỉnh. Quý IV, Trung tâm dự kiến mở thêm 6 lớp tập huấn cho khoảng 240 lượt hộ nuôi.

Tỉnh phấn đấu đến năm 2025 nâng diện tích nuôi cá chạch sụn lên 100 ha, sản lượng đạt trên 300 tấn/năm.

Tin liên quan:
- Can Lộc: Khai giảng lớp nghề nuôi thủy sản nước ngọt khóa 3
- Hà Tĩnh triển khai Kế hoạch 125/KH-UBND phòng, chống dịch bệnh thủy sản năm 2024
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9s = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
DT = "Đức Thọ"

FIGS = [
    F("ước thu gần 180 tấn", "180", 180, "measure", "tấn", approx="nearly", status="estimate",
      subject="cá chạch sụn thu", period=N9s),
    F("có 412 hộ", "412", 412, "count", "hộ", subject="hộ nuôi cá chạch sụn", period=N9),
    F("diện tích 68,5 ha", "68,5", 68.5, "measure", "ha", change=CHG("increase", 12.3, "ha", "cùng kỳ năm 2023"),
      subject="tổng diện tích nuôi cá chạch sụn", period=N9),
    F("ước đạt 176,4 tấn", "176,4", 176.4, "measure", "tấn", status="estimate", percent=73.5,
      change=CHG("increase", 18.6, "%", "cùng kỳ"), subject="sản lượng cá chạch sụn thu hoạch", period=N9s),
    F("ao đất đạt 121,8 tấn", "121,8", 121.8, "measure", "tấn", total=176.4, status="estimate",
      subject="sản lượng cá chạch sụn nuôi trong ao đất", period=INH(N9s)),
    F("bể lót bạt 54,6 tấn", "54,6", 54.6, "measure", "tấn", total=176.4, status="estimate",
      subject="sản lượng cá chạch sụn nuôi trong bể xi măng và bể lót bạt", period=INH(N9s)),
    F("có 165 hộ", "165", 165, "count", "hộ", subject="hộ nuôi cá chạch sụn", period=INH(N9), location=DT),
    F("khoảng 27 ha", "27", 27, "measure", "ha", approx="about", subject="diện tích nuôi cá chạch sụn",
      period=INH(N9), location=DT),
    F("chiếm 41%", "41", 41, "percent", "%", subject="sản lượng cá chạch sụn của huyện Đức Thọ so với toàn tỉnh",
      period=INH(N9), location=DT),
    F("từ 200.000 đến 230.000", "200.000", 200000, "money", "đồng/kg", value_max=230000,
      change=CHG("increase", 15000, "đồng/kg", "đầu năm", approx="about"),
      subject="giá cá chạch sụn thương phẩm"),
    F("đạt 2,6 tấn/ha", "2,6", 2.6, "measure", "tấn/ha", subject="năng suất bình quân nuôi cá chạch sụn"),
    F("từ 250 đến 300 triệu", "250", 250e6, "money", "đồng/ha", value_max=300e6,
      subject="lãi mỗi ha ao nuôi cá chạch sụn"),
    F("gấp 4-5 lần", "4", 4, "multiple", "lần", value_max=5,
      subject="hiệu quả kinh tế của nghề nuôi cá chạch sụn so với trồng lúa"),
    F("tổ chức 9 lớp", "9", 9, "count", "lớp tập huấn", subject="lớp tập huấn Trung tâm Khuyến nông tỉnh tổ chức",
      period=YTD),
    F("hơn 1,1 triệu", "1,1", 1.1e6, "count", "con giống", approx="over", subject="con giống hỗ trợ cho các hộ",
      period=YTD),
    F("thêm 6 lớp", "6", 6, "count", "lớp tập huấn", status="forecast", subject="lớp tập huấn mở thêm",
      period=Q4),
    F("khoảng 240 lượt", "240", 240, "count", "lượt hộ", approx="about", status="forecast",
      subject="lượt hộ nuôi được tập huấn", period=Q4),
    F("lên 100 ha", "100", 100, "measure", "ha", status="target", subject="diện tích nuôi cá chạch sụn",
      period=T25),
    F("trên 300 tấn/năm", "300", 300, "measure", "tấn/năm", approx="over", status="target",
      subject="sản lượng cá chạch sụn", period=T25),
]

NOTES = [
    "Province portal (Hà Tĩnh): cá chạch sụn 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 09:35 | Lượt xem: 1.864', related links.",
    "Distractors: 09:35, Lượt xem 1.864, Quyết định số 1865/QĐ-UBND, 'khóa 3', Kế hoạch 125/KH-UBND, 'năm 2024' in a link.",
    "Headline '9 tháng ước thu gần 180 tấn' is a figure of its own (estimate, nearly), period 9 months of the dateline year.",
    "'Trong đó' parts take the whole 176,4 tấn and its status (estimate); their period stands in the previous sentence (inherited).",
    "Đức Thọ passage: location Đức Thọ; 'sản lượng chiếm 41% toàn tỉnh' names its own indicator (sản lượng) → its own percent figure,",
    "not the share of the 27 ha area. Price 'hiện' → no period; 'cao hơn khoảng 15.000 đồng/kg so với đầu năm' is its change.",
    "'gấp 4-5 lần trồng lúa' stands alone as the claim → multiple. 'Quý IV' → 2024 (nearest earlier period is the dateline year).",
    "revised after the first run: headline subject 'sản lượng cá chạch sụn thu hoạch' → 'cá chạch sụn thu' (the headline names",
    "'Nuôi cá chạch sụn ... thu'; 'sản lượng' and 'hoạch' had been brought in from the body).",
]

if __name__ == "__main__":
    write("p1347-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Hà Tĩnh")
