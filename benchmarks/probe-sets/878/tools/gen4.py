"""p878-4: ministry site (Bộ NN&PTNT), national snakehead farming and exports 2023, 2030 targets."""
from lib import F, P, I, C, T, write_set

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản
Phát triển nuôi cá lóc theo hướng bền vững
Ngày đăng: 14/03/2024 | Lượt xem: 1.046

Theo Cục Thủy sản, năm 2023 cả nước có khoảng 6.200 ha nuôi cá lóc, sản lượng đạt 520.000 tấn, tăng 6,4% so với năm 2022. Sản lượng của 4 tỉnh An Giang, Đồng Tháp, Trà Vinh và Hậu Giang chiếm 68% tổng sản lượng cả nước. Dẫn đầu là An Giang và Đồng Tháp với sản lượng lần lượt đạt 158.000 tấn và 121.000 tấn.

Nhờ sử dụng thức ăn công nghiệp và con giống chất lượng, năng suất nuôi cá lóc trong ao đất hiện đạt bình quân 150 - 200 tấn/ha, tỷ lệ sống từ 60% trở lên. Các cơ sở sản xuất giống phải đáp ứng quy chuẩn QCVN 02-15:2009/BNNPTNT.

Năm 2023, kim ngạch xuất khẩu cá lóc đạt 32,5 triệu USD, tăng 11,2% so với năm 2022. Thị trường chính là Mỹ, Hàn Quốc và Australia, chiếm lần lượt 38%, 21% và 12% tổng kim ngạch. So với năm 2019, kim ngạch xuất khẩu cá lóc năm 2023 gấp 2,3 lần.

Thực hiện Quyết định số 339/QĐ-TTg ngày 11/3/2021 của Thủ tướng Chính phủ, Bộ đặt mục tiêu đến năm 2030 sản lượng cá lóc nuôi đạt 700.000 tấn, trong đó ít nhất 30% sản lượng được chứng nhận VietGAP hoặc tương đương. Dự kiến năm 2024, sản lượng cá lóc nuôi cả nước đạt khoảng 545.000 tấn.

Cục trưởng Cục Thủy sản đề nghị các địa phương rà soát quy hoạch vùng nuôi, không phát triển tự phát; tăng cường liên kết giữa người nuôi với 15 doanh nghiệp chế biến, xuất khẩu cá lóc hiện có.

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("khoảng 6.200 ha", "6.200", 6200, "measure", "ha", "diện tích nuôi cá lóc", Y23, approx="about"),
    F("đạt 520.000 tấn", "520.000", 520000, "measure", "tấn", "sản lượng cá lóc nuôi", Y23,
      change=C("increase", 6.4, "%", "năm 2022")),
    F("của 4 tỉnh", "4", 4, "count", "tỉnh", "tỉnh có sản lượng cá lóc lớn", I(Y23),
      optional=True),
    F("chiếm 68%", "68", 68, "percent", "%", "tỷ trọng sản lượng cá lóc của 4 tỉnh trong tổng sản lượng cả nước",
      I(Y23)),
    F("đạt 158.000 tấn", "158.000", 158000, "measure", "tấn", "sản lượng cá lóc nuôi", I(Y23),
      location="An Giang"),
    F("và 121.000 tấn", "121.000", 121000, "measure", "tấn", "sản lượng cá lóc nuôi", I(Y23),
      location="Đồng Tháp"),
    F("150 - 200 tấn/ha", "150", 150, "measure", "tấn/ha", "năng suất nuôi cá lóc trong ao đất",
      value_max=200),
    F("từ 60% trở lên", "60", 60, "percent", "%", "tỷ lệ sống", approx="at_least"),
    F("đạt 32,5 triệu USD", "32,5", 32_500_000, "money", "USD", "kim ngạch xuất khẩu cá lóc",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=C("increase", 11.2, "%", "năm 2022")),
    F("lần lượt 38%", "38", 38, "percent", "%", "tỷ trọng thị trường Mỹ trong tổng kim ngạch xuất khẩu cá lóc",
      I(Y23)),
    F("38%, 21%", "21", 21, "percent", "%", "tỷ trọng thị trường Hàn Quốc trong tổng kim ngạch xuất khẩu cá lóc",
      I(Y23)),
    F("và 12% tổng kim ngạch", "12", 12, "percent", "%",
      "tỷ trọng thị trường Australia trong tổng kim ngạch xuất khẩu cá lóc", I(Y23)),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "kim ngạch xuất khẩu cá lóc so với năm 2019",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 700.000 tấn", "700.000", 700000, "measure", "tấn", "sản lượng cá lóc nuôi", T30, status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "tỷ lệ sản lượng được chứng nhận VietGAP hoặc tương đương", T30,
      approx="at_least", status="target"),
    F("khoảng 545.000 tấn", "545.000", 545000, "measure", "tấn", "sản lượng cá lóc nuôi cả nước",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("với 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", "doanh nghiệp chế biến, xuất khẩu cá lóc"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, 14/3/2024): national cá lóc area, output, leading provinces, yields, exports by market, 2030 targets.",
    "Location Việt Nam throughout: '4 tỉnh An Giang, ...' is a count of provinces and its 68% share a national share;",
    "only the 'lần lượt' items 158.000 / 121.000 tấn take their province. Export markets go to the subject, not to location.",
    "'Năm 2023' in the first sentences is inherited by the next sentences of its paragraph; 'hiện' yields carry no period.",
    "'4 tỉnh' only counts the provinces named right after it (a group label): optional.",
    "'từ 60% trở lên' states the survival rate (at_least), not a category threshold, so it is required.",
    "'gấp 2,3 lần' stands in its own sentence as the claim: a multiple. 'ít nhất 30%' is a target percent of its own.",
    "Distractors: QCVN 02-15:2009/BNNPTNT, Quyết định số 339/QĐ-TTg ngày 11/3/2021, Số 2 Ngọc Hà, phone, Lượt xem: 1.046.",
]

write_set(4, TEXT, FIGS, NOTES, published="2024-03-14", location="Việt Nam")
