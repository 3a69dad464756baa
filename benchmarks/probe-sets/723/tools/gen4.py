"""p723-4: Ministry (Bộ NN&PTNT) site, national system of fishing ports and anchorages."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản

Cả nước có 94 cảng cá đủ điều kiện xác nhận nguồn gốc thủy sản khai thác

Ngày đăng: 14/03/2024 | Lượt xem: 2.184

Theo Cục Thủy sản, tính đến hết tháng 2/2024, cả nước có 205 cảng cá và 161 khu neo đậu tránh trú bão cho tàu cá đã được đầu tư, đưa vào sử dụng tại 28 tỉnh, thành phố ven biển. Trong số 205 cảng cá, có 94 cảng đã được công bố mở cảng và đủ điều kiện xác nhận nguồn gốc thủy sản khai thác, chiếm 45,9%; 111 cảng còn lại đang hoàn thiện hồ sơ.

Năm 2023, lượng thủy sản qua các cảng cá đạt khoảng 3,86 triệu tấn, tăng 4,1% so với năm 2022, chiếm gần 44% tổng sản lượng khai thác. Các địa phương có sản lượng qua cảng lớn là Kiên Giang (512.000 tấn), Bà Rịa - Vũng Tàu (398.000 tấn) và Cà Mau (265.000 tấn).

Theo Quy hoạch hệ thống cảng cá, khu neo đậu tránh trú bão thời kỳ 2021-2030, tầm nhìn đến năm 2050 ban hành kèm theo Quyết định số 1452/QĐ-TTg, đến năm 2030 cả nước sẽ có 215 cảng cá với tổng công suất 5,6 triệu tấn/năm và 176 khu neo đậu, đáp ứng chỗ neo đậu cho 95.900 tàu cá. Nhu cầu vốn giai đoạn 2021-2030 ước khoảng 22.000 tỷ đồng, trong đó ngân sách trung ương chiếm từ 60 đến 65%.

Cục Thủy sản cho biết, trong mùa mưa bão năm 2023 có 38 khu neo đậu bị bồi lắng, cần nạo vét khoảng 2,4 triệu m3; tuy nhiên kinh phí bố trí mới đạt 310 tỷ đồng, bằng 41% nhu cầu.

Cục Thủy sản - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội - ĐT: 024.3724.5370
"""

ASOF = P("tính đến hết tháng 2/2024", None, "2024-02-29")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
G = P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")
S23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("có 94 cảng cá", "94", 94, "count", "cảng cá",
      "cảng cá đủ điều kiện xác nhận nguồn gốc thủy sản khai thác", I(ASOF)),
    F("có 205 cảng cá và", "205", 205, "count", "cảng cá", "cảng cá đã được đầu tư, đưa vào sử dụng", ASOF),
    F("161 khu neo đậu", "161", 161, "count", "khu neo đậu",
      "khu neo đậu tránh trú bão cho tàu cá đã được đầu tư, đưa vào sử dụng", ASOF),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển có cảng cá, khu neo đậu", ASOF),
    F("có 94 cảng đã", "94", 94, "count", "cảng",
      "cảng cá được công bố mở cảng và đủ điều kiện xác nhận nguồn gốc thủy sản khai thác", I(ASOF),
      total=205, percent=45.9),
    F("111 cảng còn lại", "111", 111, "count", "cảng", "cảng cá đang hoàn thiện hồ sơ", I(ASOF), total=205),
    F("khoảng 3,86 triệu tấn", "3,86", 3860000, "measure", "tấn", "lượng thủy sản qua các cảng cá", Y23,
      approx="about", percent=44, change=CH("increase", 4.1, baseline="năm 2022")),
    F("Kiên Giang (512.000 tấn)", "512.000", 512000, "measure", "tấn", "sản lượng qua cảng", I(Y23),
      location="Kiên Giang"),
    F("(398.000 tấn)", "398.000", 398000, "measure", "tấn", "sản lượng qua cảng", I(Y23),
      location="Bà Rịa - Vũng Tàu"),
    F("(265.000 tấn)", "265.000", 265000, "measure", "tấn", "sản lượng qua cảng", I(Y23), location="Cà Mau"),
    F("có 215 cảng cá", "215", 215, "count", "cảng cá", "cảng cá theo quy hoạch", T30, status="target"),
    F("5,6 triệu tấn/năm", "5,6", 5600000, "measure", "tấn/năm", "tổng công suất cảng cá", T30, status="target"),
    F("176 khu neo đậu", "176", 176, "count", "khu neo đậu", "khu neo đậu tránh trú bão theo quy hoạch", T30,
      status="target"),
    F("cho 95.900 tàu cá", "95.900", 95900, "count", "tàu cá", "chỗ neo đậu đáp ứng cho tàu cá", T30,
      status="target"),
    F("khoảng 22.000 tỷ đồng", "22.000", 22000e9, "money", "đồng", "nhu cầu vốn", G, approx="about",
      status="estimate"),
    F("từ 60 đến 65%", "60", 60, "percent", "%", "tỷ trọng ngân sách trung ương trong nhu cầu vốn", G,
      value_max=65, status="estimate"),
    F("có 38 khu neo đậu", "38", 38, "count", "khu neo đậu", "khu neo đậu bị bồi lắng", S23),
    F("khoảng 2,4 triệu m3", "2,4", 2400000, "measure", "m3", "khối lượng cần nạo vét", S23, approx="about"),
    F("đạt 310 tỷ đồng", "310", 310e9, "money", "đồng", "kinh phí nạo vét bố trí", S23, percent=41),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): national fishing ports and anchorages, IUU-certified ports, 2023 throughput, 2030 plan, silting.",
    "'Ngày đăng: 14/03/2024 | Lượt xem: 2.184'. Location Việt Nam; provinces in the throughput list are their items' locations.",
    "'Trong số 205 cảng cá' repeats the whole as the cue: an attribute (total) of 94 and 111, not a figure of its own.",
    "'tính đến hết tháng 2/2024' is as-of (end 2024-02-29). Planned counts 'đến năm 2030 ... sẽ có' are targets (a quy hoạch).",
    "'từ 60 đến 65%' is its own percent figure and continues 'ước' (estimate). 'chiếm gần 44%' is the 3,86 triệu tấn's share.",
    "Not figures: thời kỳ 2021-2030, tầm nhìn đến năm 2050, QĐ 1452/QĐ-TTg, address and phone.",
]

if __name__ == "__main__":
    emit("p723-4", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
