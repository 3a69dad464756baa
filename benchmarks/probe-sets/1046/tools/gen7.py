"""p1046-7: department site (Sở Xây dựng Đà Nẵng), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Số hộ đã di dời", "hộ đã di dời", [54, 86, 120]),
        ("Bố trí tái định cư", "hộ bố trí tái định cư", [38, 71, 100]),
        ("Nhận tiền hỗ trợ", "hộ nhận tiền hỗ trợ", [16, 15, 20])]
for i in range(3):
    assert ROWS[1][2][i] + ROWS[2][2][i] == ROWS[0][2][i]

TABLE = "Đơn vị tính: hộ\nChỉ tiêu\n" + "\n".join(c[0] for c in COLS) + "\n" + "\n".join(
    lab + "\n" + "\n".join(str(x) for x in cells) for lab, _, cells in ROWS)

TEXT = """
SỞ XÂY DỰNG THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả kiểm định, di dời hộ dân tại các nhà chung cư cũ

Thực hiện Quyết định số 2145/QĐ-UBND của UBND thành phố, Sở Xây dựng đã phối hợp với UBND các quận kiểm định chất lượng 28 khối nhà chung cư cũ với 1.624 căn hộ, trong đó 6 khối nhà nguy hiểm cấp D (Hải Châu 4 khối, Thanh Khê 2 khối), 13 khối cấp C, còn lại là cấp B.

Kết quả di dời hộ dân qua các năm như sau:
@TABLE@

Năm 2023, tổng kinh phí bồi thường, hỗ trợ di dời đạt 57,3 tỷ đồng, tăng 41% so với năm 2022. Các hộ được thuê căn hộ tái định cư tại chung cư Phan Bá Phiến với giá 1,8 triệu đồng/căn/tháng; căn hộ có diện tích từ 45 đến 65 m2.

Hiện còn 34 hộ tại 2 khối nhà cấp D chưa di dời do chưa thống nhất phương án bồi thường. Sở Xây dựng đề nghị UBND các quận hoàn thành di dời trước ngày 31/12/2024. Theo kế hoạch, năm 2025 thành phố khởi công xây dựng lại khu chung cư A1 Lê Đình Dương với khoảng 160 căn hộ; tổng vốn dự kiến khoảng 210 tỷ đồng.

SỞ XÂY DỰNG THÀNH PHỐ ĐÀ NẴNG
Địa chỉ: Tầng 7, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu, TP Đà Nẵng
Điện thoại: 0236.3822.236 - Fax: 0236.3829.123
Lượt truy cập: 1.284.557
""".replace("@TABLE@", TABLE)

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("chất lượng 28 khối nhà", "28", 28, "count", "khối nhà", "khối nhà chung cư cũ kiểm định chất lượng"),
    F("với 1.624 căn hộ", "1.624", 1624, "count", "căn hộ", "căn hộ khối nhà chung cư cũ"),
    F("trong đó 6 khối nhà", "6", 6, "count", "khối nhà", "khối nhà nguy hiểm cấp D", total=28),
    F("Hải Châu 4 khối", "4", 4, "count", "khối", "khối nhà nguy hiểm cấp D", total=6, location="Hải Châu"),
    F("Thanh Khê 2 khối", "2", 2, "count", "khối", "khối nhà nguy hiểm cấp D", total=6, location="Thanh Khê"),
    F("13 khối cấp C", "13", 13, "count", "khối", "khối nhà cấp C", total=28),
]
for lab, subj, cells in ROWS:
    prev = lab
    for (col, per, status), c in zip(COLS, cells):
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(f"{prev}\n{c}", str(c), c, "count", "hộ", subj, period=per, **kw))
        prev = str(c)
FIGS += [
    F("đạt 57,3 tỷ đồng", "57,3", 57.3e9, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ di dời",
      change=C("increase", 41, "%", "năm 2022"), period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("giá 1,8 triệu đồng/căn/tháng", "1,8", 1.8e6, "money", "đồng/căn/tháng", "giá thuê căn hộ tái định cư"),
    F("từ 45 đến 65 m2", "45", 45, "measure", "m2", "diện tích căn hộ tái định cư", value_max=65),
    F("còn 34 hộ", "34", 34, "count", "hộ", "hộ chưa di dời"),
    F("tại 2 khối nhà cấp D", "2", 2, "count", "khối nhà", "khối nhà cấp D còn hộ chưa di dời"),
    F("khoảng 160 căn hộ", "160", 160, "count", "căn hộ", "căn hộ khu chung cư xây dựng lại", approx="about",
      status="target", period=Y25),
    F("khoảng 210 tỷ đồng", "210", 210e9, "money", "đồng", "tổng vốn xây dựng lại khu chung cư", approx="about",
      status="forecast", period=Y25),
]

NOTES = [
    "Department site (Sở Xây dựng Đà Nẵng), no dateline; footer with address, phone, fax and a visit counter.",
    "One-cell-per-line table (unit line 'Đơn vị tính: hộ'): row label = subject, column header = period",
    "('Kế hoạch 2024' gives status target); no totals on cells.",
    "'Theo kế hoạch, năm 2025 … khoảng 160 căn hộ' target; 'tổng vốn dự kiến' forecast. A1 Lê Đình Dương is a name.",
    "Distractors: Quyết định số 2145/QĐ-UBND, 'trước ngày 31/12/2024', Tầng 7, 24 Trần Phú, phone/fax, Lượt truy cập 1.284.557.",
    "6 khối follows 'trong đó' after 28 khối (1.624 căn hộ between counts another thing): total 28; the bracket",
    "(Hải Châu 4 khối, Thanh Khê 2 khối) right after 6 adds up to it: total 6, locations the districts.",
]

write(7, TEXT, FIGS, NOTES, location="Đà Nẵng")
