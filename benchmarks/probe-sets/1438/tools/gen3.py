"""p1438-3: formal report (UBND tỉnh Thái Nguyên, Số: 09/BC-UBND): land valuation 2024, flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI NGUYÊN
Số: 09/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Nguyên, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả công tác định giá đất năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Thẩm định giá đất cụ thể
Năm 2024, Hội đồng thẩm định giá đất tỉnh đã thẩm định 87 hồ sơ, trong đó 64 hồ sơ giá đất cụ thể để tính bồi thường và 23 hồ sơ giá khởi điểm đấu giá quyền sử dụng đất. Số tiền sử dụng đất thu được đạt 3.412 tỷ đồng, bằng 113,7% dự toán, tăng 21,4% so với năm 2023. Các địa phương đã thuê 5 tổ chức tư vấn xác định giá đất với tổng kinh phí 4,6 tỷ đồng.

2. Điều chỉnh bảng giá đất
Thực hiện Luật Đất đai năm 2024, HĐND tỉnh đã thông qua Nghị quyết số 42/2024/NQ-HĐND điều chỉnh bảng giá đất áp dụng từ ngày 01/01/2025. Giá đất ở cao nhất tại một số địa bàn như sau:
Đơn vị tính: triệu đồng/m2
Địa bàn | Năm 2024 | Năm 2025 | Tăng (%)
TP Thái Nguyên | 45 | 72 | 60
TP Sông Công | 18 | 27 | 50
TP Phổ Yên | 22 | 35,2 | 60
Huyện Đại Từ | 9,5 | 13,3 | 40

II. NHIỆM VỤ NĂM 2025
Phấn đấu 100% hồ sơ định giá đất cụ thể được thẩm định đúng thời hạn; thu tiền sử dụng đất năm 2025 đạt 3.800 tỷ đồng.

Nơi nhận:
- Bộ Tài nguyên và Môi trường (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = ["Năm 2024", "Năm 2025", "Tăng (%)"]


def cell(anchor, number, place, col):
    v = float(number.replace(",", "."))
    if col == "Tăng (%)":
        return fig(anchor, number, v, "percent", "%", subject="mức tăng giá đất ở cao nhất", location=place)
    return fig(anchor, number, v * 1e6, "money", "đồng/m2", subject=f"giá đất ở cao nhất {col.lower()}",
               period=C24 if col == "Năm 2024" else C25, location=place)


ROWS = [("TP Thái Nguyên", "Thái Nguyên", ["45", "72", "60"]),
        ("TP Sông Công", "Sông Công", ["18", "27", "50"]),
        ("TP Phổ Yên", "Phổ Yên", ["22", "35,2", "60"]),
        ("Huyện Đại Từ", "Đại Từ", ["9,5", "13,3", "40"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, place, col))
        prev = n

FIGS = [
    fig("thẩm định 87 hồ sơ", "87", 87, "count", "hồ sơ",
        subject="hồ sơ Hội đồng thẩm định giá đất tỉnh đã thẩm định", period=Y24),
    fig("trong đó 64 hồ sơ", "64", 64, "count", "hồ sơ", total=87,
        subject="hồ sơ giá đất cụ thể để tính bồi thường", period=Y24),
    fig("và 23 hồ sơ", "23", 23, "count", "hồ sơ", total=87,
        subject="hồ sơ giá khởi điểm đấu giá quyền sử dụng đất", period=Y24),
    fig("đạt 3.412 tỷ", "3.412", 3412e9, "money", "đồng", percent=113.7,
        change=chg("increase", 21.4, "%", "năm 2023"), subject="số tiền sử dụng đất thu được", period=inh(Y24)),
    fig("thuê 5 tổ chức", "5", 5, "count", "tổ chức", subject="tổ chức tư vấn xác định giá đất các địa phương đã thuê",
        period=inh(Y24)),
    fig("kinh phí 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", subject="tổng kinh phí thuê tư vấn xác định giá đất",
        period=inh(Y24)),
] + CELLS + [
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="hồ sơ định giá đất cụ thể được thẩm định đúng thời hạn",
        period=per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)),
    fig("đạt 3.800 tỷ", "3.800", 3800e9, "money", "đồng", status="target",
        subject="thu tiền sử dụng đất", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH THÁI NGUYÊN', 'Số: 09/BC-UBND', 'Thái Nguyên, ngày 10 tháng 01 năm 2025' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: Số: 09/BC-UBND, Nghị quyết số 42/2024/NQ-HĐND, 'Luật Đất đai năm 2024', 'ngày 01/01/2025', section numbers, the letterhead date.",
    "'trong đó 64 hồ sơ ... và 23 hồ sơ' → total 87. 'bằng 113,7% dự toán' → percent; 'tăng 21,4% so với năm 2023' → change.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng/m2' → money in đồng/m2, ×10^6, for the two year columns; the 'Tăng (%)' column is percent",
    "(a growth rate as the claim, no change, no period: it compares the two years). The place column goes to location (TP Thái Nguyên =",
    "Thái Nguyên). Subject = caption indicator + column; period from the column header (scored); cells get no total; 'Năm 2025' is the adopted",
    "price table in force since 01/01/2025: status actual.",
    "Section II: 'Phấn đấu' governs both clauses (target); the 100% takes its year from the section heading (inherited).",
]

if __name__ == "__main__":
    write("p1438-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Thái Nguyên")
