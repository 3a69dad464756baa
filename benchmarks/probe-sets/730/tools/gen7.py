import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, Y, CH, emit

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH THANH HÓA
Gia đình - Nếp sống văn minh

Kết quả thực hiện việc cưới, việc tang 6 tháng đầu năm 2024

6 tháng đầu năm 2024, toàn tỉnh Thanh Hóa có 7.215 đám cưới, 98,2% thực hiện đúng quy định; 9.836 đám tang, trong đó 1.742 đám hỏa táng, chiếm 17,7%. Kết quả tại một số địa phương như sau:

Bảng 2. Kết quả thực hiện tại một số địa phương
Đơn vị tính: đám
Địa phương
Đám cưới
Đám cưới đúng quy định
Đám tang
Đám tang hỏa táng
TP. Thanh Hóa
486
481
624
397
TP. Sầm Sơn
173
170
209
88
Huyện Hoằng Hóa
352
347
455
63
Huyện Thọ Xuân
318
309
437
41

Hiện nay, 5.672/6.018 thôn, tổ dân phố (đạt 94,3%) đã đưa nội dung việc cưới, việc tang vào hương ước, quy ước. Quy định chung của tỉnh: đám cưới tổ chức không quá 2 ngày, cỗ cưới không quá 35 mâm; thời gian tổ chức tang lễ không quá 48 giờ, trường hợp đặc biệt không quá 72 giờ. Từ ngày 01/01/2024, tỉnh hỗ trợ 3,5 triệu đồng/ca hỏa táng đối với người có nơi thường trú trên địa bàn.

Năm 2024, Sở phấn đấu tỷ lệ hỏa táng toàn tỉnh đạt 20%, tỷ lệ đám cưới thực hiện đúng quy định đạt trên 98,5%. Mọi ý kiến góp ý xin gửi về Phòng Quản lý Gia đình, điện thoại 0237.3852.014.

Địa chỉ: 36 Đại lộ Lê Lợi, phường Lam Sơn, TP. Thanh Hóa
Tổng lượt truy cập: 2.145.903
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TI = I(H1)  # table cells: period from the article's heading and lead, not from a column header
ROWS = [
    ("TP. Thanh Hóa", "Thanh Hóa", ["486", "481", "624", "397"]),
    ("TP. Sầm Sơn", "Sầm Sơn", ["173", "170", "209", "88"]),
    ("Huyện Hoằng Hóa", "Hoằng Hóa", ["352", "347", "455", "63"]),
    ("Huyện Thọ Xuân", "Thọ Xuân", ["318", "309", "437", "41"]),
]
COLS = ["Đám cưới", "Đám cưới đúng quy định", "Đám tang", "Đám tang hỏa táng"]

FIGS = [
    F("có 7.215 đám cưới", "7.215", 7215, "count", "đám cưới", "đám cưới", H1),
    F("98,2% thực hiện", "98,2", 98.2, "percent", "%", "đám cưới thực hiện đúng quy định", H1),
    F("9.836 đám tang", "9.836", 9836, "count", "đám tang", "đám tang", H1),
    F("1.742 đám", "1.742", 1742, "count", "đám", "đám tang hỏa táng", H1, total=9836, percent=17.7),
]
for label, loc, cells in ROWS:
    prev = label
    for col, cell in zip(COLS, cells):
        FIGS.append(F(f"{prev}\n{cell}\n" if prev == label else f"\n{prev}\n{cell}\n", cell, int(cell), "count", "đám",
                      col, TI, location=loc))
        prev = cell
FIGS += [
    F("5.672/6.018 thôn", "5.672", 5672, "count", "thôn, tổ dân phố",
      "thôn, tổ dân phố đã đưa nội dung việc cưới, việc tang vào hương ước, quy ước", total=6018, percent=94.3),
    F("không quá 2 ngày", "2", 2, "measure", "ngày", "thời gian tổ chức đám cưới", approx="at_most"),
    F("không quá 35 mâm", "35", 35, "count", "mâm", "cỗ cưới", approx="at_most"),
    F("không quá 48 giờ", "48", 48, "measure", "giờ", "thời gian tổ chức tang lễ", approx="at_most"),
    F("không quá 72 giờ", "72", 72, "measure", "giờ", "thời gian tổ chức tang lễ trường hợp đặc biệt", approx="at_most"),
    F("hỗ trợ 3,5 triệu", "3,5", 3_500_000, "money", "đồng/ca", "mức hỗ trợ hỏa táng"),
    F("đạt 20%", "20", 20, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", Y(2024, "Năm 2024"), status="target"),
    F("trên 98,5%", "98,5", 98.5, "percent", "%", "tỷ lệ đám cưới thực hiện đúng quy định", Y(2024, "Năm 2024"),
      approx="over", status="target"),
]

COMMENTS = [
    "Department site (Sở VHTTDL Thanh Hóa), no dateline: weddings/funerals in 6 months of 2024; one-cell-per-line table",
    "(Địa phương | Đám cưới | Đám cưới đúng quy định | Đám tang | Đám tang hỏa táng) with 'Đơn vị tính: đám'.",
    "Table cells: unit 'đám' from the unit line; row labels are places -> location (TP. Thanh Hóa is 'Thanh Hóa', the same",
    "name as the province); subject = column label. No period in the column headers: the cells take the heading's",
    "'6 tháng đầu năm 2024' as inherited (not scored). No totals inside the table (columns are not stated as parts).",
    "'1.742 đám ..., chiếm 17,7%' after 'trong đó' is a part of 9.836 đám tang. Covenant limits: at_most, status actual.",
    "'Hiện nay' gives no period. Distractors: 'Bảng 2', 'Từ ngày 01/01/2024', 0237.3852.014, '36 Đại lộ Lê Lợi', 'Tổng lượt truy cập: 2.145.903'.",
]

if __name__ == "__main__":
    emit("p730-7", TEXT, COMMENTS, FIGS, published=None, location="Thanh Hóa")
