"""p1303-3: formal report (UBND tỉnh Hà Tĩnh, Số: 214/BC-UBND): school health checks 2023-2024, flattened '|' table by place."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 12 tháng 6 năm 2024

BÁO CÁO
Kết quả khám sức khỏe học sinh và phòng, chống thừa cân, béo phì năm học 2023-2024

I. KẾT QUẢ THỰC HIỆN
1. Khám sức khỏe định kỳ
Trong năm học 2023-2024, toàn tỉnh có 612/648 trường học tổ chức khám sức khỏe định kỳ cho học sinh; tổng số học sinh được khám là 268.940 em, đạt 94,5% kế hoạch.

2. Tình trạng dinh dưỡng theo địa bàn
Đơn vị tính: học sinh
Địa bàn | Số được khám | Thừa cân | Béo phì
TP Hà Tĩnh | 21.650 | 3.180 | 1.420
Thị xã Kỳ Anh | 17.930 | 1.960 | 710
Huyện Cẩm Xuyên | 26.410 | 2.240 | 830
Các huyện còn lại | 202.950 | 14.870 | 5.060
Tổng cộng | 268.940 | 22.250 | 8.020

Tỷ lệ thừa cân, béo phì chung toàn tỉnh là 11,3%, trong đó thừa cân 8,3%, béo phì 3,0%; cao nhất là TP Hà Tĩnh với 21,2%.

3. Bữa ăn học đường và hoạt động thể lực
Có 186 trường tổ chức bán trú với 52.300 học sinh; mức ăn bình quân 25.000 đồng/học sinh/ngày. Năm học qua, 73 trường được hỗ trợ xây dựng thực đơn cân bằng dinh dưỡng, 5.800 lượt giáo viên, nhân viên y tế được tập huấn.

II. NHIỆM VỤ NĂM HỌC 2024-2025
Phấn đấu 100% trường học tổ chức khám sức khỏe định kỳ; tỷ lệ thừa cân, béo phì không vượt quá 11%; dự kiến bố trí khoảng 4,2 tỷ đồng từ ngân sách tỉnh cho công tác y tế trường học.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Sở GD&ĐT, Sở Y tế;
- Lưu: VT, VX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hồng Lĩnh
"""

SY = P("Trong năm học 2023-2024", "2023-09-01", "2024-05-31")
SY_T = P("năm học 2023-2024", "2023-09-01", "2024-05-31", inherited=True)   # report title, over the table
SY2 = P("NĂM HỌC 2024-2025", "2024-09-01", "2025-05-31", inherited=True)     # section heading

COLS = ["Số được khám", "Thừa cân", "Béo phì"]
SUBJ = {"Số được khám": "số được khám", "Thừa cân": "thừa cân", "Béo phì": "béo phì"}
ROWS = [("TP Hà Tĩnh", "TP Hà Tĩnh", ["21.650", "3.180", "1.420"]),
        ("Thị xã Kỳ Anh", "Kỳ Anh", ["17.930", "1.960", "710"]),
        ("Huyện Cẩm Xuyên", "Cẩm Xuyên", ["26.410", "2.240", "830"]),
        ("Các huyện còn lại", None, ["202.950", "14.870", "5.060"]),
        ("Tổng cộng", None, ["268.940", "22.250", "8.020"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        subj = SUBJ[col]
        if place is None:
            subj = f"{subj} {label.lower()}"  # row label that is not a place joins the column label
        kw = {"location": place} if place else {}
        CELLS.append(F(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "học sinh",
                       subject=subj, period=SY_T, **kw))
        prev = n

FIGS = [
    F("có 612/648", "612", 612, "count", "trường học", total=648,
      subject="trường học tổ chức khám sức khỏe định kỳ cho học sinh", period=SY),
    F("là 268.940 em", "268.940", 268940, "count", "em", percent=94.5,
      subject="tổng số học sinh được khám", period=SY),
] + CELLS + [
    F("là 11,3%", "11,3", 11.3, "percent", "%", subject="tỷ lệ thừa cân, béo phì chung toàn tỉnh"),
    F("thừa cân 8,3%", "8,3", 8.3, "percent", "%", total=11.3, subject="tỷ lệ thừa cân"),
    F("béo phì 3,0%", "3,0", 3.0, "percent", "%", total=11.3, subject="tỷ lệ béo phì"),
    F("với 21,2%", "21,2", 21.2, "percent", "%", subject="tỷ lệ thừa cân, béo phì", location="TP Hà Tĩnh"),
    F("Có 186 trường", "186", 186, "count", "trường", subject="trường tổ chức bán trú"),
    F("với 52.300 học sinh", "52.300", 52300, "count", "học sinh", subject="học sinh ăn bán trú"),
    F("bình quân 25.000", "25.000", 25000, "money", "đồng/học sinh/ngày", subject="mức ăn bình quân bán trú"),
    F("qua, 73 trường", "73", 73, "count", "trường",
      subject="trường được hỗ trợ xây dựng thực đơn cân bằng dinh dưỡng"),
    F("5.800 lượt", "5.800", 5800, "count", "lượt", subject="lượt giáo viên, nhân viên y tế được tập huấn"),
    F("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="trường học tổ chức khám sức khỏe định kỳ", period=SY2),
    F("quá 11%", "11", 11, "percent", "%", approx="at_most", status="target",
      subject="tỷ lệ thừa cân, béo phì", period=SY2),
    F("khoảng 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí từ ngân sách tỉnh cho công tác y tế trường học", period=SY2),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ TĨNH', 'Số: 214/BC-UBND', 'Hà Tĩnh, ngày 12 tháng 6 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số: 214/BC-UBND, the letterhead date, section numbers I./II./1.-3., '(b/c)', 'Lưu: VT, VX', 'KT. CHỦ TỊCH'.",
    "School year 'năm học 2023-2024' annotated as 2023-09-01..2024-05-31 (not in FIGURES.md; MOET calendar); scored only for 612 and 268.940.",
    "Flattened '|' table, 'Đơn vị tính: học sinh'; rows are places (→ location; 'Các huyện còn lại' and 'Tổng cộng' stay Hà Tĩnh);",
    "subject = column label (+ row label when it is not a place), as FIGURES.md says; the table has no period column: period inherited from the title (not scored);",
    "revised after the first run: cell subjects were 'học sinh thừa cân' etc. (I had added the unit 'học sinh' from the Đơn vị tính line);",
    "now the labels only ('thừa cân', 'béo phì', 'số được khám', + 'các huyện còn lại'/'tổng cộng'), per FIGURES.md 'Tables'.",
    "cells get no total. 612/648 → total 648. 'đạt 94,5% kế hoạch' after 268.940 em is its percent.",
    "'11,3%, trong đó thừa cân 8,3%, béo phì 3,0%' → the two parts take total 11.3 (as in the shared gold h08). 21,2% after ';' is not a part.",
    "Section II: 'Phấn đấu' governs the first two clauses (target), 'dự kiến' the third (forecast); heading period inherited.",
]

if __name__ == "__main__":
    write("p1303-3", TEXT, NOTES, FIGS, published="2024-06-12", location="Hà Tĩnh")
