"""p881-1: Bắc Giang province portal - gấc area, yield, processing, targets."""
from lib import F, write, period, year, change

TEXT = """
Trang chủ > Tin tức - Sự kiện > Kinh tế
Gấc nếp cho thu nhập gần 200 triệu đồng/ha
Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.316

(Cổng TTĐT Bắc Giang) - Theo Sở Nông nghiệp và PTNT, năm 2024 toàn tỉnh có 412 ha gấc, tăng 38 ha so với năm 2023; trong đó diện tích trồng theo tiêu chuẩn VietGAP là 95 ha, chiếm 23,1%. Gấc được trồng tập trung ở các huyện Lục Nam (186 ha), Sơn Động (97 ha) và Yên Thế (64 ha).

Năng suất gấc bình quân ước đạt 28 tấn/ha, sản lượng ước đạt khoảng 11.500 tấn quả. Với giá bán tại vườn từ 12.000 đến 15.000 đồng/kg, mỗi ha gấc nếp cho thu nhập gần 200 triệu đồng. Thu nhập từ gấc gấp 2,5 lần so với trồng ngô trên cùng diện tích.

Hiện toàn tỉnh có 6 cơ sở sơ chế, chế biến gấc với tổng công suất khoảng 3.200 tấn/năm, chủ yếu sản xuất màng gấc sấy, dầu gấc và bột gấc. 6 tháng đầu năm 2024, các cơ sở đã thu mua 2.150 tấn quả, đạt 67% kế hoạch năm; doanh thu ước đạt 18,6 tỷ đồng, tăng 12,4% so với cùng kỳ. Riêng Hợp tác xã Gấc nếp Huyền Sơn (xã Huyền Sơn, huyện Lục Nam) đã sản xuất 1.800 lít dầu gấc, có 3 sản phẩm đạt chứng nhận OCOP 3 sao.

Mục tiêu đến năm 2025, tỉnh phấn đấu mở rộng diện tích gấc lên 600 ha, trong đó 250 ha đạt tiêu chuẩn VietGAP hoặc hữu cơ; nâng tỷ lệ sản lượng gấc được chế biến sâu lên trên 40%. Tổng kinh phí hỗ trợ từ ngân sách tỉnh giai đoạn 2024-2025 dự kiến khoảng 5 tỷ đồng, thực hiện theo Nghị quyết số 07/2023/NQ-HĐND của HĐND tỉnh.

Ban Biên tập Cổng Thông tin điện tử tỉnh Bắc Giang
Địa chỉ: Số 82 đường Hùng Vương, TP. Bắc Giang - Điện thoại: 0204.3854.319
"""

Y24 = year(2024)
Y24i = year(2024, inherited=True)
H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("nhập gần 200 triệu đồng/ha", "200", 200e6, "money", "đồng/ha", "thu nhập gấc nếp", approx="nearly"),
    F("toàn tỉnh có 412 ha gấc", "412", 412, "measure", "ha", "diện tích gấc", Y24,
      change=change("increase", 38, "ha", "năm 2023")),
    F("VietGAP là 95 ha", "95", 95, "measure", "ha", "diện tích gấc trồng theo tiêu chuẩn VietGAP", Y24,
      total=412, percent=23.1),
    F("Lục Nam (186 ha)", "186", 186, "measure", "ha", "diện tích gấc", Y24i, location="Lục Nam"),
    F("Sơn Động (97 ha)", "97", 97, "measure", "ha", "diện tích gấc", Y24i, location="Sơn Động"),
    F("Yên Thế (64 ha)", "64", 64, "measure", "ha", "diện tích gấc", Y24i, location="Yên Thế"),
    F("ước đạt 28 tấn/ha", "28", 28, "measure", "tấn/ha", "năng suất gấc bình quân", Y24i, status="estimate"),
    F("khoảng 11.500 tấn quả", "11.500", 11500, "measure", "tấn", "sản lượng gấc", Y24i,
      approx="about", status="estimate"),
    F("từ 12.000 đến 15.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá bán gấc tại vườn", Y24i,
      value_max=15000),
    F("thu nhập gần 200 triệu đồng.", "200", 200e6, "money", "đồng/ha", "thu nhập mỗi ha gấc nếp", Y24i,
      approx="nearly"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "thu nhập từ gấc so với trồng ngô", Y24i),
    F("có 6 cơ sở sơ chế", "6", 6, "count", "cơ sở", "cơ sở sơ chế, chế biến gấc"),
    F("khoảng 3.200 tấn/năm", "3.200", 3200, "measure", "tấn/năm", "tổng công suất cơ sở sơ chế, chế biến gấc",
      approx="about"),
    F("thu mua 2.150 tấn quả", "2.150", 2150, "measure", "tấn", "gấc quả các cơ sở thu mua", H1, percent=67),
    F("ước đạt 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "doanh thu của các cơ sở chế biến gấc", H1,
      status="estimate", change=change("increase", 12.4, "%", "cùng kỳ")),
    F("sản xuất 1.800 lít dầu gấc", "1.800", 1800, "measure", "lít", "dầu gấc Hợp tác xã Gấc nếp Huyền Sơn sản xuất",
      H1i, location="Lục Nam"),
    F("có 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm đạt chứng nhận OCOP 3 sao", location="Lục Nam"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng OCOP", location="Lục Nam", optional=True),
    F("lên 600 ha", "600", 600, "measure", "ha", "diện tích gấc", T25, status="target"),
    F("250 ha đạt tiêu chuẩn", "250", 250, "measure", "ha", "diện tích gấc đạt tiêu chuẩn VietGAP hoặc hữu cơ", T25,
      total=600, status="target"),
    F("lên trên 40%", "40", 40, "percent", "%", "tỷ lệ sản lượng gấc được chế biến sâu", T25,
      approx="over", status="target"),
    F("khoảng 5 tỷ đồng", "5", 5e9, "money", "đồng", "tổng kinh phí hỗ trợ từ ngân sách tỉnh",
      period("giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT Bắc Giang: gấc nếp 2024 - diện tích, năng suất, cơ sở chế biến, mục tiêu 2025.",
    "Headline figure has no period. Paragraph 2 figures inherit năm 2024 from the lead paragraph.",
    "District list (186+97+64 != 412) gets no total. 'OCOP 3 sao' is a star class: optional.",
    "Distractors: Lượt xem 2.316, 09:45, Nghị quyết số 07/2023/NQ-HĐND, Số 82 đường Hùng Vương, 0204.3854.319.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-08-12", location="Bắc Giang")
