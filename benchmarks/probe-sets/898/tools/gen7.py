"""p898-7: department site without dateline (Chi cục Kiểm lâm Bình Phước) — elephant monitoring in Bù Gia Mập,
with a table pasted one cell per line."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH PHƯỚC
CHI CỤC KIỂM LÂM
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả giám sát voi hoang dã tại Vườn quốc gia Bù Gia Mập

Vườn quốc gia Bù Gia Mập có diện tích 25.599 ha, giáp biên giới Campuchia, là nơi đàn voi rừng thường di chuyển qua lại. Từ năm 2022, Chi cục Kiểm lâm phối hợp với Vườn triển khai chương trình giám sát voi bằng bẫy ảnh và khảo sát dấu vết. Kết quả theo dõi qua các năm như sau:

Chỉ tiêu
Đơn vị
Năm 2022
Năm 2023
Năm 2024
Số bẫy ảnh lắp đặt
cái
40
52
60
Số lần ghi nhận voi
lần
23
31
38
Số cá thể voi nhận dạng được
cá thể
5
7
8
Số vụ voi gây thiệt hại
vụ
14
9
6
Diện tích cây trồng bị thiệt hại
ha
6,8
4,1
2,5

Như vậy, số vụ voi gây thiệt hại năm 2024 giảm 57% so với năm 2022, trong khi số lần ghi nhận voi tăng 65%. Năm 2024, lực lượng kiểm lâm đã tổ chức 215 lượt tuần tra, tháo gỡ 146 bẫy thú, thu giữ 3 khẩu súng tự chế; tuyên truyền cho hơn 1.200 lượt người dân tại 8 xã vùng đệm.

Năm 2025, Chi cục đặt mục tiêu lắp thêm 20 bẫy ảnh và đeo vòng cổ định vị GPS cho ít nhất 2 cá thể voi để theo dõi đường di chuyển.

CHI CỤC KIỂM LÂM TỈNH BÌNH PHƯỚC
Địa chỉ: số 736 Quốc lộ 14, phường Tân Bình, TP Đồng Xoài, tỉnh Bình Phước
Điện thoại: 0271.3879.105 - Fax: 0271.3879.106
Lượt truy cập: 486.302
"""

Y = {y: P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31") for y in (2022, 2023, 2024)}
Y24s = P("năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Số bẫy ảnh lắp đặt", "count", "cái", [("cái\n40", "40"), ("40\n52", "52"), ("52\n60", "60")]),
    ("Số lần ghi nhận voi", "count", "lần", [("lần\n23", "23"), ("23\n31", "31"), ("31\n38", "38")]),
    ("Số cá thể voi nhận dạng được", "count", "cá thể",
     [("cá thể\n5", "5"), ("5\n7\n", "7"), ("7\n8\n", "8")]),
    ("Số vụ voi gây thiệt hại", "count", "vụ", [("vụ\n14", "14"), ("14\n9\n", "9"), ("9\n6\n", "6")]),
    ("Diện tích cây trồng bị thiệt hại", "measure", "ha",
     [("ha\n6,8", "6,8"), ("6,8\n4,1", "4,1"), ("4,1\n2,5", "2,5")]),
]
table = []
for label, kind, unit, cells in ROWS:
    for (anchor, num), year in zip(cells, (2022, 2023, 2024)):
        v = float(num.replace(",", ".")) if "," in num else int(num)
        table.append(F(anchor, num, v, kind, unit, label, Y[year]))

FIGS = [
    F("diện tích 25.599 ha", "25.599", 25599, "measure", "ha", "diện tích Vườn quốc gia Bù Gia Mập"),
    *table,
    F("giảm 57%", "57", 57, "percent", "%", "giảm số vụ voi gây thiệt hại so với năm 2022", Y24s),
    F("tăng 65%", "65", 65, "percent", "%", "tăng số lần ghi nhận voi", Y24s),
    F("tổ chức 215 lượt", "215", 215, "count", "lượt", "lượt tuần tra", Y24),
    F("tháo gỡ 146 bẫy", "146", 146, "count", "bẫy thú", "bẫy thú tháo gỡ", Y24),
    F("thu giữ 3 khẩu", "3", 3, "count", "khẩu súng", "súng tự chế thu giữ", Y24),
    F("hơn 1.200 lượt", "1.200", 1200, "count", "lượt người dân", "lượt người dân được tuyên truyền", Y24,
      approx="over"),
    F("tại 8 xã", "8", 8, "count", "xã", "xã vùng đệm được tuyên truyền", Y24),
    F("thêm 20 bẫy ảnh", "20", 20, "count", "bẫy ảnh", "bẫy ảnh lắp thêm", Y25, status="target"),
    F("ít nhất 2 cá thể", "2", 2, "count", "cá thể", "voi được đeo vòng cổ định vị GPS", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "Chi cục Kiểm lâm Bình Phước (department site, no dateline → no published): giám sát voi ở VQG Bù Gia Mập 2022-2024; table pasted one cell per line.",
    "Not figures: menu, 'Từ năm 2022' (start of a programme), address 'số 736 Quốc lộ 14, phường Tân Bình', phone and fax, 'Lượt truy cập: 486.302'.",
    "Table: every numeric cell a figure; subject = row label, unit from the 'Đơn vị' column, period from the column header (scored).",
    "'giảm 57% so với năm 2022' and 'tăng 65%' are rates with no base amount: percent figures without change; the second shares 'năm 2024' of the same sentence.",
    "Location Bình Phước for all (the park is named after, and lies in, a district of the same name; no figure is tied to that district by the text).",
]

if __name__ == "__main__":
    write(7, TEXT, NOTES, FIGS, published=None, location="Bình Phước")
