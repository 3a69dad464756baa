"""p1444-7: department site (Sở Xây dựng Bình Định), no dateline; one-cell-per-line table of a sludge station in Quy Nhơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ XÂY DỰNG TỈNH BÌNH ĐỊNH
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Kết quả vận hành Trạm xử lý bùn bể tự hoại Quy Nhơn năm 2024

Trạm xử lý bùn bể tự hoại tại xã Phước Mỹ, TP Quy Nhơn do Công ty CP Môi trường Đô thị Bình Định quản lý, vận hành với công suất thiết kế 80 m3/ngày. Năm 2024, trạm tiếp nhận trung bình 52 m3/ngày, bằng 65% công suất thiết kế. Trạm có 12 công nhân, vận hành theo công nghệ tách nước bằng máy ép bùn băng tải; nước sau xử lý đạt cột B QCVN 14:2008/BTNMT.

Một số chỉ tiêu vận hành chủ yếu
Chỉ tiêu
Năm 2023
Năm 2024
So với cùng kỳ (%)
Bùn bể tự hoại tiếp nhận (m3)
16.240
18.980
116,9
Trong đó: từ hộ gia đình (m3)
11.370
13.660
120,1
Lượt xe vào trạm (lượt)
3.105
3.560
114,7
Phân hữu cơ sản xuất (tấn)
410
495
120,7

Giá tiếp nhận, xử lý bùn năm 2024 là 165.000 đồng/m3, không đổi so với năm 2023. Năm 2025, Sở Xây dựng đề nghị mở rộng trạm lên 150 m3/ngày với kinh phí dự kiến 28 tỷ đồng.

Văn bản mới
- Quyết định số 42/2024/QĐ-UBND ban hành đơn giá dịch vụ thu gom, vận chuyển chất thải rắn
- Công văn số 1875/SXD-HTKT về việc kiểm tra công tác vận hành trạm xử lý

SỞ XÂY DỰNG TỈNH BÌNH ĐỊNH
Địa chỉ: 02 Trần Thị Kỷ, TP Quy Nhơn, Bình Định
Điện thoại: 0256.3822.546
Lượt truy cập: 1.204.377 | Đang online: 18
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24s = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")


def num(s):
    return float(s.replace(".", "").replace(",", "."))


ROWS = [  # label in text, subject, kind, unit, cells, total per year column
    ("Bùn bể tự hoại tiếp nhận (m3)", "bùn bể tự hoại tiếp nhận", "measure", "m3", ["16.240", "18.980", "116,9"], None),
    ("Trong đó: từ hộ gia đình (m3)", "bùn bể tự hoại tiếp nhận từ hộ gia đình", "measure", "m3",
     ["11.370", "13.660", "120,1"], [16240, 18980]),
    ("Lượt xe vào trạm (lượt)", "lượt xe vào trạm", "count", "lượt", ["3.105", "3.560", "114,7"], None),
    ("Phân hữu cơ sản xuất (tấn)", "phân hữu cơ sản xuất", "measure", "tấn", ["410", "495", "120,7"], None),
]
CELLS = []
for label, subj, kind, unit, cells, totals in ROWS:
    a, b, c = cells
    kw = {"total": totals[0]} if totals else {}
    CELLS.append(fig(f"{label}\n{a}", a, num(a), kind, unit, subject=f"{subj} năm 2023", period=Y23, **kw))
    kw = {"total": totals[1]} if totals else {}
    CELLS.append(fig(f"{a}\n{b}", b, num(b), kind, unit, subject=f"{subj} năm 2024", period=Y24, **kw))
    CELLS.append(fig(f"{b}\n{c}", c, num(c), "percent", "%", subject=f"{subj} so với cùng kỳ"))

FIGS = [
    fig("thiết kế 80 m3/ngày", "80", 80, "measure", "m3/ngày",
        subject="công suất thiết kế Trạm xử lý bùn bể tự hoại"),
    fig("trung bình 52 m3/ngày", "52", 52, "measure", "m3/ngày", percent=65,
        subject="bùn trạm tiếp nhận trung bình", period=Y24),
    fig("có 12 công nhân", "12", 12, "count", "công nhân", subject="công nhân của trạm"),
] + CELLS + [
    fig("là 165.000 đồng/m3", "165.000", 165000, "money", "đồng/m3", subject="Giá tiếp nhận, xử lý bùn", period=Y24s),
    fig("lên 150 m3/ngày", "150", 150, "measure", "m3/ngày", status="target",
        subject="công suất trạm sau mở rộng", period=Y25),
    fig("dự kiến 28 tỷ", "28", 28e9, "money", "đồng", status="forecast", subject="kinh phí mở rộng trạm", period=Y25),
]

NOTES = [
    "Department site (Sở Xây dựng Bình Định), no dateline: menu, 'Văn bản mới' list, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: Quyết định số 42/2024/QĐ-UBND, Công văn số 1875/SXD-HTKT, '02 Trần Thị Kỷ', phone 0256.3822.546,",
    "counters 1.204.377 and 18, standard 'cột B QCVN 14:2008/BTNMT'. No published date.",
    "The station is in TP Quy Nhơn: all figures → location Quy Nhơn. 'bằng 65% công suất thiết kế' → percent attribute of 52 m3/ngày.",
    "One-cell-per-line table: units from the row labels '(m3)', '(lượt)', '(tấn)'; subject = row label + column;",
    "period from the year columns (scored). 'So với cùng kỳ (%)' cells are percent figures (2024 as % of 2023), no period",
    "in the header (not scored). 'Trong đó: từ hộ gia đình' sub-row follows the 'Bùn bể tự hoại tiếp nhận' row: its year cells",
    "take that row's cell of the same column as total (FIGURES.md: a part after 'trong đó' that follows the whole).",
    "'không đổi so với năm 2023' is no change. 'đề nghị mở rộng trạm lên 150 m3/ngày' → target; 'kinh phí dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1444-7", TEXT, NOTES, FIGS, location="Quy Nhơn")
