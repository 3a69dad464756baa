"""p1163-2: district portal (huyện Hàm Yên, Tuyên Quang), sawdust (mùn cưa) to wood pellets."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÀM YÊN
Trang chủ / Tin tức / Kinh tế

Mùn cưa thành hàng hóa, thêm thu nhập cho cơ sở chế biến gỗ

Ngày xuất bản: 18/03/2025 | Tác giả: Thu Hà

Năm 2024, trên địa bàn huyện có 142 cơ sở chế biến gỗ rừng trồng, trong đó 18 cơ sở có dây chuyền sấy, ép; lượng mùn cưa, dăm bào phát sinh khoảng 36.000 tấn. Trước đây mùn cưa chủ yếu bị đốt bỏ hoặc bán rẻ 300-400 đồng/kg, nay trên địa bàn đã có hai nhà máy sản xuất viên nén thu mua với giá từ 900 đến 1.100 đồng/kg.

Nhà máy viên nén gỗ của Công ty cổ phần Lâm sản Hàm Yên tại xã Thái Sơn có công suất 40.000 tấn/năm, vận hành từ tháng 6/2023. Năm 2024, nhà máy sản xuất 31.200 tấn viên nén, đạt 78% công suất thiết kế, xuất khẩu toàn bộ sang Nhật Bản; doanh thu ước đạt 95 tỷ đồng, nộp ngân sách hơn 4,6 tỷ đồng. Từ đầu năm đến nay, nhà máy đã xuất 6.800 tấn. Công ty sử dụng 65 lao động địa phương, thu nhập từ 7 đến 9 triệu đồng/người/tháng.

Ông Nguyễn Văn Tâm, chủ xưởng xẻ gỗ ở thôn 4, xã Yên Phú, cho biết mỗi tháng xưởng bán khoảng 50 tấn mùn cưa, thu thêm 45-50 triệu đồng. "Trước kia mùn cưa chất đống, lo cháy, giờ nhà máy đến tận xưởng chở đi", ông Tâm nói.

Năm 2025, huyện phấn đấu 100% mùn cưa, phế phụ phẩm gỗ được thu gom, tái sử dụng; dự kiến giá trị sản xuất ngành chế biến gỗ đạt 2.150 tỷ đồng, tăng 12% so với năm 2024.

Lượt xem: 1.027
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-18")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 142 cơ sở", "142", 142, "count", "cơ sở", subject="cơ sở chế biến gỗ rừng trồng", period=Y24),
    F("18 cơ sở", "18", 18, "count", "cơ sở", total=142,
      subject="cơ sở chế biến gỗ rừng trồng có dây chuyền sấy, ép", period=Y24),
    F("khoảng 36.000 tấn", "36.000", 36000, "measure", "tấn", approx="about",
      subject="lượng mùn cưa, dăm bào phát sinh", period=Y24),
    F("bán rẻ 300-400", "300", 300, "money", "đồng/kg", value_max=400, subject="giá bán mùn cưa trước đây"),
    F("có hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy sản xuất viên nén thu mua mùn cưa"),
    F("từ 900 đến 1.100", "900", 900, "money", "đồng/kg", value_max=1100,
      subject="giá thu mua mùn cưa của nhà máy viên nén"),
    F("công suất 40.000 tấn/năm", "40.000", 40000, "measure", "tấn/năm",
      subject="công suất nhà máy viên nén gỗ của Công ty cổ phần Lâm sản Hàm Yên"),
    F("sản xuất 31.200 tấn", "31.200", 31200, "measure", "tấn", percent=78,
      subject="viên nén nhà máy sản xuất", period=Y24),
    F("ước đạt 95 tỷ đồng", "95", 95e9, "money", "đồng", status="estimate",
      subject="doanh thu nhà máy viên nén", period=Y24),
    F("hơn 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", approx="over", status="estimate",
      subject="nộp ngân sách của nhà máy viên nén", period=Y24),
    F("xuất 6.800 tấn", "6.800", 6800, "measure", "tấn", subject="viên nén nhà máy đã xuất", period=YTD),
    F("sử dụng 65 lao động", "65", 65, "count", "lao động", subject="lao động địa phương công ty sử dụng"),
    F("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
      subject="thu nhập lao động của công ty"),
    F("khoảng 50 tấn", "50", 50, "measure", "tấn", approx="about",
      subject="mùn cưa xưởng xẻ gỗ bán mỗi tháng"),
    F("thu thêm 45-50 triệu", "45", 45e6, "money", "đồng", value_max=50e6,
      subject="thu thêm mỗi tháng của xưởng xẻ gỗ từ bán mùn cưa"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ mùn cưa, phế phụ phẩm gỗ được thu gom, tái sử dụng", period=Y25),
    F("đạt 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", status="forecast",
      change=C("increase", 12, "%", "năm 2024"),
      subject="giá trị sản xuất ngành chế biến gỗ", period=Y25),
]

NOTES = [
    "District portal (Hàm Yên, Tuyên Quang): sawdust bought by pellet plants. 'Ngày xuất bản: 18/03/2025 | Tác giả: Thu Hà'; 'Lượt xem: 1.027' at the end.",
    "Distractors: 'vận hành từ tháng 6/2023' (a date), 'thôn 4', view counter, date line. 'hai nhà máy' is a number word (count 2).",
    "Location: the district (Hàm Yên) for every figure; communes (Thái Sơn, Yên Phú) are not places of the spec's kind.",
    "'Năm 2024' opens the first sentence (142 cơ sở ..., trong đó 18 ...; ... 36.000 tấn) and the 31.200 tấn sentence, which continues with ước đạt (estimate for both clauses after ';').",
    "'Trước đây' prices and 'hiện/nay' prices get no period. 'Từ đầu năm đến nay' ends at the published date 2025-03-18.",
    "'mỗi tháng xưởng bán khoảng 50 tấn' keeps unit tấn with 'mỗi tháng' in the subject; the 45-50 triệu income likewise 'đồng'.",
]

if __name__ == "__main__":
    write("p1163-2", TEXT, NOTES, FIGS, published="2025-03-18", location="Hàm Yên")
