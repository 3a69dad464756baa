"""p1085-6: national newspaper (VnExpress style), TP HCM apartments without pink books, 2024."""
from lib import F, P, I, C, build

TEXT = """Kinh doanh › Bất động sản
Thứ năm, 14/11/2024, 06:30 (GMT+7)

Hơn 100.000 căn hộ ở TP HCM chưa có sổ hồng

Khoảng 102.000 căn hộ tại 156 dự án nhà ở thương mại ở TP HCM vẫn chưa được cấp giấy chứng nhận, nhiều cư dân đã nhận nhà hơn 5 năm.

Theo Sở Tài nguyên và Môi trường TP HCM, trong số khoảng 102.000 căn hộ chưa có sổ, có gần 28.000 căn thuộc 41 dự án đã đủ điều kiện nhưng chủ đầu tư chưa nộp hồ sơ. Số còn lại vướng nghĩa vụ tài chính, sai phạm xây dựng hoặc dự án đang thế chấp ngân hàng.

Từ đầu năm đến nay, thành phố đã cấp 17.350 giấy chứng nhận cho người mua nhà tại 63 dự án, tăng 2,3 lần so với cùng kỳ năm ngoái. Riêng tháng 10, Văn phòng Đăng ký đất đai thành phố tiếp nhận 4.120 hồ sơ đề nghị cấp sổ cho căn hộ, trả kết quả 3.680 hồ sơ.

Bà Lê Thị Thu, cư dân tầng 12 block B2 một chung cư ở TP Thủ Đức, mua căn hộ 68 m2 giá khoảng 2,1 tỷ đồng từ năm 2017 nhưng đến nay vẫn chưa có sổ. Giá căn hộ cùng dự án hiện khoảng 45-52 triệu đồng mỗi m2, song người mua khó bán lại hay thế chấp vay vốn.

Theo Bộ Xây dựng, cả nước còn khoảng 340.000 căn hộ chưa được cấp sổ, trong đó TP HCM chiếm gần 30%. Thành phố đặt mục tiêu đến cuối năm 2025 giải quyết xong hồ sơ cho khoảng 50.000 căn; dự kiến trong quý I/2025 cấp thêm 6.000 giấy chứng nhận khi Nghị quyết 171/2024/QH15 có hiệu lực.

Lê Tuyết
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")

FIGS = [
    F("Hơn 100.000 căn hộ", "100.000", 100000, "count", "căn hộ", "căn hộ chưa có sổ hồng", approx="over"),
    F("Khoảng 102.000 căn hộ tại", "102.000", 102000, "count", "căn hộ",
      "căn hộ chưa được cấp giấy chứng nhận", approx="about"),
    F("tại 156 dự án", "156", 156, "count", "dự án", "dự án nhà ở thương mại có căn hộ chưa được cấp giấy chứng nhận"),
    F("nhận nhà hơn 5 năm", "5", 5, "measure", "năm", "thời gian cư dân đã nhận nhà", approx="over",
      optional=True),
    F("gần 28.000 căn", "28.000", 28000, "count", "căn", "căn hộ đã đủ điều kiện nhưng chủ đầu tư chưa nộp hồ sơ",
      approx="nearly", total=102000),
    F("thuộc 41 dự án", "41", 41, "count", "dự án", "dự án đã đủ điều kiện nhưng chủ đầu tư chưa nộp hồ sơ"),
    F("cấp 17.350 giấy", "17.350", 17350, "count", "giấy chứng nhận", "giấy chứng nhận cấp cho người mua nhà", YTD,
      change=C("increase", 2.3, "lần", "cùng kỳ năm ngoái")),
    F("tại 63 dự án", "63", 63, "count", "dự án", "dự án có giấy chứng nhận cấp cho người mua nhà", YTD),
    F("tiếp nhận 4.120 hồ sơ", "4.120", 4120, "count", "hồ sơ", "hồ sơ đề nghị cấp sổ cho căn hộ tiếp nhận",
      P("Riêng tháng 10", "2024-10-01", "2024-10-31")),
    F("trả kết quả 3.680 hồ sơ", "3.680", 3680, "count", "hồ sơ", "hồ sơ trả kết quả",
      P("Riêng tháng 10", "2024-10-01", "2024-10-31")),
    F("căn hộ 68 m2", "68", 68, "measure", "m2", "diện tích căn hộ", location="Thủ Đức", optional=True),
    F("khoảng 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "giá mua căn hộ", approx="about",
      location="Thủ Đức", optional=True),
    F("khoảng 45-52 triệu đồng", "45", 45e6, "money", "đồng/m2", "giá căn hộ cùng dự án", approx="about",
      value_max=52e6, location="Thủ Đức"),
    F("khoảng 340.000 căn hộ", "340.000", 340000, "count", "căn hộ", "căn hộ chưa được cấp sổ", approx="about",
      location="Việt Nam"),
    F("chiếm gần 30%", "30", 30, "percent", "%", "tỷ trọng căn hộ chưa được cấp sổ trong cả nước",
      approx="nearly"),
    F("khoảng 50.000 căn", "50.000", 50000, "count", "căn", "căn hộ được giải quyết xong hồ sơ",
      P("đến cuối năm 2025", None, "2025-12-31"), approx="about", status="target"),
    F("thêm 6.000 giấy", "6.000", 6000, "count", "giấy chứng nhận", "giấy chứng nhận cấp thêm",
      P("trong quý I/2025", "2025-01-01", "2025-03-31"), status="forecast"),
]

COMMENTS = [
    "National newspaper (VnExpress style): TP HCM - about 102.000 apartments without pink books; 2024 issuance, October files,",
    "a resident's example, national count. 'Thứ năm, 14/11/2024, 06:30 (GMT+7)' gives published. 'tầng 12', 'block B2', 'năm 2017',",
    "'Nghị quyết 171/2024/QH15' are not figures. 'trong số khoảng 102.000 căn hộ' is the total of the 28.000 (an attribute, not a",
    "second figure). The example's specification (68 m2, 2,1 tỷ) and 'hơn 5 năm' of waiting are optional. '45-52 triệu đồng mỗi m2'",
    "is a per-m2 price (unit đồng/m2). 'TP HCM chiếm gần 30%' is TP HCM's share of the national count: a percent figure of its own.",
    "'tăng 2,3 lần so với cùng kỳ' is the change of 17.350. 'Từ đầu năm đến nay' ends at the dateline.",
    "revised: location written 'TP Hồ Chí Minh' (was the abbreviation 'TP HCM'); 'của TP HCM' removed from the 30% subject (a place is a location).",
]

build("p1085-6", TEXT, COMMENTS, FIGS, published="2024-11-14", location="TP Hồ Chí Minh")
