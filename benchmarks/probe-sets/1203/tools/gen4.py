"""p1203-4: ministry site (Bộ NN&PTNT), national vegetables 11 months 2023, growing-area codes, exports."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Trồng trọt

Mở rộng vùng rau ăn quả gắn với mã số vùng trồng
05/12/2023 15:20 - Cục Trồng trọt

Theo Cục Trồng trọt, 11 tháng năm 2023, diện tích rau các loại cả nước ước đạt 1,02 triệu ha, tăng 1,6% so với cùng kỳ; sản lượng ước đạt 18,9 triệu tấn. Trong đó, nhóm rau ăn quả (bầu, bí, mướp, dưa chuột, khổ qua, cà chua…) chiếm khoảng 31% diện tích.

Các địa phương có diện tích rau lớn nhất là Hà Nội, Hải Dương và Tiền Giang, lần lượt đạt 32.400 ha, 31.800 ha và 29.500 ha.

Đến ngày 30/11/2023, cả nước đã cấp 7.355 mã số vùng trồng phục vụ xuất khẩu, trong đó 1.026 mã số cho nhóm rau, quả tươi. Kim ngạch xuất khẩu rau quả 11 tháng đạt 5,1 tỷ USD, tăng 70,1% so với cùng kỳ năm 2022; riêng nhóm rau đạt khoảng 712 triệu USD.

Ông Trần Quốc Khánh, Phó Cục trưởng Cục Trồng trọt cho biết, với bí đỏ, diện tích cả nước khoảng 38.000 ha, năng suất bình quân 17-19 tấn/ha; khổ qua khoảng 9.500 ha. Thực hiện Quyết định số 4460/QĐ-BNN-TT, đến năm 2030 ngành phấn đấu 40% diện tích rau ăn quả được sản xuất theo VietGAP hoặc tương đương, kim ngạch xuất khẩu rau đạt 1,5 tỷ USD.

Tin cùng chuyên mục:
- Hội nghị trực tuyến về sản xuất rau an toàn lần thứ 2
- Bộ trưởng làm việc với tỉnh Sóc Trăng về vùng nguyên liệu
Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

M11 = P("11 tháng năm 2023", "2023-01-01", "2023-11-30")
M11b = P("11 tháng", "2023-01-01", "2023-11-30")
ASOF = P("Đến ngày 30/11/2023", None, "2023-11-30")
T30 = P("đến năm 2030", None, "2030-12-31")
RAU = "diện tích rau"

FIGS = [
    F("ước đạt 1,02 triệu ha", "1,02", 1020000, "measure", "ha", status="estimate",
      change=C("increase", 1.6, "%", "cùng kỳ"), subject="diện tích rau các loại", period=M11),
    F("ước đạt 18,9 triệu tấn", "18,9", 18900000, "measure", "tấn", status="estimate",
      subject="sản lượng rau các loại", period=M11),
    F("khoảng 31%", "31", 31, "percent", "%", approx="about", status="estimate",
      subject="tỷ lệ nhóm rau ăn quả trong diện tích rau", period=I(M11)),
    F("đạt 32.400 ha", "32.400", 32400, "measure", "ha", subject=RAU, location="Hà Nội"),
    F("32.400 ha, 31.800 ha", "31.800", 31800, "measure", "ha", subject=RAU, location="Hải Dương"),
    F("và 29.500 ha", "29.500", 29500, "measure", "ha", subject=RAU, location="Tiền Giang"),
    F("cấp 7.355 mã số", "7.355", 7355, "count", "mã số vùng trồng",
      subject="mã số vùng trồng phục vụ xuất khẩu đã cấp", period=ASOF),
    F("trong đó 1.026 mã số", "1.026", 1026, "count", "mã số", total=7355,
      subject="mã số vùng trồng cho nhóm rau, quả tươi", period=ASOF),
    F("đạt 5,1 tỷ USD", "5,1", 5100000000, "money", "USD",
      change=C("increase", 70.1, "%", "cùng kỳ năm 2022"), subject="kim ngạch xuất khẩu rau quả", period=M11b),
    F("khoảng 712 triệu USD", "712", 712000000, "money", "USD", approx="about",
      subject="kim ngạch xuất khẩu nhóm rau", period=M11b),
    F("khoảng 38.000 ha", "38.000", 38000, "measure", "ha", approx="about", subject="diện tích bí đỏ"),
    F("bình quân 17-19 tấn/ha", "17", 17, "measure", "tấn/ha", value_max=19,
      subject="năng suất bình quân bí đỏ"),
    F("khoảng 9.500 ha", "9.500", 9500, "measure", "ha", approx="about", subject="diện tích khổ qua"),
    F("phấn đấu 40%", "40", 40, "percent", "%", status="target",
      subject="tỷ lệ diện tích rau ăn quả sản xuất theo VietGAP hoặc tương đương", period=T30),
    F("đạt 1,5 tỷ USD", "1,5", 1500000000, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu rau", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '05/12/2023 15:20 - Cục Trồng trọt' (published). National: location Việt Nam;",
    "the 'lần lượt' list gives each province as the location of its item (subject 'diện tích rau'; list items get no period:",
    "the sentence states none and a ranking of the biggest areas need not be the 11-month figure).",
    "'11 tháng' (export sentence) is 2023 from 'Đến ngày 30/11/2023' and the baseline 'cùng kỳ năm 2022'. 'riêng nhóm rau'",
    "is not a part cue of the spec (no total). Bí đỏ / khổ qua areas are current ('hiện' implied): no period.",
    "revised after the first run: 'khoảng 31%' status actual -> estimate. The 'Trong đó' sentence continues the estimated",
    "whole ('ước đạt 1,02 triệu ha'), as in shared gold h14 (the 'Trong đó' growth rates after 'ước tính tăng 3,02%' are estimates).",
    "Distractors: 'Quyết định số 4460/QĐ-BNN-TT', 'lần thứ 2', 'Số 2 Ngọc Hà', phone, '15:20'.",
]

if __name__ == "__main__":
    write("p1203-4", TEXT, NOTES, FIGS, published="2023-12-05", location="Việt Nam")
