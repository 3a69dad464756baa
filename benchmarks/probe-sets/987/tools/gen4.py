"""p987-4: Bộ NN&PTNT (ministry site), national pearl farming and exports 2023."""
from lib import F, P, I, C, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin hoạt động > Thủy sản
Ngày đăng: 05/03/2024 | Lượt xem: 1.027

Phát triển nghề nuôi trai cấy ngọc gắn với du lịch và chế tác

Theo Cục Thủy sản, tính đến hết năm 2023, cả nước có 58 cơ sở nuôi trai cấy ngọc tại 8/28 tỉnh, thành phố ven biển, tổng diện tích hơn 1.900 ha. Các địa phương có diện tích nuôi lớn nhất lần lượt là Kiên Giang (520 ha), Quảng Ninh (410 ha) và Khánh Hòa (395 ha).

Năm 2023, sản lượng ngọc trai cả nước ước đạt khoảng 5,6 tấn, tăng 8% so với năm 2022; trong đó ngọc trai nước mặn chiếm hơn 90%. Kim ngạch xuất khẩu ngọc trai và sản phẩm chế tác đạt 21,4 triệu USD, tăng 15,3% so với năm trước; thị trường Nhật Bản chiếm 38%, Hồng Kông (Trung Quốc) 24%. Theo đánh giá của Hiệp hội Ngọc trai thế giới, Việt Nam hiện đứng thứ 6 về sản lượng ngọc trai nuôi biển.

Ngành ngọc trai tạo việc làm cho gần 3.000 lao động, trong đó khoảng 1.200 lao động làm nghề chế tác trang sức. Mỗi ha mặt nước nuôi trai cho thu nhập bình quân 150-200 triệu đồng/ha/năm. Thu nhập từ nuôi trai cao gấp 3-4 lần so với nuôi cá lồng truyền thống.

Thực hiện Quyết định số 339/QĐ-TTg ngày 11/3/2021 của Thủ tướng Chính phủ, ngành phấn đấu đến năm 2030 sản lượng ngọc trai đạt 12 tấn/năm, kim ngạch xuất khẩu đạt 50 triệu USD. Dự kiến năm 2024, diện tích nuôi trai cả nước tăng thêm khoảng 200 ha.

Bộ Nông nghiệp và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

END23 = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T2030 = P("đến năm 2030", None, "2030-12-31")
AREA = "diện tích nuôi trai cấy ngọc"

FIGS = [
    F("có 58 cơ sở", "58", 58, "count", "cơ sở", "cơ sở nuôi trai cấy ngọc", END23),
    F("tại 8/28 tỉnh", "8", 8, "count", "tỉnh, thành phố ven biển",
      "tỉnh, thành phố ven biển có cơ sở nuôi trai cấy ngọc", END23, total=28),
    F("hơn 1.900 ha", "1.900", 1900, "measure", "ha", AREA, END23, approx="over"),
    F("Kiên Giang (520 ha)", "520", 520, "measure", "ha", AREA, I(END23), location="Kiên Giang"),
    F("Quảng Ninh (410 ha)", "410", 410, "measure", "ha", AREA, I(END23), location="Quảng Ninh"),
    F("Khánh Hòa (395 ha)", "395", 395, "measure", "ha", AREA, I(END23), location="Khánh Hòa"),
    F("khoảng 5,6 tấn", "5,6", 5.6, "measure", "tấn", "sản lượng ngọc trai cả nước", Y23, approx="about",
      change=C("increase", 8, baseline="năm 2022"), status="estimate"),
    F("chiếm hơn 90%", "90", 90, "percent", "%", "ngọc trai nước mặn trong sản lượng ngọc trai", Y23,
      approx="over", status="estimate"),
    F("đạt 21,4 triệu USD", "21,4", 21.4e6, "money", "USD", "kim ngạch xuất khẩu ngọc trai và sản phẩm chế tác",
      I(Y23), change=C("increase", 15.3, baseline="năm trước")),
    F("Nhật Bản chiếm 38%", "38", 38, "percent", "%", "thị trường Nhật Bản trong kim ngạch xuất khẩu ngọc trai",
      I(Y23)),
    F("(Trung Quốc) 24%", "24", 24, "percent", "%",
      "thị trường Hồng Kông (Trung Quốc) trong kim ngạch xuất khẩu ngọc trai", I(Y23)),
    F("đứng thứ 6", "6", 6, "rank", "hạng", "sản lượng ngọc trai nuôi biển"),
    F("gần 3.000 lao động", "3.000", 3000, "count", "lao động", "lao động ngành ngọc trai", approx="nearly"),
    F("khoảng 1.200 lao động", "1.200", 1200, "count", "lao động", "lao động làm nghề chế tác trang sức",
      approx="about", total=3000),
    F("150-200 triệu", "150", 150e6, "money", "đồng/ha/năm", "thu nhập bình quân mỗi ha mặt nước nuôi trai",
      value_max=200e6),
    F("gấp 3-4 lần", "3", 3, "multiple", "lần", "thu nhập từ nuôi trai so với nuôi cá lồng truyền thống",
      value_max=4),
    F("đạt 12 tấn/năm", "12", 12, "measure", "tấn/năm", "sản lượng ngọc trai", T2030, status="target"),
    F("đạt 50 triệu USD", "50", 50e6, "money", "USD", "kim ngạch xuất khẩu ngọc trai", T2030, status="target"),
    F("khoảng 200 ha", "200", 200, "measure", "ha", "diện tích nuôi trai cả nước tăng thêm",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Bộ NN&PTNT site (Ngày đăng | Lượt xem): nuôi trai cấy ngọc cả nước năm 2023, xuất khẩu, mục tiêu 2030.",
    "'8/28 tỉnh' gives total 28. The 'lần lượt' province list is a ranking that does not add to 1.900 ha, so no total.",
    "Export shares by trade partner keep location Việt Nam. 'trong đó ... chiếm hơn 90%' continues the 'ước đạt' clause (estimate).",
    "'gấp 3-4 lần' stands as its own sentence: a multiple. 'tăng thêm khoảng 200 ha' is the forecast amount itself.",
    "Distractors: Ngày đăng 05/03/2024, Lượt xem 1.027, Quyết định số 339/QĐ-TTg ngày 11/3/2021, Số 2 Ngọc Hà, 024.3846.8161.",
]

write("p987-4", TEXT, FIGS, NOTES, published="2024-03-05", location="Việt Nam")
