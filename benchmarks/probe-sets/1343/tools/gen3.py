"""p1343-3: formal report (UBND tỉnh Quảng Trị): disability allowance 2023, flattened '|' table by group."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 14/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách trợ giúp người khuyết tật năm 2023

Thực hiện Công văn số 4127/LĐTBXH-BTXH của Bộ Lao động - Thương binh và Xã hội, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Trợ cấp xã hội hằng tháng
Đến ngày 31/12/2023, toàn tỉnh có 18.489 người khuyết tật hưởng trợ cấp xã hội hằng tháng, tăng 2,4% so với năm 2022.

Bảng 1. Người khuyết tật hưởng trợ cấp xã hội hằng tháng
Đơn vị tính: người
TT | Nhóm đối tượng | Năm 2022 | Năm 2023 | So sánh (%)
1 | Người khuyết tật đặc biệt nặng | 6.215 | 6.382 | 102,7
2 | Người khuyết tật nặng | 11.840 | 12.107 | 102,3
 | Tổng cộng | 18.055 | 18.489 | 102,4
 | Trong đó: trẻ em khuyết tật | 2.934 | 3.015 | 102,8

Tổng kinh phí thực hiện chính sách năm 2023 là 196,4 tỷ đồng, trong đó ngân sách trung ương hỗ trợ 121,8 tỷ đồng.

2. Các chính sách hỗ trợ khác
Năm 2023, 100% người khuyết tật hưởng trợ cấp được cấp thẻ bảo hiểm y tế miễn phí; tỉnh hỗ trợ cải tạo 46 nhà ở cho hộ có người khuyết tật với mức 40 triệu đồng/nhà; 312 người khuyết tật được hỗ trợ học nghề (tăng 27 người so với năm 2022), trong đó 205 người có việc làm sau học nghề, đạt tỷ lệ 65,7%.

II. NHIỆM VỤ NĂM 2024
Phấn đấu hỗ trợ học nghề cho ít nhất 350 người khuyết tật, cải tạo 50 nhà ở; dự kiến kinh phí trợ cấp khoảng 215 tỷ đồng.

Nơi nhận:
- Bộ LĐTBXH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Sở LĐTBXH;
- Lưu: VT, VX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Nam
"""

ASOF = per("Đến ngày 31/12/2023", end="2023-12-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("NĂM 2024", "2024-01-01", "2024-12-31")

ROWS = [("Người khuyết tật đặc biệt nặng", ["6.215", "6.382", "102,7"]),
        ("Người khuyết tật nặng", ["11.840", "12.107", "102,3"]),
        ("Tổng cộng", ["18.055", "18.489", "102,4"]),
        ("Trong đó: trẻ em khuyết tật", ["2.934", "3.015", "102,8"])]
TOTALS = {"Năm 2022": 18055, "Năm 2023": 18489}
COLS = [("Năm 2022", Y22), ("Năm 2023", Y23), ("So sánh (%)", None)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, nums in ROWS:
    prev = label
    row = {"Tổng cộng": "tổng cộng người khuyết tật"}.get(label, label.replace("Trong đó: ", "")).lower()
    for (col, p), n in zip(COLS, nums):
        anchor = f"{prev} | {n}"
        if col == "So sánh (%)":
            CELLS.append(fig(anchor, n, num(n), "percent", "%",
                             subject=f"{row} hưởng trợ cấp so sánh"))
        else:
            kw = {"total": TOTALS[col]} if label.startswith("Trong đó") else {}
            CELLS.append(fig(anchor, n, num(n), "count", "người",
                             subject=f"{row} hưởng trợ cấp xã hội hằng tháng {col.lower()}",
                             period=p, **kw))
        prev = n

FIGS = [
    fig("có 18.489 người", "18.489", 18489, "count", "người", change=chg("increase", 2.4, "%", "năm 2022"),
        subject="người khuyết tật hưởng trợ cấp xã hội hằng tháng", period=ASOF),
] + CELLS + [
    fig("là 196,4 tỷ", "196,4", 196.4e9, "money", "đồng",
        subject="tổng kinh phí thực hiện chính sách", period=Y23b),
    fig("hỗ trợ 121,8 tỷ", "121,8", 121.8e9, "money", "đồng", total=196.4e9,
        subject="ngân sách trung ương hỗ trợ", period=Y23b),
    fig("Năm 2023, 100%", "100", 100, "percent", "%",
        subject="người khuyết tật hưởng trợ cấp được cấp thẻ bảo hiểm y tế miễn phí", period=Y23),
    fig("cải tạo 46 nhà", "46", 46, "count", "nhà ở",
        subject="nhà ở cho hộ có người khuyết tật được hỗ trợ cải tạo", period=Y23),
    fig("mức 40 triệu", "40", 40e6, "money", "đồng/nhà", subject="mức hỗ trợ cải tạo nhà ở", period=Y23),
    fig("; 312 người", "312", 312, "count", "người", change=chg("increase", 27, "người", "năm 2022"),
        subject="người khuyết tật được hỗ trợ học nghề", period=Y23),
    fig("trong đó 205 người", "205", 205, "count", "người", total=312, percent=65.7,
        subject="người có việc làm sau học nghề", period=Y23),
    fig("ít nhất 350 người", "350", 350, "count", "người", approx="at_least", status="target",
        subject="người khuyết tật được hỗ trợ học nghề", period=inh(Y24)),
    fig("cải tạo 50 nhà", "50", 50, "count", "nhà ở", status="target",
        subject="nhà ở cải tạo", period=inh(Y24)),
    fig("khoảng 215 tỷ", "215", 215e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí trợ cấp", period=inh(Y24)),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Trị): 'Số: 14/BC-UBND', 'Quảng Trị, ngày 15 tháng 01 năm 2024', sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: Số 14/BC-UBND, Công văn số 4127/LĐTBXH-BTXH, 'Bảng 1', section numbers I, II, 1., 2., table row numbers 1 and 2, 'Lưu: VT, VX'.",
    "Flattened '|' table with 'Đơn vị tính: người': every numeric cell is a figure; period from the column header; the 'So sánh (%)' column gives percent figures without period.",
    "The 'Trong đó: trẻ em khuyết tật' sub-row follows the 'Tổng cộng' row: its count cells take the total of their column; the other rows (before the whole, no cue) take none.",
    "'(tăng 27 người so với năm 2022)' in brackets is the change of 312; 205 after 'trong đó' takes total 312 and percent 65,7.",
    "Section II 'NHIỆM VỤ NĂM 2024': the period stands in the heading (inherited). 'Phấn đấu' governs 350 and 50 (target); 'dự kiến' starts its own clause (forecast).",
]

if __name__ == "__main__":
    write("p1343-3", TEXT, NOTES, FIGS, published="2024-01-15", location="Quảng Trị")
