"""p1248-3: formal report (UBND tỉnh Bình Định): converting poor rice land to fodder crops in 2024; flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Bình Định, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả chuyển đổi đất trồng lúa kém hiệu quả sang trồng cây thức ăn chăn nuôi năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích chuyển đổi
Năm 2024, toàn tỉnh chuyển đổi được 1.184 ha đất lúa kém hiệu quả sang trồng cỏ và ngô sinh khối, vượt 4,8% kế hoạch (kế hoạch 1.130 ha). Kết quả tại các địa phương như sau:

Đơn vị tính: ha
Địa phương | Kế hoạch 2024 | Thực hiện 2024 | Tỷ lệ TH/KH (%)
Huyện Phù Mỹ | 280 | 302 | 107,9
Huyện Hoài Ân | 250 | 246 | 98,4
Huyện Tây Sơn | 210 | 228 | 108,6
Thị xã An Nhơn | 150 | 141 | 94,0
Các địa phương khác | 240 | 267 | 111,3
Tổng cộng | 1.130 | 1.184 | 104,8

2. Hiệu quả kinh tế
Lợi nhuận bình quân từ trồng ngô sinh khối đạt 38-45 triệu đồng/ha/vụ, gấp 2,5 lần so với trồng lúa. Tổng kinh phí hỗ trợ chuyển đổi năm 2024 theo Nghị quyết số 09/2021/NQ-HĐND là 5,92 tỷ đồng, trong đó ngân sách tỉnh 4,1 tỷ đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu chuyển đổi thêm 1.200 ha; xây dựng ít nhất 3 vùng nguyên liệu tập trung, mỗi vùng trên 100 ha gắn với liên kết tiêu thụ sản phẩm.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Sở NN&PTNT, Sở Tài chính;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, K13.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
T24 = per("Thực hiện 2024", "2024-01-01", "2024-12-31")
N25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
IND = "diện tích chuyển đổi đất lúa sang trồng cây thức ăn chăn nuôi"

ROWS = [("Huyện Phù Mỹ", "Phù Mỹ", ["280", "302", "107,9"]),
        ("Huyện Hoài Ân", "Hoài Ân", ["250", "246", "98,4"]),
        ("Huyện Tây Sơn", "Tây Sơn", ["210", "228", "108,6"]),
        ("Thị xã An Nhơn", "An Nhơn", ["150", "141", "94,0"]),
        ("Các địa phương khác", None, ["240", "267", "111,3"]),
        ("Tổng cộng", None, ["1.130", "1.184", "104,8"])]

CELLS = []
for label, place, nums in ROWS:
    # FIGURES.md, Tables: subject = row label + column label; a place label goes to location instead.
    # (revised after the first run: the lead's indicator IND is no label of the table and was dropped.)
    pre = "" if place else label + " "
    loc = {"location": place} if place else {}
    k, t, r = nums
    CELLS.append(fig(f"{label} | {k}", k, float(k.replace(".", "")), "measure", "ha", status="target",
                     subject=f"{pre}Kế hoạch 2024", period=K24, **loc))
    CELLS.append(fig(f"| {k} | {t} |", t, float(t.replace(".", "")), "measure", "ha",
                     subject=f"{pre}Thực hiện 2024", period=T24, **loc))
    CELLS.append(fig(f"| {t} | {r}", r, float(r.replace(",", ".")), "percent", "%",
                     subject=f"{pre}Tỷ lệ TH/KH", period=inh(Y24), **loc))

FIGS = [
    fig("được 1.184 ha", "1.184", 1184, "measure", "ha", target=tgt(1130, "ha"),
        change=chg("increase", 4.8, "%", "kế hoạch"),
        subject="diện tích đất lúa kém hiệu quả chuyển đổi sang trồng cỏ và ngô sinh khối", period=Y24),
] + CELLS + [
    fig("đạt 38-45 triệu", "38", 38e6, "money", "đồng/ha/vụ", value_max=45e6,
        change=chg("increase", 2.5, "lần", "trồng lúa"),
        subject="lợi nhuận bình quân từ trồng ngô sinh khối"),
    fig("là 5,92 tỷ", "5,92", 5.92e9, "money", "đồng",
        subject="tổng kinh phí hỗ trợ chuyển đổi", period=Y24b),
    fig("tỉnh 4,1 tỷ", "4,1", 4.1e9, "money", "đồng", total=5.92e9,
        subject="kinh phí hỗ trợ từ ngân sách tỉnh", period=Y24b),
    fig("thêm 1.200 ha", "1.200", 1200, "measure", "ha", status="target",
        subject="diện tích chuyển đổi thêm", period=N25),
    fig("ít nhất 3 vùng", "3", 3, "count", "vùng nguyên liệu", approx="at_least", status="target",
        subject="vùng nguyên liệu tập trung xây dựng", period=N25),
    fig("trên 100 ha", "100", 100, "measure", "ha", approx="over", status="target",
        subject="diện tích mỗi vùng nguyên liệu", period=N25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÌNH ĐỊNH', 'Số: 412/BC-UBND', 'Bình Định, ngày 18 tháng 12 năm 2024' (published), sections I/II, 1/2, 'Nơi nhận'.",
    "Distractors: 'Số: 412/BC-UBND', 'Nghị quyết số 09/2021/NQ-HĐND', the letterhead date, 'I.', 'II.', '1.', '2.', 'Lưu: VT, K13'.",
    "'vượt 4,8% kế hoạch (kế hoạch 1.130 ha)': the gap is a change with baseline 'kế hoạch'; the bracketed plan is the target attribute (not a figure).",
    "Flattened '|' table, 'Đơn vị tính: ha', place column: a district row label goes to location, the subject is the column label.",
    "'Các địa phương khác' and 'Tổng cộng' stay in Bình Định and keep their label in the subject. 'Kế hoạch 2024' → target.",
    "revised after the first run: table subjects are the labels only (row label + column label, FIGURES.md 'Tables'); the first gold",
    "had put the lead's indicator 'diện tích chuyển đổi đất lúa sang trồng cây thức ăn chăn nuôi' in front and spelled out 'TH/KH'.",
    "Table cells get no total and no target (each plan cell is a figure of its own). The '%' column header has no year: its period",
    "(năm 2024 of the lead) is marked inherited, not scored.",
    "'gấp 2,5 lần so với trồng lúa' after the profit range is its change (lần). '4,1 tỷ' after 'trong đó' is part of 5,92 tỷ.",
    "Section 'II. NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target; the period stands in the heading (inherited).",
]

if __name__ == "__main__":
    write("p1248-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Bình Định")
