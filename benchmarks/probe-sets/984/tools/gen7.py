"""p984-7: department site (Sở NN&PTNT Thanh Hóa), no dateline, one-cell-per-line table of port results 2023, footer + counter."""
from lib import F, asof, change, inh, write, year

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THANH HÓA
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả kiểm soát tàu cá và sản lượng thủy sản qua cảng năm 2023

Năm 2023, Ban Quản lý cảng cá Thanh Hóa đã kiểm soát 24.318 lượt tàu cá ra vào 4 cảng cá chỉ định, tăng 7,3% so với năm 2022; sản lượng thủy sản bốc dỡ qua cảng đạt 61.240 tấn, bằng 45,8% tổng sản lượng khai thác của tỉnh. Giá trị hàng hóa thủy sản qua cảng ước đạt 1.530 tỷ đồng, trong đó cá, mực phục vụ chế biến xuất khẩu chiếm khoảng 22%. Kết quả tại từng cảng như sau:

Cảng cá
Lượt tàu cập cảng
Sản lượng (tấn)
Giấy xác nhận nguồn gốc
Lạch Hới
9.846
25.310
412
Lạch Bạng
7.925
19.880
296
Hòa Lộc
4.102
10.236
85
Lạch Trường
2.445
5.814
68
Tổng cộng
24.318
61.240
861

Đến 31/12/2023, toàn tỉnh có 7.012 tàu cá, trong đó 1.094 tàu dài từ 15 m trở lên và 1.090 tàu đã lắp thiết bị giám sát hành trình. Trong năm, hệ thống giám sát ghi nhận 1.215 lượt tàu mất kết nối quá 6 giờ, giảm 9,6% so với năm 2022; 6 chủ tàu bị xử phạt do để tàu mất kết nối quá 10 ngày, tổng số tiền 420 triệu đồng.

Năm 2024, Sở phấn đấu sản lượng qua cảng đạt 65.000 tấn, 100% tàu cá cập cảng được kiểm tra, giám sát.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THANH HÓA
Địa chỉ: số 45 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa
Điện thoại: 0237.3852.358 - Fax: 0237.3852.359
Lượt truy cập: 1.348.902
"""

Y23 = year(2023, "Năm 2023")
TAB = inh(Y23)
D = asof("2023-12-31", "Đến 31/12/2023")

ROWS = [("Lạch Hới", "9.846", "25.310", "412", "Lạch Bạng"),
        ("Lạch Bạng", "7.925", "19.880", "296", "Hòa Lộc"),
        ("Hòa Lộc", "4.102", "10.236", "85", "Lạch Trường"),
        ("Lạch Trường", "2.445", "5.814", "68", "Tổng cộng")]


def n(s):
    return float(s.replace(".", ""))


TABLE = []
for port, trips, tons, certs, nxt in ROWS:
    TABLE += [
        F(f"{port}\n{trips}", trips, n(trips), "count", "lượt tàu", f"lượt tàu cập cảng {port}", TAB),
        F(f"{trips}\n{tons}", tons, n(tons), "measure", "tấn", f"sản lượng cảng {port}", TAB),
        F(f"{tons}\n{certs}\n{nxt}", certs, n(certs), "count", "giấy", f"giấy xác nhận nguồn gốc cảng {port}", TAB),
    ]
TABLE += [
    F("Tổng cộng\n24.318", "24.318", 24318, "count", "lượt tàu", "tổng cộng lượt tàu cập cảng", TAB),
    F("24.318\n61.240", "61.240", 61240, "measure", "tấn", "tổng cộng sản lượng", TAB),
    F("61.240\n861", "861", 861, "count", "giấy", "tổng cộng giấy xác nhận nguồn gốc", TAB),
]

FIGS = [
    F("kiểm soát 24.318 lượt", "24.318", 24318, "count", "lượt tàu cá", "lượt tàu cá ra vào cảng cá chỉ định được kiểm soát", Y23,
      change=change("increase", 7.3, baseline="năm 2022")),
    F("ra vào 4 cảng cá", "4", 4, "count", "cảng cá", "cảng cá chỉ định"),
    F("đạt 61.240 tấn", "61.240", 61240, "measure", "tấn", "sản lượng thủy sản bốc dỡ qua cảng", Y23, percent=45.8),
    F("ước đạt 1.530 tỷ đồng", "1.530", 1.53e12, "money", "đồng", "giá trị hàng hóa thủy sản qua cảng", inh(Y23), status="estimate"),
    F("khoảng 22%", "22", 22, "percent", "%", "tỷ trọng cá, mực phục vụ chế biến xuất khẩu", inh(Y23), approx="about", status="estimate"),
] + TABLE + [
    F("có 7.012 tàu cá", "7.012", 7012, "count", "tàu cá", "tàu cá toàn tỉnh", D),
    F("1.094 tàu", "1.094", 1094, "count", "tàu", "tàu dài từ 15 m trở lên", D, total=7012),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("1.090 tàu", "1.090", 1090, "count", "tàu", "tàu đã lắp thiết bị giám sát hành trình", D, total=7012),
    F("ghi nhận 1.215 lượt", "1.215", 1215, "count", "lượt tàu", "lượt tàu mất kết nối quá 6 giờ", year(2023, "Trong năm"),
      change=change("decrease", 9.6, baseline="năm 2022")),
    F("quá 6 giờ", "6", 6, "measure", "giờ", "ngưỡng thời gian mất kết nối", approx="over", optional=True),
    F("6 chủ tàu", "6", 6, "count", "chủ tàu", "chủ tàu bị xử phạt do để tàu mất kết nối quá 10 ngày", year(2023, "Trong năm")),
    F("quá 10 ngày", "10", 10, "measure", "ngày", "ngưỡng thời gian mất kết nối", approx="over", optional=True),
    F("420 triệu đồng", "420", 420e6, "money", "đồng", "tổng số tiền xử phạt", year(2023, "Trong năm")),
    F("đạt 65.000 tấn", "65.000", 65000, "measure", "tấn", "sản lượng qua cảng", year(2024, "Năm 2024"), status="target"),
    F("100% tàu cá", "100", 100, "percent", "%", "tàu cá cập cảng được kiểm tra, giám sát", year(2024, "Năm 2024"), status="target"),
]

NOTES = [
    "Sở NN&PTNT Thanh Hóa site, no dateline: port control results of 2023 with a table pasted one cell per line, footer with address, phone, counter.",
    "Table cells: 'Lượt tàu cập cảng' counts in lượt tàu, 'Sản lượng (tấn)' measures in tấn, 'Giấy xác nhận nguồn gốc' counts giấy;",
    "ports are not provinces/districts, so location stays Thanh Hóa; the period (năm 2023) stands in the sentence before the table: inherited.",
    "'1.094 tàu' and '1.090 tàu' both follow 'trong đó' after 7.012 tàu cá: total 7012 for both (the cue's whole, not a sibling).",
    "'số 45 Đại lộ Lê Lợi', phone/fax and 'Lượt truy cập: 1.348.902' are not figures.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, published=None, location="Thanh Hóa")
