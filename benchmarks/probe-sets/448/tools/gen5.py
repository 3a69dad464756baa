from lib import F, P, build

T = """Cao tốc Khánh Hòa - Buôn Ma Thuột: đoạn qua Đắk Lắk đạt 38% giá trị hợp đồng
HOÀNG GIA 06:45, 22/07/2024

(DLO) - Sau hơn một năm khởi công, dự án thành phần 3 cao tốc Khánh Hòa - Buôn Ma Thuột giai đoạn 1 (đoạn qua tỉnh Đắk Lắk) đang được các nhà thầu đẩy nhanh thi công. Dự án dài 48 km, tổng mức đầu tư hơn 6.100 tỷ đồng.

Theo Ban Quản lý dự án giao thông, dân dụng và công nghiệp tỉnh, 6 tháng đầu năm 2024, sản lượng thực hiện đạt 1.035 tỷ đồng, gấp 2,3 lần cùng kỳ năm 2023; lũy kế từ khi khởi công đạt khoảng 1.860 tỷ đồng, chiếm 38% giá trị hợp đồng. Các gói thầu xây lắp huy động 1.240 nhân công và 586 máy móc, thiết bị.

Sản lượng của các nhà thầu còn chênh lệch lớn: liên danh Tổng công ty 319 - Công ty Trung Chính thực hiện 412 tỷ đồng; liên danh Đèo Cả - Hải Đăng 367 tỷ đồng; liên danh Tổng công ty Xây dựng Thăng Long 256 tỷ đồng.

Về mặt bằng, tỉnh đã bàn giao 47,2 km, đạt 98,3%; thu hồi 356 ha đất tại các huyện Krông Pắc, Ea Kar và M'Đrắk. Trong năm 2023, tỉnh đã giải ngân vốn GPMB 1.019 tỷ đồng; 6 tháng đầu năm 2024 giải ngân thêm 143 tỷ đồng, chỉ bằng 52% kế hoạch.

Mục tiêu năm 2024 sản lượng đạt từ 55 đến 60% giá trị hợp đồng, phấn đấu thông tuyến kỹ thuật vào tháng 9/2025 và hoàn thành toàn dự án năm 2026. Nhà thầu nào chậm tiến độ quá 10% sẽ bị điều chuyển khối lượng.
"""

figs = [
    F("Đắk Lắk đạt 38%", "38", 38, "percent", "%", "giá trị sản lượng so với giá trị hợp đồng"),
    F("hơn một năm khởi công", "một", 1, "measure", "năm", optional=True, approx="over"),
    F("dài 48 km", "48", 48, "measure", "km", "chiều dài dự án"),
    F("hơn 6.100 tỷ đồng", "6.100", 6.1e12, "money", "đồng", "tổng mức đầu tư", approx="over"),
    F("đạt 1.035 tỷ đồng", "1.035", 1.035e12, "money", "đồng", "sản lượng thực hiện",
      change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "cùng kỳ năm 2023"},
      period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("khoảng 1.860 tỷ đồng", "1.860", 1.86e12, "money", "đồng", "sản lượng lũy kế từ khi khởi công", approx="about", percent=38),
    F("1.240 nhân công", "1.240", 1240, "count", "nhân công", "nhân công các gói thầu xây lắp huy động"),
    F("586 máy móc", "586", 586, "count", "máy móc, thiết bị", "máy móc, thiết bị các gói thầu xây lắp huy động"),
    F("thực hiện 412 tỷ đồng", "412", 412e9, "money", "đồng", "sản lượng của nhà thầu liên danh Tổng công ty 319 - Công ty Trung Chính"),
    F("Hải Đăng 367 tỷ đồng", "367", 367e9, "money", "đồng", "sản lượng của nhà thầu liên danh Đèo Cả - Hải Đăng"),
    F("Thăng Long 256 tỷ đồng", "256", 256e9, "money", "đồng", "sản lượng của nhà thầu liên danh Tổng công ty Xây dựng Thăng Long"),
    F("bàn giao 47,2 km", "47,2", 47.2, "measure", "km", "mặt bằng tỉnh đã bàn giao", percent=98.3),
    F("thu hồi 356 ha", "356", 356, "measure", "ha", "đất thu hồi"),
    F("GPMB 1.019 tỷ đồng", "1.019", 1.019e12, "money", "đồng", "vốn GPMB giải ngân", period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 143 tỷ đồng", "143", 143e9, "money", "đồng", "vốn GPMB giải ngân", percent=52,
      period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("từ 55 đến 60%", "55", 55, "percent", "%", "sản lượng so với giá trị hợp đồng", value_max=60, status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("quá 10%", "10", 10, "percent", "%", "mức chậm tiến độ của nhà thầu", approx="over", optional=True),
]
C = [
    "Báo Đắk Lắk (Party newspaper, tag DLO): cao tốc Khánh Hòa - Buôn Ma Thuột giai đoạn 1, dự án thành phần 3 qua Đắk Lắk; byline + 'HH:MM, dd/mm/yyyy' dateline.",
    "Distractors: 'dự án thành phần 3', 'giai đoạn 1' (names), 'Tổng công ty 319' (name), 'tháng 9/2025', 'năm 2026' (deadlines, no figure), '(DLO)'.",
    "'gấp 2,3 lần cùng kỳ năm 2023' is the change (lần) of 1.035 tỷ. 'chiếm 38%' is the percent of 1.860 tỷ (lũy kế: no datable period).",
    "Contractor list: each item money, subject = the list's indicator with the contractor (a contractor is not a place); location stays Đắk Lắk.",
    "'356 ha … tại các huyện Krông Pắc, Ea Kar và M'Đrắk' spans three districts: location the province.",
    "'Trong năm 2023 … 1.019 tỷ; 6 tháng đầu năm 2024 … 143 tỷ, chỉ bằng 52% kế hoạch': each with its own period; 52 is the percent of 143 tỷ.",
    "'Mục tiêu năm 2024 … từ 55 đến 60%': target range. Optional: 'hơn một năm' (duration since the start), threshold 'quá 10%'.",
    "The title figure restates the cumulative share; no period can be dated (none given).",
]
build("p448-5", T, figs, C, published="2024-07-22", location="Đắk Lắk")
