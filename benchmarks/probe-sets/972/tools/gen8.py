"""p972-8: Báo Hậu Giang online, certified rice seed fields vụ Hè Thu 2024; headline figure, (BHG) tag."""
from lib import F, C, T, P, I, year, write

TEXT = """
BÁO HẬU GIANG ĐIỆN TỬ
Kinh tế | Nông nghiệp

Hơn 1.200 ha lúa giống đạt chứng nhận chất lượng

Cập nhật: 07/08/2024 - 15:10

(BHG) - Vụ Hè Thu năm 2024, toàn tỉnh có 1.236 ha ruộng lúa giống được cấp giấy chứng nhận chất lượng, tăng 154 ha so với vụ Hè Thu năm 2023. Trong đó, huyện Phụng Hiệp có diện tích lớn nhất với 412 ha, kế đến là Long Mỹ 318 ha, Châu Thành A 276 ha.

Qua kiểm định, các ruộng giống đạt năng suất bình quân 6,35 tấn/ha, sản lượng lúa giống ước đạt gần 7.900 tấn. Trong 6 tháng đầu năm 2024, các doanh nghiệp trên địa bàn đã thu mua 5.420 tấn lúa giống, bằng 118% so với cùng kỳ; riêng quý II/2024 thu mua 3.150 tấn.

Theo Trung tâm Khuyến nông - Giống cây trồng tỉnh, từ đầu năm đến nay đơn vị đã lấy 186 mẫu giống lúa để kiểm nghiệm, trong đó 181 mẫu đạt chất lượng, chiếm 97,3%. Các mẫu không đạt chủ yếu do tỷ lệ hạt khác giống vượt quá 0,3%.

Tỉnh hiện có 21 tổ hợp tác, hợp tác xã sản xuất lúa giống, liên kết với 8 doanh nghiệp bao tiêu sản phẩm. Giá lúa giống xác nhận được doanh nghiệp thu mua bình quân 8.700 đồng/kg, cao hơn lúa thường từ 800 đến 1.000 đồng/kg.

Hiện tỷ lệ nông dân sử dụng giống xác nhận trên địa bàn tỉnh đạt khoảng 71,5%; tỉnh đặt mục tiêu đến cuối năm 2025 nâng tỷ lệ này lên 80%. Theo Nghị quyết số 05/2021/NQ-HĐND, tỉnh hỗ trợ 30% giá giống xác nhận cho nông dân tham gia cánh đồng lớn, tối đa 2 triệu đồng/ha.

KHÁNH TRUNG
"""

HT = year("Vụ Hè Thu năm 2024", 2024)
H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-08-07")
E25 = P("đến cuối năm 2025", None, "2025-12-31")
AREA = "diện tích ruộng lúa giống được cấp giấy chứng nhận chất lượng"

FIGS = [
    F("Hơn 1.200 ha", "1.200", 1200, "measure", "ha", "lúa giống đạt chứng nhận chất lượng", approx="over"),
    F("có 1.236 ha", "1.236", 1236, "measure", "ha", AREA, HT, change=C("increase", 154, "ha", "vụ Hè Thu năm 2023")),
    F("với 412 ha", "412", 412, "measure", "ha", AREA, I(HT), total=1236, location="Phụng Hiệp"),
    F("Long Mỹ 318 ha", "318", 318, "measure", "ha", AREA, I(HT), total=1236, location="Long Mỹ"),
    F("Châu Thành A 276 ha", "276", 276, "measure", "ha", AREA, I(HT), total=1236, location="Châu Thành A"),
    F("bình quân 6,35 tấn/ha", "6,35", 6.35, "measure", "tấn/ha", "năng suất ruộng giống bình quân", I(HT)),
    F("gần 7.900 tấn", "7.900", 7900, "measure", "tấn", "sản lượng lúa giống", I(HT), approx="nearly",
      status="estimate"),
    F("thu mua 5.420 tấn", "5.420", 5420, "measure", "tấn", "lúa giống doanh nghiệp thu mua", H6, percent=118),
    F("thu mua 3.150 tấn", "3.150", 3150, "measure", "tấn", "lúa giống doanh nghiệp thu mua", Q2),
    F("lấy 186 mẫu", "186", 186, "count", "mẫu", "mẫu giống lúa kiểm nghiệm", YTD),
    F("181 mẫu", "181", 181, "count", "mẫu", "mẫu giống lúa đạt chất lượng", YTD, total=186, percent=97.3),
    F("vượt quá 0,3%", "0,3", 0.3, "percent", "%", "tỷ lệ hạt khác giống", optional=True),
    F("có 21 tổ hợp tác", "21", 21, "count", "tổ hợp tác, hợp tác xã", "tổ hợp tác, hợp tác xã sản xuất lúa giống"),
    F("với 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", "doanh nghiệp bao tiêu sản phẩm"),
    F("bình quân 8.700 đồng/kg", "8.700", 8700, "money", "đồng/kg", "giá lúa giống xác nhận doanh nghiệp thu mua",
      change=C("increase", 800, "đồng/kg", "lúa thường")),
    F("khoảng 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ nông dân sử dụng giống xác nhận", approx="about"),
    F("lên 80%", "80", 80, "percent", "%", "tỷ lệ nông dân sử dụng giống xác nhận", E25, status="target"),
    F("hỗ trợ 30% giá giống", "30", 30, "percent", "%", "mức hỗ trợ giá giống xác nhận"),
    F("tối đa 2 triệu đồng/ha", "2", 2000000, "money", "đồng/ha", "mức hỗ trợ giá giống xác nhận tối đa",
      approx="at_most"),
]

NOTES = [
    "Báo Hậu Giang online: headline with a figure, 'Cập nhật: 07/08/2024 - 15:10', '(BHG) -' tag, byline at the end.",
    "Headline 'Hơn 1.200 ha' has no period phrase: no period. Districts after 'Trong đó' are parts of 1.236 ha (total)",
    "although they do not add up to it; location = the district. 'bằng 118% so với cùng kỳ' is the percent of 5.420 tấn.",
    "'riêng quý II/2024 thu mua 3.150 tấn' is a sub-period, not a part of the same period: no total.",
    "'từ đầu năm đến nay' ends at the dateline. 'cao hơn lúa thường từ 800 đến 1.000 đồng/kg' is the change (value 800).",
    "'vượt quá 0,3%' is a quality threshold: optional. The 2025 target 80% is its own figure (own clause and verb).",
    "Distractors: BHG tag, Nghị quyết số 05/2021/NQ-HĐND, Châu Thành A, dateline, byline.",
]

write("p972-8", TEXT, NOTES, FIGS, published="2024-08-07", location="Hậu Giang")
