"""p1430-6: department site (Sở LĐ-TB&XH Đồng Nai), no dateline: a rehabilitation centre's 2024 results; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Bảo trợ xã hội | Trẻ em | Văn bản | Hỏi đáp

Trung tâm Phục hồi chức năng trẻ khuyết tật Đồng Nai tổng kết công tác năm 2024

Ngày 27/12, Trung tâm Phục hồi chức năng trẻ khuyết tật Đồng Nai tổ chức hội nghị tổng kết công tác năm 2024. Năm 2024, Trung tâm đã tiếp nhận, phục hồi chức năng cho 532 trẻ, tăng 9,5% so với năm 2023, trong đó có 338 trẻ bại não. Trung tâm hiện có 64 viên chức, người lao động, trong đó 38 kỹ thuật viên.

Kết quả hoạt động chủ yếu
Đơn vị tính: trẻ
Chỉ tiêu
Năm 2023
Năm 2024
So với cùng kỳ (%)
Kế hoạch năm 2025
Tổng số trẻ được phục hồi chức năng
486
532
109,5
560
Trong đó: trẻ bại não
301
338
112,3
350
Trẻ điều trị nội trú
124
131
105,6
140
Trẻ được can thiệp tại gia đình
62
75
121,0
90

Kinh phí hoạt động năm 2024 của Trung tâm là 18,7 tỷ đồng, gồm ngân sách nhà nước cấp 15,2 tỷ đồng và thu từ dịch vụ, BHYT 3,5 tỷ đồng. Trẻ thuộc hộ nghèo, cận nghèo được miễn 100% chi phí; các trường hợp khác đóng góp 1,5 triệu đồng/tháng.

Năm 2025, Trung tâm phấn đấu mở thêm 2 phòng ngôn ngữ trị liệu và tiếp nhận thêm khoảng 40 trẻ ở huyện Định Quán.

Liên kết website | Sơ đồ trang
Địa chỉ: 1597 Phạm Văn Thuận, phường Tân Tiến, TP Biên Hòa. Điện thoại: 0251.3822.456
Lượt truy cập: 1.204.517 | Đang trực tuyến: 23
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"Năm 2023": Y23, "Năm 2024": Y24, "So với cùng kỳ (%)": None, "Kế hoạch năm 2025": K25}


def cell(anchor, number, row, col, total=None):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    if total is not None:
        kw["total"] = total
    if col.startswith("So với"):
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"{row} so với cùng kỳ", **kw)
    return fig(anchor, number, float(number), "count", "trẻ", subject=f"{row} {col.lower()}",
               period=COLS[col], **kw)


R1, R2 = "tổng số trẻ được phục hồi chức năng", "trẻ bại não"
R3, R4 = "trẻ điều trị nội trú", "trẻ được can thiệp tại gia đình"
FIGS = [
    fig("cho 532 trẻ", "532", 532, "count", "trẻ", change=chg("increase", 9.5, "%", "năm 2023"),
        subject="trẻ Trung tâm đã tiếp nhận, phục hồi chức năng", period=Y24),
    fig("có 338 trẻ", "338", 338, "count", "trẻ", total=532, subject="trẻ bại não", period=Y24),
    fig("có 64 viên chức", "64", 64, "count", "viên chức, người lao động",
        subject="viên chức, người lao động của Trung tâm"),
    fig("38 kỹ thuật viên", "38", 38, "count", "kỹ thuật viên", total=64, subject="kỹ thuật viên của Trung tâm"),
    cell("năng\n486", "486", R1, "Năm 2023"),
    cell("486\n532", "532", R1, "Năm 2024"),
    cell("109,5", "109,5", R1, "So với cùng kỳ (%)"),
    cell("109,5\n560", "560", R1, "Kế hoạch năm 2025"),
    cell("não\n301", "301", R2, "Năm 2023", 486),
    cell("301\n338", "338", R2, "Năm 2024", 532),
    cell("112,3", "112,3", R2, "So với cùng kỳ (%)"),
    cell("112,3\n350", "350", R2, "Kế hoạch năm 2025", 560),
    cell("trú\n124", "124", R3, "Năm 2023"),
    cell("124\n131", "131", R3, "Năm 2024"),
    cell("105,6", "105,6", R3, "So với cùng kỳ (%)"),
    cell("105,6\n140", "140", R3, "Kế hoạch năm 2025"),
    cell("đình\n62", "62", R4, "Năm 2023"),
    cell("62\n75", "75", R4, "Năm 2024"),
    cell("121,0", "121,0", R4, "So với cùng kỳ (%)"),
    cell("121,0\n90", "90", R4, "Kế hoạch năm 2025"),
    fig("là 18,7 tỷ", "18,7", 18.7e9, "money", "đồng", subject="kinh phí hoạt động của Trung tâm", period=Y24b),
    fig("cấp 15,2 tỷ", "15,2", 15.2e9, "money", "đồng", total=18.7e9, subject="ngân sách nhà nước cấp",
        period=Y24b),
    fig("BHYT 3,5 tỷ", "3,5", 3.5e9, "money", "đồng", total=18.7e9, subject="thu từ dịch vụ, BHYT", period=Y24b),
    fig("miễn 100%", "100", 100, "percent", "%", subject="tỷ lệ chi phí được miễn cho trẻ thuộc hộ nghèo, cận nghèo"),
    fig("đóng góp 1,5 triệu", "1,5", 1.5e6, "money", "đồng/tháng", subject="mức đóng góp của các trường hợp khác"),
    fig("thêm 2 phòng", "2", 2, "count", "phòng", status="target", subject="phòng ngôn ngữ trị liệu mở thêm",
        period=Y25),
    fig("khoảng 40 trẻ", "40", 40, "count", "trẻ", approx="about", status="target",
        subject="trẻ Trung tâm tiếp nhận thêm", period=Y25, location="Định Quán"),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Đồng Nai) with no dateline: menu, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'. 'Ngày 27/12' has no year: no published date.",
    "Distractors: 'Ngày 27/12', '1597 Phạm Văn Thuận', phone 0251.3822.456, 'Lượt truy cập: 1.204.517', 'Đang trực tuyến: 23'.",
    "One-cell-per-line table ('Đơn vị tính: trẻ'): subject = row + column; 'Kế hoạch năm 2025' -> target; 'So với cùng kỳ (%)' cells are percent figures (ratio to last year, value as written), no period (the header names none), status actual. The 'Trong đó: trẻ bại não' row follows the 'Tổng số' row: its count cells are parts of the cell above (same column, same unit), total 486 / 532 / 560; its percent cell takes none.",
    "Text: '338 trẻ bại não' after 'trong đó' -> total 532; '38 kỹ thuật viên' after 'trong đó' -> total 64 (the whole counts staff, the part a kind of staff).",
    "'18,7 tỷ đồng, gồm 15,2 ... và 3,5 tỷ đồng' -> totals 18,7 tỷ. 'miễn 100% chi phí' is a percent figure.",
    "'Năm 2025, ... phấn đấu' governs both coordinated figures (target). The 40 more children come from huyện Định Quán: location Định Quán.",
    "revised after the first run: the three count cells of the 'Trong đó: trẻ bại não' row get totals 486 / 532 / 560 (FIGURES.md: a part after 'Trong đó' that follows the whole).",
]

if __name__ == "__main__":
    write("p1430-6", TEXT, NOTES, FIGS, location="Đồng Nai")
