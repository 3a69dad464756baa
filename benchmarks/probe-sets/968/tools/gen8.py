"""p968-8: Báo Bắc Kạn online, Pác Nặm black pig value chain, June 2025; headline figure and (BBK) tag."""
from lib import F, change, period, inherit, write

TEXT = """
Pác Nặm: Hơn 2.100 hộ nuôi lợn đen theo chuỗi liên kết

Cập nhật lúc 15:40, Thứ sáu, 13/06/2025

(BBK) - Sau 3 năm thực hiện Đề án phát triển chăn nuôi lợn đen giai đoạn 2022-2025, huyện Pác Nặm đã có 2.136 hộ tham gia chuỗi liên kết, vượt 6,8% mục tiêu Đề án. Tổng đàn lợn đen của huyện hiện đạt 23.540 con, tăng 2,3 lần so với năm 2021.

Năm 2024, toàn huyện xuất bán 1.860 tấn lợn hơi, giá trị ước đạt 186 tỷ đồng, chiếm khoảng 35% giá trị sản xuất ngành chăn nuôi. Trong 5 tháng đầu năm nay, sản lượng xuất bán đạt 842 tấn, tăng 11,5% so với cùng kỳ. Các xã có đàn lợn đen lớn là Bằng Thành (4.120 con), Nhạn Môn (3.650 con) và Cổ Linh (3.280 con). Giá lợn hơi tại chuồng bình quân 95.000 đồng/kg, cao hơn cùng kỳ năm trước khoảng 10.000 đồng/kg.

Hiện 2 hợp tác xã trên địa bàn đã có sản phẩm thịt lợn đen đạt OCOP 3 sao, được bán tại 14 cửa hàng đặc sản ngoài tỉnh với giá 180.000-220.000 đồng/kg thịt xẻ. Ông Triệu Văn Tòng ở thôn Khuổi Ún, xã Cổ Linh, ven Tỉnh lộ 258B, nuôi 45 con lợn đen, mỗi năm thu lãi gần 120 triệu đồng.

Mục tiêu đến hết năm 2025, tổng đàn lợn đen toàn huyện đạt 25.000 con, thu nhập bình quân của hộ tham gia chuỗi đạt 60 triệu đồng/hộ/năm. Huyện dự kiến bố trí 4,5 tỷ đồng hỗ trợ con giống và vắc xin trong năm nay.

Ngọc Anh
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
T25 = period("đến hết năm 2025", None, "2025-12-31")
COMMUNES = "đàn lợn đen"

FIGS = [
    F("Hơn 2.100 hộ", "2.100", 2100, "count", "hộ", "hộ nuôi lợn đen theo chuỗi liên kết", approx="over"),
    F("có 2.136 hộ", "2.136", 2136, "count", "hộ", "hộ tham gia chuỗi liên kết",
      change=change("increase", 6.8, baseline="mục tiêu Đề án")),
    F("đạt 23.540 con", "23.540", 23540, "count", "con", "tổng đàn lợn đen của huyện",
      change=change("increase", 2.3, "lần", baseline="năm 2021")),
    F("xuất bán 1.860 tấn", "1.860", 1860, "measure", "tấn", "lợn hơi xuất bán", Y24),
    F("ước đạt 186 tỷ đồng", "186", 186_000_000_000, "money", "đồng", "giá trị lợn hơi xuất bán", Y24,
      percent=35, status="estimate"),
    F("đạt 842 tấn", "842", 842, "measure", "tấn", "sản lượng lợn hơi xuất bán",
      period("5 tháng đầu năm nay", "2025-01-01", "2025-05-31"),
      change=change("increase", 11.5, baseline="cùng kỳ")),
    F("Bằng Thành (4.120 con)", "4.120", 4120, "count", "con", COMMUNES),
    F("Nhạn Môn (3.650 con)", "3.650", 3650, "count", "con", COMMUNES),
    F("Cổ Linh (3.280 con)", "3.280", 3280, "count", "con", COMMUNES),
    F("bình quân 95.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", "giá lợn hơi tại chuồng bình quân",
      change=change("increase", 10000, "đồng/kg", approx="about", baseline="cùng kỳ năm trước")),
    F("Hiện 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã có sản phẩm thịt lợn đen đạt OCOP"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP của sản phẩm thịt lợn đen", optional=True),
    F("tại 14 cửa hàng", "14", 14, "count", "cửa hàng", "cửa hàng đặc sản ngoài tỉnh bán thịt lợn đen"),
    F("giá 180.000-220.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá thịt lợn đen xẻ",
      value_max=220000),
    F("nuôi 45 con", "45", 45, "count", "con", "lợn đen ông Triệu Văn Tòng nuôi"),
    F("gần 120 triệu đồng", "120", 120_000_000, "money", "đồng", "lãi mỗi năm", approx="nearly"),
    F("đạt 25.000 con", "25.000", 25000, "count", "con", "tổng đàn lợn đen toàn huyện", T25, status="target"),
    F("đạt 60 triệu đồng/hộ/năm", "60", 60_000_000, "money", "đồng/hộ/năm",
      "thu nhập bình quân của hộ tham gia chuỗi", T25, status="target"),
    F("bố trí 4,5 tỷ đồng", "4,5", 4_500_000_000, "money", "đồng", "kinh phí hỗ trợ con giống và vắc xin",
      period("trong năm nay", "2025-01-01", "2025-12-31"), status="forecast"),
]

NOTES = [
    "Báo Bắc Kạn online: Pác Nặm, chuỗi liên kết lợn đen. 'Cập nhật lúc 15:40, Thứ sáu, 13/06/2025' = published; the (BBK) tag",
    "implies Bắc Kạn, the district is named, so figures are located in Pác Nặm (communes Bằng Thành, Nhạn Môn, Cổ Linh lie in it).",
    "'vượt 6,8% mục tiêu Đề án' is a change against the plan (spec: 'vượt 5% kế hoạch'); 'tăng 2,3 lần' a change in lần.",
    "'Sau 3 năm', 'giai đoạn 2022-2025', 'Tỉnh lộ 258B', 'thôn Khuổi Ún' are not figures; 'OCOP 3 sao' optional.",
]

if __name__ == "__main__":
    write(8, TEXT, NOTES, FIGS, published="2025-06-13", location="Pác Nặm")
