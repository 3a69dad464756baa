"""p838-4: ministry site (Bộ NN&PTNT / Cục Trồng trọt), national organic fertiliser from farm by-products, 2023."""
from lib import F, P, I, C, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Trồng trọt

Phân bón hữu cơ từ phụ phẩm nông nghiệp: tiềm năng lớn, tỷ lệ sử dụng còn thấp
Ngày đăng: 22/11/2023 | Lượt xem: 2.064

Theo Cục Trồng trọt, mỗi năm cả nước phát sinh khoảng 156 triệu tấn phụ phẩm trồng trọt, trong đó rơm rạ chiếm gần 50%, cùng khoảng 61 triệu tấn chất thải chăn nuôi. Tuy nhiên, mới có khoảng 35% lượng phụ phẩm được tái sử dụng làm phân bón, thức ăn chăn nuôi hoặc chất đốt.

Tính đến tháng 10/2023, cả nước có 1.284 cơ sở sản xuất phân bón hữu cơ được cấp phép, chiếm 12,6% tổng số cơ sở sản xuất phân bón, với tổng công suất khoảng 4,2 triệu tấn/năm. Số sản phẩm phân bón hữu cơ được công nhận lưu hành là 3.856 sản phẩm, tăng gấp 1,6 lần so với năm 2020. Các địa phương có nhiều cơ sở nhất lần lượt là Đồng Nai (96 cơ sở), Lâm Đồng (87 cơ sở) và Long An (71 cơ sở).

Năm 2023, lượng phân bón hữu cơ sản xuất trong nước ước đạt 2,3 triệu tấn, tăng 8,5% so với năm 2022, song mới chiếm khoảng 10% tổng lượng phân bón sử dụng. Giá phân bón hữu cơ vi sinh phổ biến ở mức 4.000-6.000 đồng/kg, cao gấp 2 lần phân chuồng ủ tại nông hộ.

Mục tiêu đến năm 2030, tỷ lệ phụ phẩm cây trồng được tái sử dụng đạt trên 80%; lượng phân bón hữu cơ sử dụng đạt 25-30% tổng lượng phân bón. Cục Trồng trọt dự kiến trình Bộ đề án thúc đẩy sử dụng phân bón hữu cơ trong quý I/2024, góp phần thực hiện Luật Trồng trọt số 31/2018/QH14 và Nghị định số 84/2019/NĐ-CP.

Cục Trồng trọt - Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

ASOF = P("Tính đến tháng 10/2023", None, "2023-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
CS = "cơ sở sản xuất phân bón hữu cơ được cấp phép"

FIGS = [
    F("khoảng 156 triệu tấn", "156", 156e6, "measure", "tấn/năm", "phụ phẩm trồng trọt phát sinh mỗi năm", approx="about"),
    F("chiếm gần 50%", "50", 50, "percent", "%", "tỷ trọng rơm rạ trong phụ phẩm trồng trọt", approx="nearly"),
    F("khoảng 61 triệu tấn", "61", 61e6, "measure", "tấn/năm", "chất thải chăn nuôi phát sinh mỗi năm", approx="about"),
    F("khoảng 35% lượng", "35", 35, "percent", "%", "tỷ lệ phụ phẩm được tái sử dụng", approx="about"),
    F("có 1.284 cơ sở", "1.284", 1284, "count", "cơ sở", CS, ASOF, percent=12.6),
    F("khoảng 4,2 triệu tấn/năm", "4,2", 4.2e6, "measure", "tấn/năm", "tổng công suất sản xuất phân bón hữu cơ", ASOF,
      approx="about"),
    F("là 3.856 sản phẩm", "3.856", 3856, "count", "sản phẩm", "sản phẩm phân bón hữu cơ được công nhận lưu hành",
      I(ASOF), change=C("increase", 1.6, "lần", "năm 2020")),
    F("Đồng Nai (96 cơ sở)", "96", 96, "count", "cơ sở", CS, I(ASOF), location="Đồng Nai"),
    F("Lâm Đồng (87 cơ sở)", "87", 87, "count", "cơ sở", CS, I(ASOF), location="Lâm Đồng"),
    F("Long An (71 cơ sở)", "71", 71, "count", "cơ sở", CS, I(ASOF), location="Long An"),
    F("ước đạt 2,3 triệu tấn", "2,3", 2.3e6, "measure", "tấn", "lượng phân bón hữu cơ sản xuất trong nước", Y23,
      status="estimate", percent=10, change=C("increase", 8.5, "%", "năm 2022")),
    F("mức 4.000-6.000 đồng/kg", "4.000", 4000, "money", "đồng/kg", "giá phân bón hữu cơ vi sinh", value_max=6000,
      change=C("increase", 2, "lần", "phân chuồng ủ tại nông hộ")),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ phụ phẩm cây trồng được tái sử dụng", T30, approx="over",
      status="target"),
    F("đạt 25-30% tổng", "25", 25, "percent", "%", "lượng phân bón hữu cơ sử dụng trong tổng lượng phân bón", T30,
      value_max=30, status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Trồng trọt), 22/11/2023: national by-products, organic fertiliser plants, products, targets 2030.",
    "'trong đó rơm rạ chiếm gần 50%' is a share of another whole (straw in crop by-products): a percent figure of its own.",
    "'chiếm khoảng 10% tổng lượng phân bón' after the 2,3 triệu tấn (which already has its change) is its percent attribute.",
    "'tăng gấp 1,6 lần so với năm 2020' and 'cao gấp 2 lần phân chuồng ủ' are changes (unit lần) of the figure before them.",
    "The ranked province list gets the national indicator as subject, each province as location, and no total (does not add up).",
    "Location Việt Nam throughout; the ministry's address 'Hà Nội' localises nothing.",
    "Distractors: 'Lượt xem: 2.064', quý I/2024 (a schedule), Luật Trồng trọt số 31/2018/QH14, Nghị định số 84/2019/NĐ-CP,",
    "'Số 2 Ngọc Hà', phone 024.3845.9670.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2023-11-22", location="Việt Nam")
