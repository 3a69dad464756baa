"""p1108-1: Hà Tĩnh province portal - migratory bird trap nets removed, poaching cases."""
from lib import F, P, I, C, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Tháo dỡ hơn 2.300 m lưới bẫy chim di cư
Cập nhật: 14/11/2024 09:45 | Lượt xem: 2.156

Từ tháng 9/2024 đến nay, lực lượng Kiểm lâm Hà Tĩnh phối hợp với công an, chính quyền các xã ven biển tổ chức 46 đợt tuần tra, tháo dỡ hơn 2.300 m lưới và gần 600 bẫy các loại, giải thoát khoảng 1.150 cá thể chim hoang dã về tự nhiên.

Thực hiện Chỉ thị số 29/CT-TTg ngày 23/7/2020 của Thủ tướng Chính phủ, trong 10 tháng năm 2024, toàn tỉnh phát hiện, xử lý 27 vụ vi phạm về bẫy bắt, mua bán chim hoang dã, tăng 8 vụ so với cùng kỳ năm 2023; trong đó xử phạt hành chính 25 vụ, khởi tố hình sự 2 vụ. Tổng số tiền phạt nộp ngân sách là 186,5 triệu đồng. Các địa phương có nhiều vụ việc là thị xã Kỳ Anh (9 vụ), huyện Thạch Hà (7 vụ), huyện Cẩm Xuyên (5 vụ) và huyện Nghi Xuân (4 vụ).

Hiện toàn tỉnh có 12 điểm tập trung chim di cư ven biển với tổng diện tích khoảng 1.850 ha, trong đó vùng cửa sông Nghèn và đầm Hội Ngọc chiếm gần 40%. Qua đợt điều tra đầu mùa, lực lượng chức năng ghi nhận 74 loài chim, gồm 19 loài chim nước di cư; riêng đàn cò trắng ở vùng đầm dọc Tỉnh lộ 547 được đếm khoảng 3.400 cá thể.

Tỉnh đã bố trí 35 cán bộ kiểm lâm địa bàn và 120 thành viên tổ tự quản bảo vệ chim tại 18 xã, mức hỗ trợ cho thành viên tổ tự quản là 500.000 đồng/người/tháng.

Mục tiêu đến năm 2025, 100% xã ven biển có tổ tự quản bảo vệ chim hoang dã và giảm ít nhất 30% số vụ vi phạm so với năm 2023. Người dân phát hiện hành vi bẫy bắt, mua bán chim hoang dã báo về đường dây nóng của Chi cục Kiểm lâm: 0239.3855.112.
"""

SINCE = P("Từ tháng 9/2024 đến nay", "2024-09-01", "2024-11-14")
M10 = P("trong 10 tháng năm 2024", "2024-01-01", "2024-10-31")
T25 = P("đến năm 2025", None, "2025-12-31")
VV = "vụ vi phạm về bẫy bắt, mua bán chim hoang dã"

FIGS = [
    F("Tháo dỡ hơn 2.300 m lưới", "2.300", 2300, "measure", "m", "lưới bẫy chim di cư tháo dỡ", approx="over"),
    F("tổ chức 46 đợt tuần tra", "46", 46, "count", "đợt", "đợt tuần tra", SINCE),
    F("tháo dỡ hơn 2.300 m lưới và", "2.300", 2300, "measure", "m", "lưới tháo dỡ", SINCE, approx="over"),
    F("gần 600 bẫy", "600", 600, "count", "bẫy", "bẫy các loại tháo dỡ", SINCE, approx="nearly"),
    F("khoảng 1.150 cá thể", "1.150", 1150, "count", "cá thể", "cá thể chim hoang dã được giải thoát về tự nhiên", SINCE, approx="about"),
    F("xử lý 27 vụ vi phạm", "27", 27, "count", "vụ", VV, M10,
      change=C("increase", 8, "vụ", "cùng kỳ năm 2023")),
    F("hành chính 25 vụ", "25", 25, "count", "vụ", "vụ vi phạm xử phạt hành chính", M10, total=27),
    F("khởi tố hình sự 2 vụ", "2", 2, "count", "vụ", "vụ vi phạm khởi tố hình sự", M10, total=27),
    F("là 186,5 triệu đồng", "186,5", 186500000, "money", "đồng", "tổng số tiền phạt nộp ngân sách", I(M10)),
    F("Kỳ Anh (9 vụ)", "9", 9, "count", "vụ", VV, I(M10), location="Kỳ Anh"),
    F("Thạch Hà (7 vụ)", "7", 7, "count", "vụ", VV, I(M10), location="Thạch Hà"),
    F("Cẩm Xuyên (5 vụ)", "5", 5, "count", "vụ", VV, I(M10), location="Cẩm Xuyên"),
    F("Nghi Xuân (4 vụ)", "4", 4, "count", "vụ", VV, I(M10), location="Nghi Xuân"),
    F("có 12 điểm tập trung", "12", 12, "count", "điểm", "điểm tập trung chim di cư ven biển"),
    F("khoảng 1.850 ha", "1.850", 1850, "measure", "ha", "tổng diện tích điểm tập trung chim di cư ven biển", approx="about"),
    F("chiếm gần 40%", "40", 40, "percent", "%", "tỷ lệ diện tích vùng cửa sông Nghèn và đầm Hội Ngọc", approx="nearly"),
    F("ghi nhận 74 loài chim", "74", 74, "count", "loài", "loài chim ghi nhận qua đợt điều tra đầu mùa"),
    F("gồm 19 loài", "19", 19, "count", "loài", "loài chim nước di cư", total=74),
    F("khoảng 3.400 cá thể", "3.400", 3400, "count", "cá thể", "cò trắng ở vùng đầm được đếm", approx="about"),
    F("bố trí 35 cán bộ", "35", 35, "count", "cán bộ", "cán bộ kiểm lâm địa bàn"),
    F("và 120 thành viên", "120", 120, "count", "thành viên", "thành viên tổ tự quản bảo vệ chim"),
    F("tại 18 xã", "18", 18, "count", "xã", "xã có tổ tự quản bảo vệ chim"),
    F("là 500.000 đồng/người/tháng", "500.000", 500000, "money", "đồng/người/tháng", "mức hỗ trợ cho thành viên tổ tự quản"),
    F("2025, 100% xã", "100", 100, "percent", "%", "xã ven biển có tổ tự quản bảo vệ chim hoang dã", T25, status="target"),
    F("ít nhất 30% số vụ", "30", 30, "percent", "%", "giảm số vụ vi phạm so với năm 2023", T25, approx="at_least", status="target"),
]

NOTES = [
    "Hà Tĩnh province portal (breadcrumb, Cập nhật | Lượt xem). Headline figure 2.300 m repeated in the body: both are figures; the headline has no period.",
    "'Từ tháng 9/2024 đến nay' ends at the dateline 14/11/2024. District list (Kỳ Anh ...) is a ranking that does not add up to 27: no total; period inherited.",
    "'chiếm gần 40%' after 'trong đó' is a share of the area of a part: a percent figure of its own. 'giảm ít nhất 30% số vụ vi phạm' has no base amount: percent, target.",
    "Distractors: Lượt xem 2.156, 09:45, Chỉ thị số 29/CT-TTg ngày 23/7/2020, Tỉnh lộ 547, phone 0239.3855.112.",
]

build("p1108-1", TEXT, FIGS, NOTES, published="2024-11-14", location="Hà Tĩnh")
