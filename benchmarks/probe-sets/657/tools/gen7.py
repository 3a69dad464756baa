from lib import *

HEAD = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH ĐỒNG THÁP
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả phát triển hệ thống truyền thanh cơ sở giai đoạn 2021-2023

Thực hiện Kế hoạch số 207/KH-UBND của UBND tỉnh về nâng cao hiệu quả hoạt động thông tin cơ sở, hệ thống truyền thanh cấp xã của tỉnh đã có bước phát triển rõ rệt. Một số chỉ tiêu cụ thể như sau:

Bảng 2. Một số chỉ tiêu truyền thanh cơ sở
Chỉ tiêu
Đơn vị tính
Năm 2021
Năm 2022
Năm 2023
Kế hoạch 2024
"""
ROWS = [
    ("Đài truyền thanh xã ứng dụng CNTT - viễn thông", "đài", "count", ["42", "87", "131", "143"]),
    ("Cụm loa thông minh", "cụm", "count", ["610", "1.254", "1.988", "2.300"]),
    ("Tin, bài phát trên hệ thống", "tin, bài", "count", ["38.420", "45.105", "52.760", "55.000"]),
    ("Kinh phí đầu tư", "triệu đồng", "money", ["6.850", "12.400", "10.975", "5.200"]),
]
COLS = [("Năm 2021", "2021"), ("Năm 2022", "2022"), ("Năm 2023", "2023"), ("Kế hoạch 2024", "2024")]

TAIL = """
Năm 2023, toàn tỉnh có 131/143 xã, phường, thị trấn có đài truyền thanh ứng dụng CNTT - viễn thông, đạt 91,6%. Các huyện có tỷ lệ cao là Tháp Mười (13/13 xã) và Cao Lãnh (17/18 xã). Bình quân mỗi xã có 14 cụm loa, phát 2 buổi/ngày, thời lượng 45-60 phút/buổi.

Giai đoạn 2021-2023, tổng kinh phí đầu tư cho hệ thống truyền thanh cơ sở là 30.225 triệu đồng, trong đó ngân sách tỉnh 19.340 triệu đồng. Riêng năm 2023, Sở đã tổ chức 3 lớp bồi dưỡng nghiệp vụ cho 286 lượt cán bộ phụ trách đài truyền thanh cấp xã.

Địa chỉ: Số 4, đường 30/4, Phường 1, TP. Cao Lãnh, tỉnh Đồng Tháp. Điện thoại: 0277.3852.545.
Tổng lượt truy cập: 1.024.387
"""

body = ""
FIGS = []
for label, unit_cell, kind, cells in ROWS:
    body += f"{label}\n{unit_cell}\n"
    for j, cell in enumerate(cells):
        prev = "\n".join([label, unit_cell] + cells[:j])
        anchor = prev + "\n" + cell + "\n"
        head, year = COLS[j]
        v = parse_num(cell)
        unit = unit_cell
        if kind == "money":
            v *= 1e6
            unit = "đồng"
        kw = {"status": "target"} if head.startswith("Kế hoạch") else {}
        subj = f"{label} {head.lower()}"
        FIGS.append(F(anchor, cell, v, kind, unit, subj, P(head, f"{year}-01-01", f"{year}-12-31"), **kw))
        body += cell + "\n"
TEXT = HEAD + body + TAIL

y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
gd = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
RATE_SUBJ = "xã có đài truyền thanh ứng dụng CNTT - viễn thông"
FIGS += [
    F("có 131/143", "131", 131, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn có đài truyền thanh ứng dụng CNTT - viễn thông", y23, total=143, percent=91.6),
    F("Tháp Mười (13/13", "13", 13, "count", "xã", RATE_SUBJ, I(y23), total=13, location="Tháp Mười"),
    F("Cao Lãnh (17/18", "17", 17, "count", "xã", RATE_SUBJ, I(y23), total=18, location="Cao Lãnh"),
    F("có 14 cụm", "14", 14, "count", "cụm loa", "cụm loa bình quân mỗi xã", I(y23)),
    F("phát 2 buổi", "2", 2, "measure", "buổi/ngày", "số buổi phát", I(y23)),
    F("45-60", "45", 45, "measure", "phút/buổi", "thời lượng phát mỗi buổi", I(y23), value_max=60),
    F("là 30.225", "30.225", 30225e6, "money", "đồng", "tổng kinh phí đầu tư cho hệ thống truyền thanh cơ sở", gd),
    F("tỉnh 19.340", "19.340", 19340e6, "money", "đồng", "kinh phí đầu tư từ ngân sách tỉnh", gd, total=30225e6),
    F("chức 3 lớp", "3", 3, "count", "lớp", "lớp bồi dưỡng nghiệp vụ", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("cho 286 lượt", "286", 286, "count", "lượt cán bộ", "lượt cán bộ phụ trách đài truyền thanh cấp xã được bồi dưỡng",
      P("năm 2023", "2023-01-01", "2023-12-31")),
]

emit("p657-7", TEXT, [
    "Department site (Sở TT&TT Đồng Tháp), no dateline, visit counter in the footer: grassroots radio 2021-2023 and plan 2024,",
    "one-cell-per-line table with a `Đơn vị tính` column (đài / cụm / tin, bài / triệu đồng); `triệu đồng` rows are money x10^6.",
    "Table periods come from the column headers (scored, as in shared h23/h24); `Kế hoạch 2024` cells are targets.",
    "Distractors: Kế hoạch số 207/KH-UBND, `Bảng 2`, `đường 30/4`, `Phường 1`, `Số 4`, phone 0277.3852.545, `Tổng lượt truy cập: 1.024.387`.",
    "`Tháp Mười (13/13 xã)`, `Cao Lãnh (17/18 xã)`: district -> location, subject = the list's indicator. Cao Lãnh here is the district (huyện).",
], FIGS, published=None, location="Đồng Tháp")
