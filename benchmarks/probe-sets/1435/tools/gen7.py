"""p1435-7: department site (Sở Y tế Cần Thơ), no dateline, one-cell-per-line table of tattoo-parlour indicators."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Tăng cường quản lý cơ sở xăm, phun xăm thẩm mỹ

Năm 2024, toàn thành phố ước có 214 cơ sở xăm hình, phun xăm thẩm mỹ đang hoạt động, tập trung chủ yếu ở quận Ninh Kiều (chiếm gần 60%). Số cơ sở được kiểm tra ước đạt 158 cơ sở, vượt 5,3% kế hoạch năm.

Kết quả quản lý cơ sở xăm, phun xăm thẩm mỹ
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
So với cùng kỳ (%)
Cơ sở đang hoạt động
cơ sở
186
214
230
115,1
Trong đó: cơ sở được cấp phép
cơ sở
61
83
120
136,1
Cơ sở được kiểm tra
cơ sở
120
158
200
131,7
Cơ sở vi phạm
cơ sở
31
26
-
83,9
Tiền phạt
triệu đồng
412
538,5
-
130,7

Theo Sở Y tế, các vi phạm phổ biến là hoạt động không có giấy phép, không bảo đảm điều kiện vô khuẩn, dùng mực xăm không rõ nguồn gốc. Dự kiến năm 2025, Sở phối hợp Thành Đoàn tổ chức 2 đợt xóa xăm miễn phí cho khoảng 150 thanh niên hoàn lương, kinh phí dự kiến 300 triệu đồng.

Tin khác:
- Cần Thơ: Tập huấn phòng, chống dịch sốt xuất huyết năm 2024
- Hội nghị sơ kết 6 tháng công tác y tế

SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 71 Quang Trung, phường Xuân Khánh, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.142 | Email: syt@cantho.gov.vn
Lượt truy cập: 1.204.377
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
# label in text, subject label, unit, multiplier, kind, cells (None = '-'), percent cell
ROWS = [("Cơ sở đang hoạt động\ncơ sở", "cơ sở xăm, phun xăm đang hoạt động", "cơ sở", 1, "count",
         ["186", "214", "230"], "115,1"),
        ("Trong đó: cơ sở được cấp phép\ncơ sở", "cơ sở được cấp phép", "cơ sở", 1, "count",
         ["61", "83", "120"], "136,1"),
        ("Cơ sở được kiểm tra\ncơ sở", "cơ sở được kiểm tra", "cơ sở", 1, "count",
         ["120", "158", "200"], "131,7"),
        ("Cơ sở vi phạm\ncơ sở", "cơ sở vi phạm", "cơ sở", 1, "count", ["31", "26", None], "83,9"),
        ("Tiền phạt\ntriệu đồng", "tiền phạt", "đồng", 1e6, "money", ["412", "538,5", None], "130,7")]
WHOLE = {"năm 2023": 186, "ước thực hiện 2024": 214, "kế hoạch 2025": 230}


def num(s):
    return float(s.replace(",", "."))


CELLS = []
for label, subj, unit, mult, kind, nums, pct in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        if n is None:
            prev = "-"
            continue
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = float(WHOLE[col])
        CELLS.append(fig(f"{prev}\n{n}", n, num(n) * mult, kind, unit, subject=f"{subj} {col}", period=p, **kw))
        prev = n
    CELLS.append(fig(f"{prev}\n{pct}", pct, num(pct), "percent", "%", subject=f"{subj} so với cùng kỳ"))

FIGS = [
    fig("ước có 214 cơ sở", "214", 214, "count", "cơ sở", status="estimate",
        subject="cơ sở xăm hình, phun xăm thẩm mỹ đang hoạt động", period=Y24),
    fig("chiếm gần 60%", "60", 60, "percent", "%", approx="nearly", status="estimate",
        subject="tỷ lệ cơ sở xăm hình tập trung ở quận Ninh Kiều", period=Y24, location="Ninh Kiều"),
    fig("ước đạt 158 cơ sở", "158", 158, "count", "cơ sở", status="estimate",
        change=chg("increase", 5.3, "%", "kế hoạch năm"), subject="cơ sở được kiểm tra", period=inh(Y24)),
] + CELLS + [
    fig("tổ chức 2 đợt", "2", 2, "count", "đợt", status="forecast",
        subject="đợt xóa xăm miễn phí", period=Y25),
    fig("khoảng 150 thanh niên", "150", 150, "count", "thanh niên", approx="about", status="forecast",
        subject="thanh niên hoàn lương được xóa xăm miễn phí", period=Y25),
    fig("dự kiến 300 triệu", "300", 300e6, "money", "đồng", status="forecast",
        subject="kinh phí xóa xăm miễn phí", period=Y25),
]

NOTES = [
    "Department site (Sở Y tế TP Cần Thơ) without a dateline: menu, related links, footer address, phone, email, 'Lượt truy cập'.",
    "Distractors: 'Số 71 Quang Trung', 0292.3820.142, 'Lượt truy cập: 1.204.377', 'năm 2024' and '6 tháng' in link titles, '-' cells.",
    "One-cell-per-line table with a 'Đơn vị tính' column: 'triệu đồng' makes 412 = 412 000 000 đồng; 'Ước thực hiện 2024' → estimate,",
    "'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures without period. The 'Trong đó' sub-row takes the",
    "whole row's cell of the same column as total (borderline: a table's 'Trong đó' row is a part after the whole).",
    "'(chiếm gần 60%)' after quận Ninh Kiều is a percent figure of its own (Ninh Kiều's share), estimate like its clause.",
    "'ước đạt 158 cơ sở, vượt 5,3% kế hoạch năm' → change +5,3% with baseline kế hoạch năm. 'Dự kiến năm 2025' → forecast.",
]

if __name__ == "__main__":
    write("p1435-7", TEXT, NOTES, FIGS, location="Cần Thơ")
