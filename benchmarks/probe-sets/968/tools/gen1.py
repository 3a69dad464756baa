"""p968-1: Hà Giang province portal, black native pigs in the first half of 2024."""
from lib import F, change, period, inherit, write

TEXT = """
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Hà Giang: Đàn lợn đen bản địa tăng hơn 9%

Cập nhật: 12/08/2024 09:15 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, tổng đàn lợn đen bản địa của tỉnh Hà Giang ước đạt 168.400 con, tăng 9,2% so với cùng kỳ năm 2023, chiếm khoảng 27% tổng đàn lợn toàn tỉnh. Sản lượng thịt lợn đen hơi xuất chuồng ước đạt 4.850 tấn, đạt 52,7% kế hoạch năm.

Lợn đen được nuôi tập trung ở 4 huyện vùng cao núi đá dọc Quốc lộ 4C, gồm Đồng Văn (31.200 con), Mèo Vạc (28.650 con), Yên Minh (25.300 con) và Quản Bạ (19.850 con). Toàn tỉnh hiện có 214 trang trại nuôi lợn đen theo hướng bán chăn thả, trong đó 37 trang trại đã được cấp giấy chứng nhận an toàn dịch bệnh; ngoài ra còn gần 1.600 gia trại.

Giá lợn đen hơi trên thị trường hiện dao động từ 95.000 đến 120.000 đồng/kg. Mức giá này cao gấp khoảng 1,8 lần lợn lai nuôi công nghiệp. Với quy mô 10-15 con, mỗi hộ có thể lãi khoảng 40 triệu đồng/năm.

Để xây dựng thương hiệu, tỉnh đã hỗ trợ 3 hợp tác xã ở Đồng Văn, Mèo Vạc phát triển sản phẩm thịt lợn đen sấy gác bếp đạt chuẩn OCOP 3 sao. Theo Kế hoạch số 145/KH-UBND, đến năm 2025 tỉnh phấn đấu tổng đàn lợn đen bản địa đạt 200.000 con, tỷ lệ hộ nuôi theo hướng an toàn sinh học đạt trên 60%.

Thu Hà (Sở NN&PTNT Hà Giang)
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = period("đến năm 2025", None, "2025-12-31")
LIST = "lợn đen nuôi tập trung"

FIGS = [
    F("Đàn lợn đen bản địa tăng hơn 9%", "9", 9, "percent", "%", "đàn lợn đen bản địa", approx="over"),
    F("ước đạt 168.400 con", "168.400", 168400, "count", "con", "tổng đàn lợn đen bản địa", H1,
      percent=27, change=change("increase", 9.2, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 4.850 tấn", "4.850", 4850, "measure", "tấn", "sản lượng thịt lợn đen hơi xuất chuồng",
      inherit(H1), percent=52.7, status="estimate"),
    F("ở 4 huyện vùng cao", "4", 4, "count", "huyện", "huyện vùng cao núi đá nuôi lợn đen tập trung"),
    F("Đồng Văn (31.200 con)", "31.200", 31200, "count", "con", LIST, location="Đồng Văn"),
    F("Mèo Vạc (28.650 con)", "28.650", 28650, "count", "con", LIST, location="Mèo Vạc"),
    F("Yên Minh (25.300 con)", "25.300", 25300, "count", "con", LIST, location="Yên Minh"),
    F("Quản Bạ (19.850 con)", "19.850", 19850, "count", "con", LIST, location="Quản Bạ"),
    F("có 214 trang trại", "214", 214, "count", "trang trại", "trang trại nuôi lợn đen theo hướng bán chăn thả"),
    F("trong đó 37 trang trại", "37", 37, "count", "trang trại",
      "trang trại được cấp giấy chứng nhận an toàn dịch bệnh", total=214),
    F("gần 1.600 gia trại", "1.600", 1600, "count", "gia trại", "gia trại nuôi lợn đen", approx="nearly"),
    F("từ 95.000 đến 120.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", "giá lợn đen hơi trên thị trường",
      value_max=120000),
    F("gấp khoảng 1,8 lần", "1,8", 1.8, "multiple", "lần", "giá lợn đen hơi so với lợn lai nuôi công nghiệp",
      approx="about"),
    F("quy mô 10-15 con", "10", 10, "count", "con", "quy mô nuôi mỗi hộ", value_max=15, optional=True),
    F("khoảng 40 triệu đồng/năm", "40", 40_000_000, "money", "đồng/năm", "lãi mỗi hộ nuôi lợn đen",
      approx="about"),
    F("hỗ trợ 3 hợp tác xã", "3", 3, "count", "hợp tác xã",
      "hợp tác xã được hỗ trợ phát triển sản phẩm thịt lợn đen sấy gác bếp"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP của sản phẩm thịt lợn đen sấy gác bếp",
      optional=True),
    F("đạt 200.000 con", "200.000", 200000, "count", "con", "tổng đàn lợn đen bản địa", T25, status="target"),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ hộ nuôi theo hướng an toàn sinh học", T25,
      approx="over", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Hà Giang: đàn lợn đen bản địa 6 tháng đầu năm 2024; districts in brackets, farms, prices, 2025 targets.",
    "Dateline 'Cập nhật: 12/08/2024 09:15' gives published; 'Lượt xem: 2.317', 'Quốc lộ 4C', 'Kế hoạch số 145/KH-UBND' are not figures.",
    "Year-less headline growth rate (hơn 9%) is a percent figure without change; the district list shares 'lợn đen nuôi tập trung'",
    "and has no total (its head '4 huyện' counts districts). 37 trang trại after 'trong đó' takes 214 trang trại.",
    "'quy mô 10-15 con' (an example's size) and 'OCOP 3 sao' (a class label) are optional.",
]

if __name__ == "__main__":
    write(1, TEXT, NOTES, FIGS, published="2024-08-12", location="Hà Giang")
