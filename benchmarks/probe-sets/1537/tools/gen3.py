"""p1537-3: formal report (UBND tỉnh Bình Dương): leather wallets, belts 2024 and plan 2025, flattened '|' table."""
from lib import F, period, inherit, change, target, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH BÌNH DƯƠNG
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, xuất khẩu ví, thắt lưng và đồ da năm 2024; nhiệm vụ năm 2025

Thực hiện Công văn số 9120/BCT-CN ngày 20/12/2024 của Bộ Công Thương, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 58 doanh nghiệp sản xuất ví, thắt lưng và đồ da (trong đó 41 doanh nghiệp FDI), sử dụng trên 32.000 lao động. Sản lượng một số sản phẩm chủ yếu:

Đơn vị tính: nghìn chiếc
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
Ví da | 14.250 | 15.830 | 17.000 | 111,1
Thắt lưng da | 8.960 | 9.410 | 10.200 | 105,0
Túi, ví cầm tay | 3.120 | 2.870 | 3.200 | 92,0
Tổng cộng | 26.330 | 28.110 | 30.400 | 106,8

2. Xuất khẩu
Kim ngạch xuất khẩu ví, thắt lưng và đồ da năm 2024 ước đạt 1,24 tỷ USD, tăng 7,5% so với năm 2023, chiếm 3,9% tổng kim ngạch xuất khẩu của tỉnh. Thị trường chính là Hoa Kỳ (chiếm 46%), EU (21%) và Nhật Bản (12%).

II. NHIỆM VỤ NĂM 2025
Phấn đấu kim ngạch xuất khẩu nhóm hàng ví, thắt lưng và đồ da năm 2025 đạt 1,35 tỷ USD, tăng khoảng 9% so với năm 2024; thu hút thêm từ 3 đến 5 dự án đầu tư vào lĩnh vực thuộc da, sản xuất phụ liệu.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", C23, None), ("Ước thực hiện 2024", E24, "estimate"), ("Kế hoạch 2025", K25, "target")]

ROWS = [
    ("Ví da", ["14.250", "15.830", "17.000", "111,1"]),
    ("Thắt lưng da", ["8.960", "9.410", "10.200", "105,0"]),
    ("Túi, ví cầm tay", ["3.120", "2.870", "3.200", "92,0"]),
    ("Tổng cộng", ["26.330", "28.110", "30.400", "106,8"]),
]


def table():
    out = []
    for label, cells in ROWS:
        for i, cell in enumerate(cells):
            # the anchor is the cell with its neighbours, so that it occurs once
            if i < 3:
                anchor = f"{label} | " + " | ".join(cells[:i + 1]) if i == 0 else f"{cells[i - 1]} | {cell} |"
                col, per, st = COLS[i]
                kw = {"status": st} if st else {}
                v = float(cell.replace(".", "")) * 1e3
                out.append(F(anchor, cell, v, "count", "chiếc", subject=f"{label} {col}", period=per, **kw))
            else:
                anchor = f"{cells[2]} | {cell}"
                v = float(cell.replace(",", "."))
                out.append(F(anchor, cell, v, "percent", "%", subject=f"{label} so với cùng kỳ"))
    return out


FIGS = [
    F("có 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất ví, thắt lưng và đồ da", period=Y24),
    F("trong đó 41 doanh nghiệp", "41", 41, "count", "doanh nghiệp", total=58,
      subject="doanh nghiệp FDI", period=Y24),
    F("trên 32.000 lao động", "32.000", 32000, "count", "lao động", approx="over",
      subject="lao động các doanh nghiệp sử dụng", period=Y24),
    *table(),
    F("ước đạt 1,24 tỷ", "1,24", 1.24e9, "money", "USD", status="estimate", percent=3.9,
      change=change("increase", 7.5, "%", "năm 2023"),
      subject="kim ngạch xuất khẩu ví, thắt lưng và đồ da", period=Y24b),
    F("chiếm 46%", "46", 46, "percent", "%", subject="thị trường chính Hoa Kỳ", period=inherit(Y24b)),
    F("EU (21%)", "21", 21, "percent", "%", subject="thị trường chính EU", period=inherit(Y24b)),
    F("Nhật Bản (12%)", "12", 12, "percent", "%", subject="thị trường chính Nhật Bản", period=inherit(Y24b)),
    F("đạt 1,35 tỷ", "1,35", 1.35e9, "money", "USD", status="target",
      change=change("increase", 9, "%", "năm 2024", approx="about"),
      subject="kim ngạch xuất khẩu nhóm hàng ví, thắt lưng và đồ da", period=Y25),
    F("từ 3 đến 5 dự án", "3", 3, "count", "dự án", value_max=5, status="target",
      subject="dự án đầu tư vào lĩnh vực thuộc da, sản xuất phụ liệu thu hút thêm", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Bình Dương, Số: 27/BC-UBND, ngày 15 tháng 01 năm 2025), sections I/II and 1/2, 'Nơi nhận'; flattened '|' table with 'Đơn vị tính: nghìn chiếc'.",
    "Table: every numeric cell is a figure, ×1000 chiếc (count); subject = row label + column label; period and status from the header (Ước thực hiện → estimate, Kế hoạch → target).",
    "'So với cùng kỳ (%)' column: percent cells; its header names no period and no estimate cue, so by the letter of the spec the cells are actual with no period.",
    "Table cells get no total (the 'Tổng cộng' row is a figure of its own).",
    "'(trong đó 41 doanh nghiệp FDI)' takes total 58. Market shares 'Hoa Kỳ (chiếm 46%), EU (21%) và Nhật Bản (12%)' are percent figures; the partners are not places, so location stays Bình Dương; no 'ước' in that sentence → actual, period not stated there.",
    "Section II 'Phấn đấu ... năm 2025' governs both clauses after ';' (target). Distractors: Số 27/BC-UBND, Công văn số 9120/BCT-CN, 20/12/2024, letterhead date, 'I.', 'II.', '1.', '2.', 'Lưu: VT, KT'.",
]

if __name__ == "__main__":
    write("p1537-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Bình Dương")
