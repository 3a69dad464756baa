"""p586-3: Gia Lai formal report — wildlife law enforcement, 9 months of 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH GIA LAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 412/BC-UBND
Gia Lai, ngày 10 tháng 10 năm 2024

BÁO CÁO
Kết quả phòng, chống vi phạm pháp luật về động vật hoang dã 9 tháng năm 2024

Thực hiện Chỉ thị số 29/CT-TTg ngày 23/7/2020 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kiểm tra, xử lý vi phạm
Trong 9 tháng năm 2024, các lực lượng chức năng trên địa bàn tỉnh phát hiện, xử lý 27 vụ vi phạm về động vật hoang dã, giảm 6 vụ (18,2%) so với cùng kỳ năm 2023; trong đó xử lý hình sự 8 vụ với 11 bị can theo Điều 234 và Điều 244 Bộ luật Hình sự, xử phạt vi phạm hành chính 19 vụ. Tổng số tiền phạt và bán tang vật nộp ngân sách ước đạt 386,4 triệu đồng.

Bảng 1. Tang vật thu giữ theo nhóm loài
Nhóm loài | Số vụ | Số cá thể | Khối lượng (kg)
Thú | 9 | 14 | 186,5
Chim | 7 | 132 | 41,2
Bò sát | 8 | 47 | 238
Lưỡng cư, côn trùng | 3 | 0 | 15,8
Tổng cộng | 27 | 193 | 481,5

2. Cứu hộ, tái thả
Các đơn vị tiếp nhận 58 cá thể động vật hoang dã do tổ chức, cá nhân tự nguyện giao nộp; đã thả 45 cá thể về Vườn quốc gia Kon Ka Kinh, chiếm 77,6%.

3. Quản lý cơ sở gây nuôi
Kiểm tra 126/153 cơ sở gây nuôi động vật hoang dã đã đăng ký, với tổng đàn 3.418 cá thể; phát hiện 4 cơ sở vi phạm.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu 100% vụ vi phạm phát hiện được xử lý theo quy định; tổ chức ít nhất 15 đợt tuyên truyền tại các xã vùng đệm Vườn quốc gia Kon Ka Kinh.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, NL.
"""

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q4i = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)


def cell(anchor, number, value, col, row, unit, kind="count"):
    return F(anchor, number, value, kind, unit, f"{col} {row}", M9i)


FIGS = [
    F("xử lý 27 vụ", "27", 27, "count", "vụ", "vụ vi phạm về động vật hoang dã", M9,
      change=CH("decrease", 6, "vụ", "cùng kỳ năm 2023")),
    F("(18,2%)", "18,2", 18.2, "percent", "%", "vụ vi phạm về động vật hoang dã giảm so với cùng kỳ năm 2023", M9,
      optional=True),
    F("hình sự 8 vụ", "8", 8, "count", "vụ", "vụ xử lý hình sự", M9, total=27),
    F("với 11 bị can", "11", 11, "count", "bị can", "bị can", M9),
    F("hành chính 19 vụ", "19", 19, "count", "vụ", "vụ xử phạt vi phạm hành chính", M9, total=27),
    F("ước đạt 386,4 triệu đồng", "386,4", 386400000, "money", "đồng",
      "tổng số tiền phạt và bán tang vật nộp ngân sách", M9i, status="estimate"),
    cell("Thú | 9", "9", 9, "Số vụ", "nhóm Thú", "vụ"),
    cell("9 | 14", "14", 14, "Số cá thể", "nhóm Thú", "cá thể"),
    cell("186,5", "186,5", 186.5, "Khối lượng", "nhóm Thú", "kg", "measure"),
    cell("Chim | 7", "7", 7, "Số vụ", "nhóm Chim", "vụ"),
    cell("| 132 |", "132", 132, "Số cá thể", "nhóm Chim", "cá thể"),
    cell("41,2", "41,2", 41.2, "Khối lượng", "nhóm Chim", "kg", "measure"),
    cell("Bò sát | 8", "8", 8, "Số vụ", "nhóm Bò sát", "vụ"),
    cell("| 47 |", "47", 47, "Số cá thể", "nhóm Bò sát", "cá thể"),
    cell("| 238", "238", 238, "Khối lượng", "nhóm Bò sát", "kg", "measure"),
    cell("côn trùng | 3", "3", 3, "Số vụ", "nhóm Lưỡng cư, côn trùng", "vụ"),
    cell("| 0 |", "0", 0, "Số cá thể", "nhóm Lưỡng cư, côn trùng", "cá thể"),
    cell("15,8", "15,8", 15.8, "Khối lượng", "nhóm Lưỡng cư, côn trùng", "kg", "measure"),
    cell("Tổng cộng | 27", "27", 27, "Số vụ", "tổng cộng", "vụ"),
    cell("| 193 |", "193", 193, "Số cá thể", "tổng cộng", "cá thể"),
    cell("481,5", "481,5", 481.5, "Khối lượng", "tổng cộng", "kg", "measure"),
    F("tiếp nhận 58 cá thể", "58", 58, "count", "cá thể",
      "cá thể động vật hoang dã do tổ chức, cá nhân tự nguyện giao nộp", M9i),
    F("thả 45 cá thể", "45", 45, "count", "cá thể", "cá thể thả về Vườn quốc gia Kon Ka Kinh", M9i,
      percent=77.6),
    F("126/153", "126", 126, "count", "cơ sở", "cơ sở gây nuôi động vật hoang dã đã đăng ký được kiểm tra", M9i,
      total=153),
    F("tổng đàn 3.418 cá thể", "3.418", 3418, "count", "cá thể", "tổng đàn tại các cơ sở gây nuôi được kiểm tra",
      M9i),
    F("phát hiện 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở gây nuôi vi phạm", M9i),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "vụ vi phạm phát hiện được xử lý theo quy định", Q4i,
      status="target"),
    F("ít nhất 15 đợt", "15", 15, "count", "đợt", "đợt tuyên truyền tại các xã vùng đệm", Q4i,
      approx="at_least", status="target"),
]

COMMENTS = [
    "UBND tỉnh Gia Lai, Số 412/BC-UBND: phòng, chống vi phạm pháp luật về động vật hoang dã 9 tháng năm 2024 (invented probe article, set 586).",
    "Place-and-date line 'Gia Lai, ngày 10 tháng 10 năm 2024' is the article's date. 'Số: 412/BC-UBND', 'Chỉ thị số 29/CT-TTg ngày 23/7/2020',",
    "'Điều 234', 'Điều 244', 'Bảng 1' and section numbers 'I.', '1.', '2.', '3.', 'II.' are not figures.",
    "'giảm 6 vụ (18,2%)': the first change (6 vụ) is the attribute, the bracketed 18,2% a second change (optional percent figure).",
    "Flattened table (Nhóm loài | Số vụ | Số cá thể | Khối lượng (kg)): every cell, the zero and the Tổng cộng row included, is a figure;",
    "subject = column + row; no totals (a table row is not a part-of cue); period from the report title (inherited, unscored).",
    "'126/153 cơ sở' takes 153 as total; '4 cơ sở vi phạm' has no part-of cue. Section II targets take QUÝ IV/2024 from the heading (inherited).",
]

if __name__ == "__main__":
    emit("p586-3", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Gia Lai")
