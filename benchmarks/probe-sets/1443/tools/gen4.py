"""p1443-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt): glutinous rice exports and area, national, 2023."""
from lib import F, period, year, inherit, change, target, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt

Xuất khẩu gạo nếp năm 2023 đạt hơn 1 tỷ USD

05/03/2024 | 09:30 | Cục Trồng trọt

Theo số liệu của Tổng cục Hải quan, năm 2023 cả nước xuất khẩu khoảng 1,62 triệu tấn gạo nếp, trị giá hơn 1 tỷ USD, tăng 38,6% về lượng và 52,1% về trị giá so với năm 2022. Gạo nếp chiếm 19,9% tổng lượng gạo xuất khẩu. Giá xuất khẩu bình quân đạt 628 USD/tấn, cao hơn gạo trắng thông thường khoảng 60 USD/tấn.

Trung Quốc tiếp tục là thị trường nhập khẩu gạo nếp lớn nhất của Việt Nam với khoảng 1,1 triệu tấn, chiếm 68% tổng lượng; tiếp theo là Philippines (142.000 tấn) và Malaysia (96.500 tấn).

Về sản xuất, năm 2023 diện tích lúa nếp cả nước khoảng 385 nghìn ha, chiếm gần 5,4% diện tích lúa; trong đó An Giang có khoảng 102 nghìn ha, tiếp đến là Long An (48 nghìn ha) và Đồng Tháp (31 nghìn ha). Các giống nếp đặc sản như nếp cái hoa vàng, nếp Tú Lệ, nếp than, nếp Phú Tân đang được mở rộng tại 24 tỉnh, thành phố.

Cục Trồng trọt dự báo năm 2024 lượng gạo nếp xuất khẩu đạt khoảng 1,7-1,8 triệu tấn. Mục tiêu đến năm 2030, tỷ lệ gạo nếp đặc sản, chất lượng cao đạt ít nhất 40% lượng gạo nếp xuất khẩu, góp phần thực hiện Đề án 1 triệu ha lúa chất lượng cao.

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội
Giấy phép số 86/GP-TTĐT
"""

Y23 = year("năm 2023", 2023)
Y24 = year("năm 2024", 2024)
T30 = period("đến năm 2030", None, "2030-12-31")
AREA = "diện tích lúa nếp"

FIGS = [
    F("đạt hơn 1 tỷ USD", "1", 1e9, "money", "USD", "xuất khẩu gạo nếp", Y23, approx="over"),
    F("khoảng 1,62 triệu tấn", "1,62", 1.62e6, "measure", "tấn", "gạo nếp xuất khẩu", Y23, approx="about",
      change=change("increase", 38.6, "%", "năm 2022")),
    F("trị giá hơn 1 tỷ", "1", 1e9, "money", "USD", "trị giá xuất khẩu gạo nếp", Y23, approx="over",
      change=change("increase", 52.1, "%", "năm 2022")),
    F("chiếm 19,9%", "19,9", 19.9, "percent", "%", "gạo nếp trong tổng lượng gạo xuất khẩu", inherit(Y23)),
    F("đạt 628 USD/tấn", "628", 628, "money", "USD/tấn", "giá xuất khẩu bình quân", inherit(Y23),
      change=change("increase", 60, "USD/tấn", "gạo trắng thông thường", "about")),
    F("khoảng 1,1 triệu tấn", "1,1", 1.1e6, "measure", "tấn", "gạo nếp nhập khẩu của thị trường Trung Quốc",
      inherit(Y23), approx="about", percent=68),
    F("Philippines (142.000 tấn)", "142.000", 142000, "measure", "tấn", "gạo nếp nhập khẩu của thị trường Philippines",
      inherit(Y23)),
    F("Malaysia (96.500 tấn)", "96.500", 96500, "measure", "tấn", "gạo nếp nhập khẩu của thị trường Malaysia",
      inherit(Y23)),
    F("khoảng 385 nghìn ha", "385", 385000, "measure", "ha", "diện tích lúa nếp cả nước", Y23, approx="about",
      percent=5.4),
    F("khoảng 102 nghìn ha", "102", 102000, "measure", "ha", AREA, Y23, approx="about", total=385000,
      location="An Giang"),
    F("Long An (48 nghìn ha)", "48", 48000, "measure", "ha", AREA, Y23, total=385000, location="Long An"),
    F("Đồng Tháp (31 nghìn ha)", "31", 31000, "measure", "ha", AREA, Y23, total=385000, location="Đồng Tháp"),
    F("tại 24 tỉnh", "24", 24, "count", "tỉnh, thành phố", "tỉnh, thành phố mở rộng các giống nếp đặc sản"),
    F("khoảng 1,7-1,8 triệu", "1,7", 1.7e6, "measure", "tấn", "lượng gạo nếp xuất khẩu", Y24, approx="about",
      value_max=1.8e6, status="forecast"),
    F("ít nhất 40%", "40", 40, "percent", "%", "tỷ lệ gạo nếp đặc sản, chất lượng cao", T30, approx="at_least",
      status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '05/03/2024 | 09:30 | Cục Trồng trọt' (published), address footer, licence number.",
    "National figures: location Việt Nam (default). Trung Quốc, Philippines, Malaysia are trade partners, not places of the figures.",
    "'tăng 38,6% về lượng và 52,1% về trị giá so với năm 2022' → two changes shared out 'respectively': 38.6% to the tonnage, 52.1% to the value.",
    "'Gạo nếp chiếm 19,9% tổng lượng gạo xuất khẩu' has no base amount in its sentence → percent figure. 'chiếm 68% tổng lượng' → percent of 1,1 triệu tấn.",
    "'chiếm gần 5,4% diện tích lúa' → percent 5.4 of 385 nghìn ha. 'trong đó An Giang ..., tiếp đến là Long An (...) và Đồng Tháp (...)'",
    "continue the 'trong đó' breakdown → total 385000 and the province as location.",
    "'khoảng 1,7-1,8 triệu tấn' → range with approx about, forecast (dự báo). 'ít nhất 40%' target đến năm 2030.",
    "'Đề án 1 triệu ha lúa chất lượng cao' is the name of a programme (like 'Đề án 06'), not a figure.",
    "Distractors: '09:30', 'Số 2 Ngọc Hà', 'Giấy phép số 86/GP-TTĐT', baseline years.",
]

if __name__ == "__main__":
    write("p1443-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
