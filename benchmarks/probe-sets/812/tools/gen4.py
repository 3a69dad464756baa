"""p812-4: Cục Trồng trọt (Bộ NN&PTNT) site, national măng cụt and mận, 2023."""
from lib import F, P, Y, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC TRỒNG TRỌT
Trang chủ > Tin hoạt động > Cây ăn quả
Ngày đăng: 22/11/2023 | Lượt xem: 1.027

Phát triển bền vững cây măng cụt và cây mận

Theo số liệu của Cục Trồng trọt, tính đến hết tháng 10/2023, cả nước có khoảng 12.800 ha măng cụt; sản lượng năm 2022 đạt 86.500 tấn. Diện tích tập trung chủ yếu tại 10 tỉnh phía Nam với 11.950 ha, chiếm 93,4%; các tỉnh có diện tích lớn nhất lần lượt là Bến Tre (3.130 ha), Bình Dương (1.860 ha), Đồng Nai (1.540 ha) và Vĩnh Long (1.010 ha).

Đối với cây mận, cả nước hiện có trên 32.000 ha, trong đó mận hậu chiếm khoảng 70%, còn lại là mận tam hoa và các giống mận địa phương. Sơn La là địa phương có diện tích mận lớn nhất với 18.300 ha, tiếp đến là Lào Cai 4.250 ha, Lai Châu 2.900 ha và Hà Giang 2.100 ha. Sản lượng mận năm 2022 của cả nước đạt 245.000 tấn, tăng 6,8% so với năm 2021.

Về xuất khẩu, năm 2022 kim ngạch xuất khẩu quả măng cụt đạt 38,6 triệu USD, tăng 21% so với năm 2021; 9 tháng năm 2023 ước đạt 41,2 triệu USD. Mận tươi đã được xuất khẩu sang 8 thị trường, trong đó có Úc, Nhật Bản, Singapore. Cả nước hiện có 185 mã số vùng trồng măng cụt và 62 mã số vùng trồng mận được cấp phục vụ xuất khẩu.

Thực hiện Quyết định số 1024/QĐ-BNN-TT, Cục Trồng trọt đề nghị các địa phương đến năm 2025 kiểm soát diện tích măng cụt ở mức 13.000-14.000 ha, tối thiểu 30% diện tích áp dụng VietGAP hoặc tương đương; không mở rộng diện tích mận trên đất dốc trên 25 độ.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3823.4651
"""

NOTES = [
    "Cục Trồng trọt (Bộ NN&PTNT): national măng cụt and mận — diện tích, top provinces, sản lượng, xuất khẩu, mã số vùng trồng, định hướng 2025.",
    "'Ngày đăng: 22/11/2023' gives published; 'Lượt xem: 1.027', 'Quyết định số 1024/QĐ-BNN-TT', 'Số 2 Ngọc Hà', phone are not figures.",
    "National figures → Việt Nam; list items that are provinces take the province as location, subject = the list's indicator.",
    "'10 tỉnh phía Nam … 11.950 ha, chiếm 93,4%': 93,4% is the percent of 11.950; no 'trong đó', so no total. 'mận hậu chiếm khoảng 70%' is a percent figure.",
    "'8 thị trường, trong đó có Úc, Nhật Bản, Singapore' lists names, not figures. 'đất dốc trên 25 độ' is a category threshold: optional.",
]

asof = P("tính đến hết tháng 10/2023", None, "2023-10-31")
y25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("khoảng 12.800 ha", "12.800", 12800, "measure", "ha", "diện tích măng cụt", asof, approx="about"),
    F("đạt 86.500 tấn", "86.500", 86500, "measure", "tấn", "sản lượng măng cụt", Y("năm 2022", 2022)),
    F("tại 10 tỉnh phía Nam", "10", 10, "count", "tỉnh", "tỉnh phía Nam tập trung diện tích măng cụt", I(asof)),
    F("với 11.950 ha", "11.950", 11950, "measure", "ha", "diện tích măng cụt tại các tỉnh phía Nam", I(asof), percent=93.4),
    F("Bến Tre (3.130 ha)", "3.130", 3130, "measure", "ha", "diện tích măng cụt", I(asof), location="Bến Tre"),
    F("Bình Dương (1.860 ha)", "1.860", 1860, "measure", "ha", "diện tích măng cụt", I(asof), location="Bình Dương"),
    F("Đồng Nai (1.540 ha)", "1.540", 1540, "measure", "ha", "diện tích măng cụt", I(asof), location="Đồng Nai"),
    F("Vĩnh Long (1.010 ha)", "1.010", 1010, "measure", "ha", "diện tích măng cụt", I(asof), location="Vĩnh Long"),
    F("trên 32.000 ha", "32.000", 32000, "measure", "ha", "diện tích mận", approx="over"),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", "tỷ lệ diện tích mận hậu", approx="about"),
    F("với 18.300 ha", "18.300", 18300, "measure", "ha", "diện tích mận", location="Sơn La"),
    F("Lào Cai 4.250 ha", "4.250", 4250, "measure", "ha", "diện tích mận", location="Lào Cai"),
    F("Lai Châu 2.900 ha", "2.900", 2900, "measure", "ha", "diện tích mận", location="Lai Châu"),
    F("Hà Giang 2.100 ha", "2.100", 2100, "measure", "ha", "diện tích mận", location="Hà Giang"),
    F("đạt 245.000 tấn", "245.000", 245000, "measure", "tấn", "sản lượng mận", Y("năm 2022", 2022),
      change=C("increase", 6.8, "%", "năm 2021")),
    F("đạt 38,6 triệu USD", "38,6", 38.6e6, "money", "USD", "kim ngạch xuất khẩu quả măng cụt", Y("năm 2022", 2022),
      change=C("increase", 21, "%", "năm 2021")),
    F("ước đạt 41,2 triệu USD", "41,2", 41.2e6, "money", "USD", "kim ngạch xuất khẩu quả măng cụt",
      P("9 tháng năm 2023", "2023-01-01", "2023-09-30"), status="estimate"),
    F("sang 8 thị trường", "8", 8, "count", "thị trường", "thị trường xuất khẩu mận tươi"),
    F("có 185 mã số", "185", 185, "count", "mã số vùng trồng", "mã số vùng trồng măng cụt phục vụ xuất khẩu"),
    F("và 62 mã số", "62", 62, "count", "mã số vùng trồng", "mã số vùng trồng mận phục vụ xuất khẩu"),
    F("13.000-14.000 ha", "13.000", 13000, "measure", "ha", "diện tích măng cụt", y25, value_max=14000, status="target"),
    F("tối thiểu 30%", "30", 30, "percent", "%", "tỷ lệ diện tích măng cụt áp dụng VietGAP hoặc tương đương", y25,
      approx="at_least", status="target"),
    F("trên 25 độ", "25", 25, "measure", "độ", "độ dốc đất", approx="over", optional=True),
]

if __name__ == "__main__":
    write("p812-4", TEXT, NOTES, FIGS, published="2023-11-22", location="Việt Nam")
