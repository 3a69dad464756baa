"""p501-3: formal report (UBND tỉnh Kon Tum), poverty review 2024, flattened | table."""
from lib import emit, fig, per, inh

TEXT = """UBND TỈNH KON TUM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 412/BC-UBND
Kon Tum, ngày 26 tháng 12 năm 2024

BÁO CÁO
Kết quả rà soát hộ nghèo, hộ cận nghèo năm 2024 trên địa bàn tỉnh

Thực hiện Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021 của Bộ Lao động - Thương binh và Xã hội, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ RÀ SOÁT
1. Tổng số hộ dân toàn tỉnh là 154.320 hộ. Số hộ nghèo là 14.806 hộ, chiếm 9,59% tổng số hộ; trong đó, hộ nghèo dân tộc thiểu số là 13.585 hộ, chiếm 91,75% tổng số hộ nghèo. Số hộ cận nghèo là 9.127 hộ, chiếm 5,91%. Tỷ lệ hộ nghèo giảm 2,61% so với cuối năm 2023.
2. Kết quả tại một số đơn vị (Bảng 1):
Bảng 1. Hộ nghèo, hộ cận nghèo năm 2024
Đơn vị | Hộ nghèo (hộ) | Tỷ lệ hộ nghèo (%) | Hộ cận nghèo (hộ) | Tỷ lệ hộ cận nghèo (%)
Huyện Tu Mơ Rông | 2.215 | 33,12 | 806 | 12,05
Huyện Kon Plông | 1.948 | 28,40 | 712 | 10,38
Huyện Đăk Glei | 2.630 | 21,75 | 1.104 | 9,13
Thành phố Kon Tum | 412 | 0,85 | 1.058 | 2,18

II. ĐÁNH GIÁ
Năm 2024, toàn tỉnh có 4.102 hộ thoát nghèo, đạt 102,6% kế hoạch; phát sinh mới 1.046 hộ nghèo. Tổng vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024 là 386,4 tỷ đồng; giải ngân ước đạt 352,8 tỷ đồng, bằng 91,3% kế hoạch vốn.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu giảm tỷ lệ hộ nghèo từ 3 đến 4%; riêng các huyện nghèo giảm trên 5%.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24T = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25T = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

FIGS = [
    fig("là 154.320 hộ", "154.320", 154320, "count", "hộ", subject="tổng số hộ dân", period=Y24T),
    fig("là 14.806 hộ", "14.806", 14806, "count", "hộ", percent=9.59, subject="hộ nghèo", period=Y24T),
    fig("là 9.127 hộ", "9.127", 9127, "count", "hộ", percent=5.91, subject="hộ cận nghèo", period=Y24T),
    fig("giảm 2,61%", "2,61", 2.61, "percent", "%", subject="tỷ lệ hộ nghèo giảm", period=Y24T),
    fig("là 13.585 hộ", "13.585", 13585, "count", "hộ", total=14806, percent=91.75,
        subject="hộ nghèo dân tộc thiểu số", period=Y24T),
]

ROWS = [("Huyện Tu Mơ Rông", "Tu Mơ Rông", ["2.215", "33,12", "806", "12,05"]),
        ("Huyện Kon Plông", "Kon Plông", ["1.948", "28,40", "712", "10,38"]),
        ("Huyện Đăk Glei", "Đăk Glei", ["2.630", "21,75", "1.104", "9,13"]),
        ("Thành phố Kon Tum", "Kon Tum", ["412", "0,85", "1.058", "2,18"])]
COLS = [("count", "hộ", "hộ nghèo"), ("percent", "%", "tỷ lệ hộ nghèo"),
        ("count", "hộ", "hộ cận nghèo"), ("percent", "%", "tỷ lệ hộ cận nghèo")]
for label, loc, cells in ROWS:
    for j, (cell, (kind, unit, subj)) in enumerate(zip(cells, COLS)):
        anchor = f"{label} | {' | '.join(cells[:j + 1])}"
        v = float(cell.replace(".", "").replace(",", "."))
        FIGS.append(fig(anchor if j == 0 else f"| {cells[j - 1]} | {cell}" + (" |" if j < 3 else "\n"),
                        cell, v, kind, unit, subject=subj, period=Y24T, location=loc))

FIGS += [
    fig("có 4.102 hộ thoát nghèo", "4.102", 4102, "count", "hộ", percent=102.6,
        subject="hộ thoát nghèo", period=Y24),
    fig("mới 1.046 hộ nghèo", "1.046", 1046, "count", "hộ", subject="hộ nghèo phát sinh mới", period=Y24),
    fig("là 386,4 tỷ đồng", "386,4", 386400000000, "money", "đồng",
        subject="tổng vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững", period=Y24b),
    fig("ước đạt 352,8 tỷ đồng", "352,8", 352800000000, "money", "đồng", percent=91.3,
        status="estimate", subject="vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững giải ngân", period=Y24b),
    fig("từ 3 đến 4%", "3", 3, "percent", "%", value_max=4, status="target",
        subject="tỷ lệ hộ nghèo giảm", period=Y25T),
    fig("giảm trên 5%", "5", 5, "percent", "%", approx="over", status="target",
        subject="tỷ lệ hộ nghèo các huyện nghèo giảm", period=Y25T),
]

NOTES = [
    "Formal report, UBND tỉnh Kon Tum, Số: 412/BC-UBND, 26/12/2024: kết quả rà soát hộ nghèo, hộ cận nghèo năm 2024; flattened '|' table.",
    "Table: every numeric cell is a figure; row labels are places (location), the column label is the subject; units from column headers.",
    "Table and section I periods come from the title lines ('năm 2024'), so inherited; section III from its heading 'NĂM 2025' (inherited).",
    "'chiếm 9,59% tổng số hộ' is a share, not a total cue: 14.806 gets no total 154.320. 13.585 (after '; trong đó,') gets total 14.806.",
    "'Tỷ lệ hộ nghèo giảm 2,61% so với cuối năm 2023' is a rate that is itself the claim: percent figure, no change.",
    "'Số: 412/BC-UBND' (412 also a table cell), 'Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021', 'I.', '1.', 'Bảng 1' are not figures.",
]

if __name__ == "__main__":
    emit("p501-3", TEXT, NOTES, FIGS, published="2024-12-26", location="Kon Tum")
