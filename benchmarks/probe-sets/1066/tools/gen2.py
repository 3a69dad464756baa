"""p1066-2: district portal (huyện Cẩm Giàng), household rooftop solar."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM GIÀNG
Trang chủ / Tin tức / Kinh tế

Hộ dân tiết kiệm tiền điện nhờ điện mặt trời mái nhà

Thứ Năm, 05/09/2024 - 10:45

Những năm gần đây, phong trào lắp đặt điện mặt trời mái nhà tự sản tự tiêu phát triển mạnh tại các xã Cẩm Điền, Cẩm Vũ, Lương Điền và thị trấn Lai Cách. Theo Điện lực Cẩm Giàng, 8 tháng đầu năm 2024, trên địa bàn huyện có thêm 96 hệ thống được lắp đặt mới với tổng công suất 1.130 kWp, tăng 41 hệ thống so với cùng kỳ năm 2023.

Tính đến ngày 31/8/2024, toàn huyện có 412 hệ thống điện mặt trời mái nhà, tổng công suất 6,85 MWp; trong đó 356 hệ thống của hộ gia đình, 56 hệ thống của doanh nghiệp, cơ sở sản xuất và trụ sở cơ quan. Sản lượng điện các hệ thống phát ra trong 8 tháng ước đạt khoảng 5,2 triệu kWh, tương đương 7% nhu cầu điện sinh hoạt của nhân dân trong huyện.

Gia đình ông Nguyễn Văn Thắng ở thôn Phú Lộc, xã Cẩm Vũ lắp hệ thống 6 kWp trên mái tôn từ tháng 3/2023 với chi phí khoảng 72 triệu đồng. Mỗi tháng hệ thống sản xuất 600-700 kWh, giúp tiền điện của gia đình giảm từ gần 2 triệu đồng xuống còn hơn 300.000 đồng. "Chỉ khoảng 5 năm là hoàn vốn", ông Thắng nói.

Huyện phấn đấu đến hết năm 2025 có trên 600 hệ thống điện mặt trời mái nhà tự sản tự tiêu, trong đó 100% trụ sở UBND các xã, thị trấn được lắp đặt. Người dân cần hướng dẫn thủ tục có thể liên hệ Điện lực Cẩm Giàng qua số điện thoại 0220.3786.215 hoặc tại trụ sở số 68 đường Nguyễn Văn Cừ, thị trấn Lai Cách.
"""

M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
ASOF = P("Tính đến ngày 31/8/2024", None, "2024-08-31")
T25 = P("đến hết năm 2025", None, "2025-12-31")
FIG = [
    F("thêm 96 hệ thống", "96", 96, "count", "hệ thống", "hệ thống điện mặt trời mái nhà được lắp đặt mới", M8,
      change=C("increase", 41, "hệ thống", "cùng kỳ năm 2023")),
    F("tổng công suất 1.130 kWp", "1.130", 1130, "measure", "kWp", "tổng công suất hệ thống lắp đặt mới", M8),
    F("có 412 hệ thống", "412", 412, "count", "hệ thống", "hệ thống điện mặt trời mái nhà", ASOF),
    F("tổng công suất 6,85 MWp", "6,85", 6.85, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", ASOF),
    F("356 hệ thống", "356", 356, "count", "hệ thống", "hệ thống của hộ gia đình", ASOF, total=412),
    F(", 56 hệ thống", "56", 56, "count", "hệ thống", "hệ thống của doanh nghiệp, cơ sở sản xuất và trụ sở cơ quan", ASOF,
      total=412),
    F("khoảng 5,2 triệu kWh", "5,2", 5200000, "measure", "kWh", "sản lượng điện các hệ thống phát ra",
      P("trong 8 tháng", "2024-01-01", "2024-08-31"), approx="about", status="estimate", percent=7),
    F("hệ thống 6 kWp", "6", 6, "measure", "kWp", "công suất hệ thống của gia đình ông Nguyễn Văn Thắng", optional=True),
    F("khoảng 72 triệu đồng", "72", 72000000, "money", "đồng", "chi phí lắp hệ thống của gia đình ông Nguyễn Văn Thắng",
      approx="about"),
    F("sản xuất 600-700 kWh", "600", 600, "measure", "kWh/tháng", "sản lượng hệ thống sản xuất mỗi tháng", value_max=700),
    F("gần 2 triệu đồng", "2", 2000000, "money", "đồng/tháng", "tiền điện của gia đình trước khi lắp", approx="nearly"),
    F("hơn 300.000 đồng", "300.000", 300000, "money", "đồng/tháng", "tiền điện của gia đình sau khi lắp", approx="over"),
    F("khoảng 5 năm", "5", 5, "measure", "năm", "thời gian hoàn vốn", approx="about"),
    F("trên 600 hệ thống", "600", 600, "count", "hệ thống", "hệ thống điện mặt trời mái nhà tự sản tự tiêu", T25,
      approx="over", status="target"),
    F("100% trụ sở", "100", 100, "percent", "%", "trụ sở UBND các xã, thị trấn được lắp đặt điện mặt trời mái nhà", T25,
      status="target"),
]

NOTES = [
    "District portal (huyện Cẩm Giàng): rooftop solar 8 months 2024, as of 31/8/2024, an example household, 2025 targets.",
    "Location is the district throughout (communes and thôn lie in it). 'tăng 41 hệ thống so với cùng kỳ' is a change in hệ thống.",
    "'tương đương 7% nhu cầu điện' is the share (percent) of 5,2 triệu kWh. The example system size '6 kWp' is optional;",
    "its cost, output and bills are facts stated about it. 'từ gần 2 triệu đồng xuống còn hơn 300.000 đồng': two money figures, no change value.",
    "Distractors: thôn Phú Lộc, tháng 3/2023, 0220.3786.215, số 68 đường Nguyễn Văn Cừ, 10:45.",
]
write(2, TEXT, FIG, NOTES, published="2024-09-05", location="Cẩm Giàng")
