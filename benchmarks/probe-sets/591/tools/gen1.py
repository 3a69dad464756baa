from lib import *

TEXT = """Cổng thông tin điện tử tỉnh Hà Giang
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 14/08/2024 10:25 | Lượt xem: 1.842

Hà Giang có hơn 70.000 đàn ong mật, sản lượng mật ước đạt 380 tấn

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, tổng đàn ong mật trên địa bàn tỉnh đạt 72.450 đàn, tăng 6,8% so với cùng kỳ năm 2023; trong đó đàn ong nội (ong bạc hà) chiếm 61.300 đàn. Toàn tỉnh có hơn 4.100 hộ nuôi ong, tập trung chủ yếu ở 4 huyện vùng cao núi đá phía Bắc là Đồng Văn (21.560 đàn), Mèo Vạc (18.240 đàn), Yên Minh (12.870 đàn) và Quản Bạ (9.930 đàn).

Sáu tháng đầu năm 2024, sản lượng mật ong toàn tỉnh ước đạt 380 tấn, tăng 11,4% so với cùng kỳ, bằng 54,3% kế hoạch năm. Năng suất bình quân đạt từ 5 đến 7 lít/đàn/vụ. Giá mật ong bạc hà tại vườn dao động từ 400.000 đến 450.000 đồng/lít. Mật ong bạc hà hiện có giá cao gấp 2 lần mật ong thông thường. Tổng giá trị thu từ nuôi ong ước khoảng 152 tỷ đồng. Nhiều hộ có thu nhập trên 100 triệu đồng/năm từ nuôi ong.

Toàn tỉnh hiện có 12 sản phẩm mật ong đạt chuẩn OCOP, trong đó 3 sản phẩm đạt 4 sao. Hợp tác xã Ong mật 19/5 ở xã Lũng Cú đã xuất bán hơn 25 tấn mật sang thị trường Hà Nội, TP Hồ Chí Minh.

Phấn đấu đến năm 2025, tổng đàn ong toàn tỉnh đạt 100.000 đàn, sản lượng mật trên 800 tấn/năm.

Địa chỉ: Số 38, đường Nguyễn Trãi, TP Hà Giang. Điện thoại: 0219.3866.525
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("có hơn 70.000 đàn ong mật", "70.000", 70000, "count", "đàn ong", "đàn ong mật", I(ASOF), approx="over"),
    F("mật ước đạt 380 tấn", "380", 380, "measure", "tấn", "sản lượng mật", I(H1), status="estimate"),
    F("đạt 72.450 đàn", "72.450", 72450, "count", "đàn", "tổng đàn ong mật", ASOF,
      change=CH("increase", 6.8, baseline="cùng kỳ năm 2023")),
    F("chiếm 61.300 đàn", "61.300", 61300, "count", "đàn", "đàn ong nội (ong bạc hà)", ASOF, total=72450),
    F("hơn 4.100 hộ", "4.100", 4100, "count", "hộ", "hộ nuôi ong", approx="over"),
    F("ở 4 huyện vùng cao", "4", 4, "count", "huyện", "huyện vùng cao núi đá phía Bắc tập trung nuôi ong",
      optional=True),
    F("(21.560 đàn)", "21.560", 21560, "count", "đàn", "đàn ong", location="Đồng Văn"),
    F("(18.240 đàn)", "18.240", 18240, "count", "đàn", "đàn ong", location="Mèo Vạc"),
    F("(12.870 đàn)", "12.870", 12870, "count", "đàn", "đàn ong", location="Yên Minh"),
    F("(9.930 đàn)", "9.930", 9930, "count", "đàn", "đàn ong", location="Quản Bạ"),
    F("toàn tỉnh ước đạt 380 tấn", "380", 380, "measure", "tấn", "sản lượng mật ong", H1,
      percent=54.3, change=CH("increase", 11.4, baseline="cùng kỳ"), status="estimate"),
    F("từ 5 đến 7 lít", "5", 5, "measure", "lít/đàn/vụ", "năng suất bình quân", I(H1), value_max=7),
    F("từ 400.000 đến", "400.000", 400000, "money", "đồng/lít", "giá mật ong bạc hà tại vườn", value_max=450000),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "giá mật ong bạc hà so với mật ong thông thường"),
    F("khoảng 152 tỷ đồng", "152", 152e9, "money", "đồng", "tổng giá trị thu từ nuôi ong", I(H1),
      approx="about", status="estimate"),
    F("trên 100 triệu đồng/năm", "100", 100e6, "money", "đồng/năm", "thu nhập từ nuôi ong của nhiều hộ",
      approx="over"),
    F("có 12 sản phẩm", "12", 12, "count", "sản phẩm", "sản phẩm mật ong đạt chuẩn OCOP"),
    F("đó 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm mật ong OCOP đạt 4 sao", total=12),
    F("hơn 25 tấn mật", "25", 25, "measure", "tấn", "mật Hợp tác xã Ong mật 19/5 xuất bán", approx="over"),
    F("đạt 100.000 đàn", "100.000", 100000, "count", "đàn", "tổng đàn ong", T25, status="target"),
    F("trên 800 tấn/năm", "800", 800, "measure", "tấn/năm", "sản lượng mật", T25, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Giang (province portal): bee-keeping, hives by district, honey output and prices, H1/2024; targets 2025.",
    "Headline figures take the lead's periods as inherited. District bracket items (sum 62.600 ≠ 72.450, no cue) get no total;",
    "'4 huyện vùng cao núi đá phía Bắc' is a quasi-name of the four districts: optional. '4 sao' (OCOP rating), 'Hợp tác xã Ong mật 19/5',",
    "address, phone, counter, dateline are not figures. Markets Hà Nội / TP HCM are not the figure's place.",
]

emit("p591-1", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Hà Giang")
