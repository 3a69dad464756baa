from lib import F, P, I, C, T, write

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Chất lượng, Chế biến và Phát triển thị trường
Trang chủ » Tin hoạt động » Chế biến nông lâm thủy sản
Nâng cao giá trị nước mắm truyền thống Việt Nam
Ngày đăng: 22/03/2023 | Lượt xem: 1.276

Theo số liệu tổng hợp từ các địa phương, cả nước hiện có khoảng 3.200 cơ sở sản xuất nước mắm, phân bố tại 28 tỉnh, thành phố ven biển. Tổng sản lượng năm 2022 ước đạt 385 triệu lít, trong đó nước mắm truyền thống khoảng 142 triệu lít, chiếm 36,9%. Các địa phương có sản lượng lớn nhất lần lượt là Kiên Giang (23,1 triệu lít), Bình Thuận (20,3 triệu lít), Khánh Hòa (19,7 triệu lít) và Bà Rịa - Vũng Tàu (13,4 triệu lít).

Năm 2022, kim ngạch xuất khẩu nước mắm đạt 27,5 triệu USD, tăng 12,4% so với năm 2021; thị trường chính là Mỹ, Nhật Bản, Hàn Quốc và Australia. Con số này gấp 1,6 lần năm 2018.

Theo TCVN 5107:2018, nước mắm được phân thành 4 hạng theo hàm lượng nitơ toàn phần: hạng đặc biệt từ 30 g/l trở lên, thượng hạng từ 25 g/l, hạng 1 từ 15 g/l và hạng 2 từ 10 g/l.

Khảo sát của Cục tại 120 cơ sở truyền thống cho thấy 68% cơ sở vẫn ủ chượp trong thùng gỗ bời lời, thời gian ủ từ 12 đến 24 tháng; chỉ 23/120 cơ sở có hệ thống truy xuất nguồn gốc.

Thực hiện Quyết định số 339/QĐ-TTg ngày 11/3/2021 của Thủ tướng Chính phủ, mục tiêu đến năm 2030, nước mắm truyền thống đạt chỉ dẫn địa lý hoặc chứng nhận OCOP chiếm 50% sản lượng; kim ngạch xuất khẩu nước mắm đạt 60 triệu USD.

Cục Chất lượng, Chế biến và Phát triển thị trường - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3771.1132
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SL = "sản lượng nước mắm"

FIGS = [
    F("khoảng 3.200 cơ sở", "3.200", 3200, "count", "cơ sở", "cơ sở sản xuất nước mắm", approx="about"),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển có cơ sở sản xuất nước mắm"),
    F("ước đạt 385 triệu lít", "385", 385e6, "measure", "lít", "tổng sản lượng nước mắm", Y22, status="estimate"),
    F("khoảng 142 triệu lít", "142", 142e6, "measure", "lít", "nước mắm truyền thống", Y22,
      approx="about", total=385e6, percent=36.9, status="estimate"),
    F("Kiên Giang (23,1 triệu lít)", "23,1", 23.1e6, "measure", "lít", SL, I(Y22), location="Kiên Giang"),
    F("Bình Thuận (20,3 triệu lít)", "20,3", 20.3e6, "measure", "lít", SL, I(Y22), location="Bình Thuận"),
    F("Khánh Hòa (19,7 triệu lít)", "19,7", 19.7e6, "measure", "lít", SL, I(Y22), location="Khánh Hòa"),
    F("Vũng Tàu (13,4 triệu lít)", "13,4", 13.4e6, "measure", "lít", SL, I(Y22), location="Bà Rịa - Vũng Tàu"),
    F("đạt 27,5 triệu USD", "27,5", 27.5e6, "money", "USD", "kim ngạch xuất khẩu nước mắm",
      P("Năm 2022", "2022-01-01", "2022-12-31"), change=C("increase", 12.4, baseline="năm 2021")),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "kim ngạch xuất khẩu nước mắm so với năm 2018", I(Y22)),
    F("thành 4 hạng", "4", 4, "count", "hạng", "hạng nước mắm theo hàm lượng nitơ toàn phần", optional=True),
    F("từ 30 g/l", "30", 30, "measure", "g/l", "hàm lượng nitơ toàn phần hạng đặc biệt", approx="at_least", optional=True),
    F("từ 25 g/l", "25", 25, "measure", "g/l", "hàm lượng nitơ toàn phần thượng hạng", approx="at_least", optional=True),
    F("từ 15 g/l", "15", 15, "measure", "g/l", "hàm lượng nitơ toàn phần hạng 1", approx="at_least", optional=True),
    F("từ 10 g/l", "10", 10, "measure", "g/l", "hàm lượng nitơ toàn phần hạng 2", approx="at_least", optional=True),
    F("tại 120 cơ sở", "120", 120, "count", "cơ sở", "cơ sở truyền thống được khảo sát"),
    F("thấy 68% cơ sở", "68", 68, "percent", "%", "cơ sở vẫn ủ chượp trong thùng gỗ bời lời"),
    F("từ 12 đến 24 tháng", "12", 12, "measure", "tháng", "thời gian ủ chượp", value_max=24),
    F("chỉ 23/120 cơ sở", "23", 23, "count", "cơ sở", "cơ sở có hệ thống truy xuất nguồn gốc", total=120),
    F("chiếm 50% sản lượng", "50", 50, "percent", "%",
      "nước mắm truyền thống đạt chỉ dẫn địa lý hoặc chứng nhận OCOP trong sản lượng", T30, status="target"),
    F("đạt 60 triệu USD", "60", 60e6, "money", "USD", "kim ngạch xuất khẩu nước mắm", T30, status="target"),
]

NOTES = [
    "Ministry (Bộ NN&PTNT, Cục Chất lượng, Chế biến và PTTT) news page, 22/03/2023; national figures -> Việt Nam, list items -> their province.",
    "TCVN 5107:2018 grade thresholds and the count of grades are optional (category definitions); 'hạng 1', 'hạng 2' are grade names, not ranks.",
    "'Con số này gấp 1,6 lần năm 2018' is its own sentence -> multiple. The 142 triệu lít part continues the 'ước đạt' clause -> estimate.",
]

if __name__ == "__main__":
    write("p1067-4", TEXT, FIGS, NOTES, published="2023-03-22", location="Việt Nam")
