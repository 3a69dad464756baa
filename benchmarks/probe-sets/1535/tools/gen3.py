"""p1535-3: formal report (UBND tỉnh Quảng Ninh, Số: 52/BC-UBND): centralized purchase of office supplies 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NINH
Số: 52/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 24 tháng 01 năm 2025

BÁO CÁO
Kết quả mua sắm tập trung văn phòng phẩm năm 2024

Thực hiện Quyết định số 2268/QĐ-UBND ngày 15/7/2023 của UBND tỉnh về danh mục tài sản mua sắm tập trung, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Năm 2024, Sở Tài chính tổ chức mua sắm tập trung văn phòng phẩm cho 64 cơ quan, đơn vị cấp tỉnh (tăng 9 đơn vị so với năm 2023), giá trị hợp đồng 13.750 triệu đồng, bằng 92,9% kế hoạch. Qua mua sắm tập trung, ngân sách tỉnh tiết kiệm được 1.050 triệu đồng; 100% hợp đồng được ký qua Hệ thống mạng đấu thầu quốc gia.
2. Đơn giá trúng thầu bình quân nhóm dập ghim, ghim bấm, kẹp giấy giảm 6,4% so với năm 2023; dập ghim loại trung có giá 48.000 đồng/chiếc, ghim bấm số 10 giá 3.500 đồng/hộp.
3. Kết quả theo nhóm hàng năm 2024
Đơn vị tính: triệu đồng
STT | Nhóm hàng | Kế hoạch 2024 | Thực hiện 2024 | So với kế hoạch (%)
1 | Giấy in, giấy photo | 9.850 | 9.214 | 93,5
2 | Dập ghim, ghim bấm, kẹp giấy | 1.320 | 1.187 | 89,9
3 | Bút, mực, sổ sách | 2.460 | 2.305 | 93,7
4 | Văn phòng phẩm khác | 1.170 | 1.044 | 89,2
 | Tổng cộng | 14.800 | 13.750 | 92,9

II. NHIỆM VỤ NĂM 2025
Phấn đấu mở rộng mua sắm tập trung cho ít nhất 80 cơ quan, đơn vị; tỷ lệ tiết kiệm đạt từ 8 đến 10% giá trị kế hoạch.

Nơi nhận:
- Bộ Tài chính;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, TM2.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Vũ Thành Long
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
T24 = per("Thực hiện 2024", "2024-01-01", "2024-12-31")
CAP24 = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

ROWS = [("Giấy in, giấy photo", ["9.850", "9.214", "93,5"]),
        ("Dập ghim, ghim bấm, kẹp giấy", ["1.320", "1.187", "89,9"]),
        ("Bút, mực, sổ sách", ["2.460", "2.305", "93,7"]),
        ("Văn phòng phẩm khác", ["1.170", "1.044", "89,2"]),
        ("Tổng cộng", ["14.800", "13.750", "92,9"])]


def cells():
    out = []
    for label, (k, t, p) in ROWS:
        row = label.lower()
        out.append(fig(f"{label} | {k}", k, float(k.replace(".", "")) * 1e6, "money", "đồng",
                       status="target", subject=f"giá trị mua sắm {row} kế hoạch 2024", period=K24))
        out.append(fig(f"{k} | {t}", t, float(t.replace(".", "")) * 1e6, "money", "đồng",
                       subject=f"giá trị mua sắm {row} thực hiện 2024", period=T24))
        out.append(fig(f"{t} | {p}", p, float(p.replace(",", ".")), "percent", "%",
                       subject=f"giá trị mua sắm {row} thực hiện so với kế hoạch", period=CAP24))
    return out


FIGS = [
    fig("cho 64 cơ quan", "64", 64, "count", "cơ quan, đơn vị", change=chg("increase", 9, "đơn vị", "năm 2023"),
        subject="cơ quan, đơn vị cấp tỉnh được mua sắm tập trung văn phòng phẩm", period=Y24),
    fig("hợp đồng 13.750 triệu", "13.750", 13750e6, "money", "đồng", percent=92.9,
        subject="giá trị hợp đồng mua sắm tập trung văn phòng phẩm", period=Y24),
    fig("được 1.050 triệu", "1.050", 1050e6, "money", "đồng",
        subject="ngân sách tỉnh tiết kiệm được qua mua sắm tập trung", period=inh(Y24)),
    fig("100% hợp đồng", "100", 100, "percent", "%",
        subject="hợp đồng được ký qua Hệ thống mạng đấu thầu quốc gia", period=inh(Y24)),
    fig("giảm 6,4%", "6,4", 6.4, "percent", "%",
        subject="đơn giá trúng thầu bình quân nhóm dập ghim, ghim bấm, kẹp giấy", period=CAP24),
    fig("giá 48.000", "48.000", 48000, "money", "đồng/chiếc", subject="giá dập ghim loại trung", period=CAP24),
    fig("giá 3.500", "3.500", 3500, "money", "đồng/hộp", subject="giá ghim bấm số 10", period=CAP24),
] + cells() + [
    fig("ít nhất 80 cơ quan", "80", 80, "count", "cơ quan, đơn vị", approx="at_least", status="target",
        subject="cơ quan, đơn vị được mua sắm tập trung", period=Y25),
    fig("từ 8 đến 10%", "8", 8, "percent", "%", value_max=10, status="target",
        subject="tỷ lệ tiết kiệm", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Ninh, Số: 52/BC-UBND, 'Quảng Ninh, ngày 24 tháng 01 năm 2025'), sections I/II, 1-3, 'Nơi nhận', signature.",
    "Distractors: 52/BC-UBND, Quyết định số 2268/QĐ-UBND ngày 15/7/2023, section numbers, table row numbers 1-4 (STT), 'ghim bấm số 10', 'Lưu: VT, TM2'.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng': 'Kế hoạch 2024' cells → target; 'Thực hiện 2024' cells actual; '(%)' column cells are percent",
    "figures of their own with the year only in the caption (inherited). Cells carry no total/percent/target attributes.",
    "'(tăng 9 đơn vị so với năm 2023)' is the change of 64 across the bracket; 'bằng 92,9% kế hoạch' the percent of 13.750 triệu đồng.",
    "'tiết kiệm được 1.050 triệu đồng' is a figure of its own (not a change: no tăng/giảm cue).",
    "'giảm 6,4% so với năm 2023' is a rate as the claim (percent, no change). Item 2 and the table take năm 2024 from the section heading (inherited).",
    "Section II: 'Phấn đấu' governs both clauses (target); period from the heading 'NHIỆM VỤ NĂM 2025' (inherited).",
]

if __name__ == "__main__":
    write("p1535-3", TEXT, NOTES, FIGS, published="2025-01-24", location="Quảng Ninh")
