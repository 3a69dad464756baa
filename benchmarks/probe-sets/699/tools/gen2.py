"""p699-2: huyện Cầu Ngang (Trà Vinh) district portal, mud crab stocking Q1/2023."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦU NGANG
Trang chủ / Kinh tế / Nông nghiệp
Thứ Ba, 18/04/2023 - 09:20

Cầu Ngang: Quý I/2023 thả nuôi hơn 12,5 triệu con cua giống

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, trong quý I/2023 toàn huyện có 1.846 hộ thả nuôi cua biển với diện tích 1.215,5 ha, tăng 96 ha so với cùng kỳ năm 2022. Tổng số con giống thả nuôi hơn 12,5 triệu con; trong đó, cua giống sản xuất tại địa phương chiếm 35%.

Các xã có diện tích nuôi lớn là Mỹ Long Nam (312 ha), Hiệp Mỹ Đông (285 ha), Hiệp Mỹ Tây (240 ha) và Long Sơn (178 ha). Do thời tiết thuận lợi, tỷ lệ cua sống sau 30 ngày thả nuôi đạt từ 45 đến 50%, cao hơn vụ trước.

Mô hình nuôi cua trong ao đất tại ấp Giồng Ngánh cho năng suất bình quân 1,2 tấn/ha/vụ, lợi nhuận khoảng 150 triệu đồng/ha/vụ, cao gấp 2 lần so với nuôi tôm quảng canh. Hiện giá cua thịt tại ao dao động 260.000 - 300.000 đồng/kg.

Từ nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững, huyện đã hỗ trợ 35 hộ nghèo, hộ cận nghèo, mỗi hộ 5.000 con cua giống và 10 triệu đồng mua thức ăn, tổng kinh phí 520 triệu đồng.

Năm 2023, huyện phấn đấu đưa diện tích nuôi cua biển lên 1.500 ha, sản lượng đạt 1.350 tấn. Trong tháng 4, Trạm Khuyến nông huyện (Quốc lộ 53, khóm Minh Thuận A, thị trấn Cầu Ngang; điện thoại 0294.3825.117) tổ chức 4 lớp tập huấn kỹ thuật nuôi cua cho 120 lượt nông dân.

Hữu Phước - Phòng NN&PTNT huyện
"""

Q1 = per("quý I/2023", "2023-01-01", "2023-03-31")
Q1h = per("Quý I/2023", "2023-01-01", "2023-03-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
S_AREA = "diện tích nuôi cua biển"

FIGS = [
    fig("hơn 12,5 triệu con cua giống", "12,5", 12500000, "count", "con cua giống", "con cua giống thả nuôi", Q1h,
        approx="over"),
    fig("có 1.846 hộ", "1.846", 1846, "count", "hộ", "hộ thả nuôi cua biển", Q1),
    fig("diện tích 1.215,5 ha", "1.215,5", 1215.5, "measure", "ha", S_AREA, Q1,
        change=chg("increase", 96, "ha", "cùng kỳ năm 2022")),
    fig("hơn 12,5 triệu con;", "12,5", 12500000, "count", "con", "tổng số con giống thả nuôi", inh(Q1),
        approx="over"),
    fig("chiếm 35%", "35", 35, "percent", "%", "tỷ lệ cua giống sản xuất tại địa phương trong tổng số con giống thả nuôi",
        inh(Q1)),
    fig("Mỹ Long Nam (312 ha)", "312", 312, "measure", "ha", "diện tích nuôi cua biển xã Mỹ Long Nam"),
    fig("Hiệp Mỹ Đông (285 ha)", "285", 285, "measure", "ha", "diện tích nuôi cua biển xã Hiệp Mỹ Đông"),
    fig("Hiệp Mỹ Tây (240 ha)", "240", 240, "measure", "ha", "diện tích nuôi cua biển xã Hiệp Mỹ Tây"),
    fig("Long Sơn (178 ha)", "178", 178, "measure", "ha", "diện tích nuôi cua biển xã Long Sơn"),
    fig("sau 30 ngày", "30", 30, "measure", "ngày", "thời gian thả nuôi", optional=True),
    fig("từ 45 đến 50%", "45", 45, "percent", "%", "tỷ lệ cua sống sau 30 ngày thả nuôi", value_max=50),
    fig("bình quân 1,2 tấn/ha/vụ", "1,2", 1.2, "measure", "tấn/ha/vụ", "năng suất mô hình nuôi cua trong ao đất"),
    fig("khoảng 150 triệu đồng/ha/vụ", "150", 150000000, "money", "đồng/ha/vụ",
        "lợi nhuận mô hình nuôi cua trong ao đất", approx="about",
        change=chg("increase", 2, "lần", "nuôi tôm quảng canh")),
    fig("dao động 260.000 - 300.000", "260.000", 260000, "money", "đồng/kg", "giá cua thịt tại ao",
        value_max=300000),
    fig("hỗ trợ 35 hộ", "35", 35, "count", "hộ", "hộ nghèo, hộ cận nghèo được hỗ trợ nuôi cua"),
    fig("mỗi hộ 5.000 con", "5.000", 5000, "count", "con cua giống", "cua giống hỗ trợ mỗi hộ"),
    fig("và 10 triệu đồng", "10", 10000000, "money", "đồng", "kinh phí hỗ trợ mua thức ăn mỗi hộ"),
    fig("kinh phí 520 triệu đồng", "520", 520000000, "money", "đồng", "tổng kinh phí hỗ trợ"),
    fig("lên 1.500 ha", "1.500", 1500, "measure", "ha", S_AREA, Y23, status="target"),
    fig("đạt 1.350 tấn", "1.350", 1350, "measure", "tấn", "sản lượng cua biển", Y23, status="target"),
    fig("tổ chức 4 lớp", "4", 4, "count", "lớp", "lớp tập huấn kỹ thuật nuôi cua",
        per("tháng 4", "2023-04-01", "2023-04-30")),
    fig("cho 120 lượt", "120", 120, "count", "lượt nông dân", "lượt nông dân được tập huấn",
        per("tháng 4", "2023-04-01", "2023-04-30")),
]

NOTES = [
    "Cổng TTĐT huyện Cầu Ngang (Trà Vinh): thả nuôi cua biển quý I/2023, mô hình ao đất, hỗ trợ hộ nghèo, kế hoạch 2023.",
    "Location: the district (the portal's own district); the commune list keeps Cầu Ngang as location (communes are below the",
    "province/city/district level the spec names) and the commune goes into the subject.",
    "'chiếm 35%' after a 'trong đó' with no base amount is a percent figure of its own (no total).",
    "'cao gấp 2 lần so với nuôi tôm quảng canh' after the profit figure is its change (lần), not a multiple.",
    "'sau 30 ngày' is a duration in the indicator's name: optional. 'Quốc lộ 53', 'khóm Minh Thuận A', phone, byline are not figures.",
    "'Trong tháng 4' takes 2023 from the nearest earlier period.",
]

if __name__ == "__main__":
    write("p699-2", TEXT, NOTES, FIGS, published="2023-04-18", location="Cầu Ngang")
