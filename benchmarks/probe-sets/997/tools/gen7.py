"""p997-7: department site (Chi cục Trồng trọt và BVTV Hải Dương), no dateline, table one cell per line."""
from lib import F, P, I, C, T, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PTNT TỈNH HẢI DƯƠNG
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT
Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả kiểm tra chất lượng phân bón năm 2023

Năm 2023, Chi cục đã chủ trì, phối hợp kiểm tra 215 lượt cơ sở buôn bán phân bón tại 12 huyện, thị xã, thành phố; lấy 96 mẫu phân bón gửi phân tích tại các phòng thử nghiệm được chỉ định. Kết quả có 11 mẫu không đạt chất lượng, chiếm 11,5% tổng số mẫu, giảm 4 mẫu so với năm 2022.

Kết quả lấy mẫu theo nhóm phân bón
Đơn vị tính: mẫu
Nhóm phân bón
Số mẫu lấy
Số mẫu đạt
Số mẫu không đạt
Phân bón vô cơ
58
52
6
Phân bón hữu cơ
24
20
4
Phân bón sinh học
14
13
1
Tổng số
96
85
11

Các chỉ tiêu không đạt chủ yếu là hàm lượng đạm tổng số (5 mẫu), lân hữu hiệu (4 mẫu) và chất hữu cơ (2 mẫu). Chi cục đã chuyển hồ sơ đề nghị Thanh tra Sở xử phạt 11 cơ sở với tổng số tiền 368 triệu đồng, buộc tái chế hoặc tiêu hủy 6,8 tấn phân bón. Chi cục cũng tổ chức 18 lớp tập huấn cho khoảng 720 lượt người kinh doanh phân bón.

Năm 2024, Chi cục đặt kế hoạch kiểm tra 240 lượt cơ sở và lấy 120 mẫu phân bón, tăng 25% so với năm 2023.

CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT TỈNH HẢI DƯƠNG
Địa chỉ: Số 6 Lê Thanh Nghị, phường Trần Phú, TP. Hải Dương
Điện thoại: 0220.3852.616 - Fax: 0220.3853.107
Lượt truy cập: 286.413
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23I = I(Y23)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Phân bón vô cơ", "vô cơ", 58, 52, 6), ("Phân bón hữu cơ", "hữu cơ", 24, 20, 4),
        ("Phân bón sinh học", "sinh học", 14, 13, 1), ("Tổng số", None, 96, 85, 11)]
COLS = ("Số mẫu lấy", "Số mẫu đạt", "Số mẫu không đạt")
TABLE = []
for label, short, *cells in ROWS:
    prev = label
    for col, val in zip(COLS, cells):
        anchor = f"{prev}\n{val}" + ("\n" if val < 10 else "")
        subj = f"{col} {label.lower()}" if short else f"Tổng số {col.lower()}"
        TABLE.append(F(anchor, str(val), val, "count", "mẫu", subj, Y23I))
        prev = str(val)

FIGS = [
    F("kiểm tra 215 lượt cơ sở", "215", 215, "count", "lượt cơ sở", "lượt cơ sở buôn bán phân bón được kiểm tra", Y23),
    F("tại 12 huyện", "12", 12, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố được kiểm tra", Y23),
    F("lấy 96 mẫu", "96", 96, "count", "mẫu", "mẫu phân bón gửi phân tích", Y23),
    F("có 11 mẫu", "11", 11, "count", "mẫu", "mẫu không đạt chất lượng", Y23I, percent=11.5,
      change=C("decrease", 4, "mẫu", "năm 2022")),
] + TABLE + [
    F("(5 mẫu)", "5", 5, "count", "mẫu", "mẫu không đạt hàm lượng đạm tổng số", Y23I),
    F("(4 mẫu)", "4", 4, "count", "mẫu", "mẫu không đạt lân hữu hiệu", Y23I),
    F("(2 mẫu)", "2", 2, "count", "mẫu", "mẫu không đạt chất hữu cơ", Y23I),
    F("xử phạt 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở đề nghị xử phạt", Y23I),
    F("tiền 368 triệu đồng", "368", 368000000, "money", "đồng", "tổng số tiền xử phạt", Y23I),
    F("tiêu hủy 6,8 tấn", "6,8", 6.8, "measure", "tấn", "phân bón buộc tái chế hoặc tiêu hủy", Y23I),
    F("tổ chức 18 lớp", "18", 18, "count", "lớp", "lớp tập huấn", Y23I),
    F("khoảng 720 lượt người", "720", 720, "count", "lượt người", "lượt người kinh doanh phân bón được tập huấn", Y23I,
      approx="about"),
    F("kiểm tra 240 lượt cơ sở", "240", 240, "count", "lượt cơ sở", "lượt cơ sở kiểm tra", Y24, status="target"),
    F("lấy 120 mẫu", "120", 120, "count", "mẫu", "mẫu phân bón lấy", Y24, status="target",
      change=C("increase", 25, "%", "năm 2023")),
]

COMMENTS = [
    "Department site (Chi cục Trồng trọt và BVTV Hải Dương): fertilizer sample results 2023. No dateline; footer with address, phone, counter.",
    "Table pasted one cell per line: header cells (Nhóm phân bón, Số mẫu lấy, Số mẫu đạt, Số mẫu không đạt), then 4 rows incl. 'Tổng số'.",
    "Table period (năm 2023) comes from the title and first sentence, not a column header: inherited. Table cells carry no totals.",
    "The reasons list (5/4/2 mẫu) has no whole before it: no total. 'tăng 25% so với năm 2023' belongs to the 120 samples (96 x 1,25).",
    "Distractors: 'Số 6 Lê Thanh Nghị', phones 0220.3852.616 / 0220.3853.107, 'Lượt truy cập: 286.413'.",
]

build("p997-7", TEXT, FIGS, COMMENTS, published=None, location="Hải Dương")
