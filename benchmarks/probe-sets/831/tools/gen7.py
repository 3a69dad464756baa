"""p831-7: Sở NN&PTNT Kon Tum department site, no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KON TUM
Tin hoạt động > Thủy sản

Phát triển nuôi cá nước lạnh gắn với du lịch Măng Đen

Nghề nuôi cá nước lạnh ở Kon Tum bắt đầu từ năm 2011 tại huyện Kon Plông, nơi nhiệt độ nước quanh năm dưới 20 độ C. Đến nay, toàn tỉnh có 19 cơ sở nuôi, trong đó huyện Kon Plông có 14 cơ sở; tổng diện tích mặt nước nuôi khoảng 3,5 ha.

Năm 2023, sản lượng cá nước lạnh toàn tỉnh đạt 148 tấn, tăng 27,6% so với năm 2022. 9 tháng đầu năm 2024 ước đạt 132 tấn, bằng 71,4% kế hoạch năm. Sản lượng theo địa phương như sau:

Đơn vị tính: tấn
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Kon Plông
96
118
140
Tu Mơ Rông
14
21
30
Đăk Glei
6
9
15
Tổng cộng
116
148
185

Giá cá hồi vân, cá tầm tại các nhà hàng ở Măng Đen dao động 250.000-350.000 đồng/kg, cao hơn khoảng 1,5 lần giá bán tại trại. Năm 2023, khu du lịch Măng Đen đón hơn 1,1 triệu lượt khách, tạo đầu ra ổn định cho sản phẩm cá nước lạnh.

Giai đoạn 2021-2023, tỉnh đã hỗ trợ 7 cơ sở với tổng kinh phí 2,8 tỷ đồng theo Nghị quyết số 24/2021/NQ-HĐND. Phấn đấu đến năm 2025, sản lượng cá nước lạnh toàn tỉnh đạt 250 tấn, hình thành ít nhất 1 chuỗi liên kết sản xuất - tiêu thụ.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KON TUM
Địa chỉ: 26 Ure, phường Quyết Thắng, TP Kon Tum
Điện thoại: 0260.3862.551 - Fax: 0260.3862.552
Tổng số lượt truy cập: 1.284.930
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, period, place=None, status="actual"):
    kw = {"location": place} if place else {}
    if status != "actual":
        kw["status"] = status
    return F(anchor, number, value, "measure", "tấn", "sản lượng cá nước lạnh", period, **kw)


FIGS = [
    F("dưới 20 độ C", "20", 20, "measure", "độ C", "nhiệt độ nước quanh năm", approx="under",
      location="Kon Plông", optional=True),
    F("có 19 cơ sở nuôi", "19", 19, "count", "cơ sở", "cơ sở nuôi cá nước lạnh"),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở nuôi cá nước lạnh", total=19, location="Kon Plông"),
    F("khoảng 3,5 ha", "3,5", 3.5, "measure", "ha", "tổng diện tích mặt nước nuôi", approx="about"),
    F("toàn tỉnh đạt 148 tấn", "148", 148, "measure", "tấn", "sản lượng cá nước lạnh", Y23,
      change=C("increase", 27.6, baseline="năm 2022")),
    F("ước đạt 132 tấn", "132", 132, "measure", "tấn", "sản lượng cá nước lạnh",
      P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30"), status="estimate", percent=71.4),
    cell("Kon Plông\n96", "96", 96, Y22, "Kon Plông"),
    cell("96\n118", "118", 118, Y23, "Kon Plông"),
    cell("118\n140", "140", 140, K24, "Kon Plông", "target"),
    cell("Tu Mơ Rông\n14", "14", 14, Y22, "Tu Mơ Rông"),
    cell("14\n21", "21", 21, Y23, "Tu Mơ Rông"),
    cell("21\n30", "30", 30, K24, "Tu Mơ Rông", "target"),
    cell("Đăk Glei\n6", "6", 6, Y22, "Đăk Glei"),
    cell("6\n9", "9", 9, Y23, "Đăk Glei"),
    cell("9\n15", "15", 15, K24, "Đăk Glei", "target"),
    cell("Tổng cộng\n116", "116", 116, Y22),
    cell("116\n148", "148", 148, Y23),
    cell("148\n185", "185", 185, K24, status="target"),
    F("250.000-350.000 đồng/kg", "250.000", 250000, "money", "đồng/kg",
      "giá cá hồi vân, cá tầm tại các nhà hàng ở Măng Đen", value_max=350000, location="Kon Plông",
      change=C("increase", 1.5, "lần", "giá bán tại trại", approx="about")),
    F("hơn 1,1 triệu lượt khách", "1,1", 1.1e6, "count", "lượt khách", "lượt khách đến khu du lịch Măng Đen", Y23,
      approx="over", location="Kon Plông"),
    F("hỗ trợ 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở được hỗ trợ",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("kinh phí 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "tổng kinh phí hỗ trợ",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("đạt 250 tấn", "250", 250, "measure", "tấn", "sản lượng cá nước lạnh",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("ít nhất 1 chuỗi", "1", 1, "count", "chuỗi", "chuỗi liên kết sản xuất - tiêu thụ",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

HEADER = [
    "Sở NN&PTNT Kon Tum department site: no dateline (published absent); footer address, phone/fax and 'Tổng số lượt truy cập: 1.284.930'.",
    "Distractors: 'năm 2011', '26 Ure', phones '0260.3862.551', '0260.3862.552', the counter, 'Nghị quyết số 24/2021/NQ-HĐND', 'Giai đoạn 2021-2023'.",
    "One-cell-per-line table, 'Đơn vị tính: tấn', columns Năm 2022 / Năm 2023 / Kế hoạch 2024 (target), rows by district + 'Tổng cộng' (province).",
    "Table periods come from the column headers (scored); cells carry no totals. 'Đến nay' with no dateline has no date: period omitted (unscored).",
    "'trong đó huyện Kon Plông có 14 cơ sở' takes 19 as total. 'bằng 71,4% kế hoạch năm' is the percent of 132 tấn.",
    "'cao hơn khoảng 1,5 lần giá bán tại trại' is the change (unit lần) of the restaurant price range (FIGURES.md: the change after 'cao hơn').",
    "Măng Đen lies in Kon Plông: its restaurant price and tourist count take Kon Plông. 'dưới 20 độ C' optional.",
]

if __name__ == "__main__":
    write("p831-7", TEXT, HEADER, FIGS, location="Kon Tum")
