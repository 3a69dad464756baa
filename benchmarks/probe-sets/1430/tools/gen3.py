"""p1430-3: formal report (UBND tỉnh Quảng Ngãi, Số: 276/BC-UBND): rehabilitation of children with CP, 2024; flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 276/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 06 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác phục hồi chức năng cho trẻ bại não năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Khám sàng lọc, quản lý
Năm 2024, toàn tỉnh đã khám sàng lọc cho 18.640 trẻ dưới 6 tuổi, phát hiện mới 87 trẻ nghi bại não; tổng số trẻ bại não được quản lý là 1.152 trẻ, tăng 64 trẻ so với năm 2023. Số lượt điều trị phục hồi chức năng đạt 41.280 lượt, bằng 103,2% kế hoạch.

2. Số trẻ bại não được điều trị phục hồi chức năng theo địa phương
Đơn vị tính: trẻ
Địa phương | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
Thành phố Quảng Ngãi | 212 | 236 | 250
Huyện Bình Sơn | 131 | 140 | 150
Huyện Tư Nghĩa | 98 | 112 | 120
Các huyện, thị xã còn lại | 252 | 270 | 290
Tổng cộng | 693 | 758 | 810

3. Bảo hiểm y tế và chi phí
Tỷ lệ trẻ bại não có thẻ BHYT đạt 98,7%. Quỹ BHYT thanh toán chi phí phục hồi chức năng cho trẻ bại não ước đạt 14,35 tỷ đồng, tăng 9,8% so với năm 2023. Chi phí bình quân một đợt điều trị nội trú là 3.860.000 đồng; ngoài ra, gia đình phải chi thêm từ 500.000 đến 1 triệu đồng tiền ăn, đi lại.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu 100% trạm y tế xã có cán bộ được tập huấn phát hiện sớm bại não; điều trị phục hồi chức năng cho ít nhất 810 trẻ; tỷ lệ trẻ cải thiện chức năng vận động đạt trên 60%.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Võ Thanh Phong
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"Năm 2023": Y23, "Ước thực hiện 2024": E24, "Kế hoạch 2025": K25}
SUBJ = "trẻ bại não được điều trị phục hồi chức năng"


def cell(anchor, number, row, col, place=None):
    kw = {}
    if col.startswith("Kế hoạch"):
        kw["status"] = "target"
    elif col.startswith("Ước"):
        kw["status"] = "estimate"
    if place:
        kw["location"] = place
    subj = f"{SUBJ} {col.lower()}" if row is None else f"{SUBJ} {row} {col.lower()}"
    return fig(anchor, number, float(number), "count", "trẻ", subject=subj, period=COLS[col], **kw)


QN, BS, TN = "Quảng Ngãi", "Bình Sơn", "Tư Nghĩa"
REST, TOT = "các huyện, thị xã còn lại", "tổng cộng"
FIGS = [
    fig("cho 18.640 trẻ", "18.640", 18640, "count", "trẻ", subject="trẻ dưới 6 tuổi được khám sàng lọc", period=Y24),
    fig("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", subject="tuổi trẻ được khám sàng lọc",
        period=Y24, optional=True),
    fig("mới 87 trẻ", "87", 87, "count", "trẻ", subject="trẻ nghi bại não phát hiện mới", period=Y24),
    fig("là 1.152 trẻ", "1.152", 1152, "count", "trẻ", change=chg("increase", 64, "trẻ", "năm 2023"),
        subject="tổng số trẻ bại não được quản lý", period=Y24),
    fig("đạt 41.280 lượt", "41.280", 41280, "count", "lượt", percent=103.2,
        subject="số lượt điều trị phục hồi chức năng", period=inh(Y24)),
    cell("Ngãi | 212", "212", None, "Năm 2023", QN),
    cell("212 | 236", "236", None, "Ước thực hiện 2024", QN),
    cell("236 | 250", "250", None, "Kế hoạch 2025", QN),
    cell("Sơn | 131", "131", None, "Năm 2023", BS),
    cell("131 | 140", "140", None, "Ước thực hiện 2024", BS),
    cell("140 | 150", "150", None, "Kế hoạch 2025", BS),
    cell("Nghĩa | 98", "98", None, "Năm 2023", TN),
    cell("98 | 112", "112", None, "Ước thực hiện 2024", TN),
    cell("112 | 120", "120", None, "Kế hoạch 2025", TN),
    cell("lại | 252", "252", REST, "Năm 2023"),
    cell("252 | 270", "270", REST, "Ước thực hiện 2024"),
    cell("270 | 290", "290", REST, "Kế hoạch 2025"),
    cell("cộng | 693", "693", TOT, "Năm 2023"),
    cell("693 | 758", "758", TOT, "Ước thực hiện 2024"),
    cell("758 | 810", "810", TOT, "Kế hoạch 2025"),
    fig("đạt 98,7%", "98,7", 98.7, "percent", "%", subject="tỷ lệ trẻ bại não có thẻ BHYT", period=inh(Y24)),
    fig("ước đạt 14,35 tỷ", "14,35", 14.35e9, "money", "đồng", status="estimate",
        change=chg("increase", 9.8, "%", "năm 2023"),
        subject="quỹ BHYT thanh toán chi phí phục hồi chức năng cho trẻ bại não", period=inh(Y24)),
    fig("là 3.860.000 đồng", "3.860.000", 3860000, "money", "đồng/đợt",
        subject="chi phí bình quân một đợt điều trị nội trú", period=inh(Y24)),
    fig("từ 500.000 đến 1 triệu", "500.000", 500000, "money", "đồng", value_max=1e6,
        subject="tiền ăn, đi lại gia đình phải chi thêm", period=inh(Y24)),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ trạm y tế xã có cán bộ được tập huấn phát hiện sớm bại não", period=Y25),
    fig("ít nhất 810 trẻ", "810", 810, "count", "trẻ", approx="at_least", status="target",
        subject="trẻ được điều trị phục hồi chức năng", period=Y25),
    fig("trên 60%", "60", 60, "percent", "%", approx="over", status="target",
        subject="tỷ lệ trẻ cải thiện chức năng vận động", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NGÃI', 'Số: 276/BC-UBND', 'Quảng Ngãi, ngày 06 tháng 12 năm 2024' (published), sections I/II and 1-3, 'Nơi nhận', signature.",
    "Distractors: the document number, the letterhead date, section numbers I., II., 1.-3., 'năm 2023' baselines, 'Lưu: VT, KGVX'.",
    "Flattened '|' table with 'Đơn vị tính: trẻ' and a place column: place rows give location (Thành phố Quảng Ngãi -> Quảng Ngãi), the subject is the table title + column; 'Ước thực hiện 2024' -> estimate, 'Kế hoạch 2025' -> target; table cells take no total.",
    "'dưới 6 tuổi' (an age threshold naming the group) is optional.",
    "'tăng 64 trẻ so với năm 2023' is a change in trẻ. 'bằng 103,2% kế hoạch' is a percent attribute. Section-3 sentences lack a year: period 'Năm 2024' inherited from section 1.",
    "'từ 500.000 đến 1 triệu đồng' is a range whose upper end carries a multiplier (value_max 1 000 000).",
    "Section II: 'Năm 2025, phấn đấu' governs the three ';' clauses (target).",
]

if __name__ == "__main__":
    write("p1430-3", TEXT, NOTES, FIGS, published="2024-12-06", location="Quảng Ngãi")
