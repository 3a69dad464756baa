"""p1246-3: formal report (UBND tỉnh Hải Dương, Số: 46/BC-UBND): bí vụ đông 2024, flattened '|' table by district."""
from lib import fig, per, inh, year, chg, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 46/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 20 tháng 02 năm 2025

BÁO CÁO
Kết quả sản xuất, tiêu thụ bí xanh, bí đỏ vụ đông năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích
Vụ đông năm 2024, toàn tỉnh gieo trồng 4.620 ha bí các loại, vượt 5,2% kế hoạch, gồm 2.870 ha bí xanh và 1.750 ha bí đỏ.

Diện tích bí các loại theo địa phương
Đơn vị tính: ha
Huyện, thị xã | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Gia Lộc | 1.085 | 1.160 | 106,9
Tứ Kỳ | 940 | 1.012 | 107,7
Thanh Miện | 760 | 735 | 96,7
Thị xã Kinh Môn | 520 | 598 | 115,0
Các địa phương khác | 1.105 | 1.115 | 100,9
Tổng cộng | 4.410 | 4.620 | 104,8

2. Tiêu thụ
Sản lượng bí các loại ước đạt 152.000 tấn; trong đó khoảng 18.500 tấn bí xanh được đưa vào chế biến, 9.200 tấn bí đỏ được xuất khẩu sang Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc). Giá bán bình quân bí xanh 7.500 đồng/kg, bí đỏ 9.000 đồng/kg; giá trị thu được bình quân 186 triệu đồng/ha, cao hơn 2,1 lần so với cấy lúa.

II. NHIỆM VỤ NĂM 2025
Vụ đông năm 2025, phấn đấu gieo trồng 4.800 ha bí các loại, trong đó 500 ha sản xuất theo hướng hữu cơ; xây dựng ít nhất 10 mô hình liên kết sản xuất gắn với tiêu thụ.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Minh Hùng
"""

V24 = year("Vụ đông năm 2024", 2024)
V25 = year("Vụ đông năm 2025", 2025)
C23 = year("Năm 2023", 2023)
C24 = year("Năm 2024", 2024)

ROWS = [("Gia Lộc", "Gia Lộc", ["1.085", "1.160", "106,9"]),
        ("Tứ Kỳ", "Tứ Kỳ", ["940", "1.012", "107,7"]),
        ("Thanh Miện", "Thanh Miện", ["760", "735", "96,7"]),
        ("Thị xã Kinh Môn", "Kinh Môn", ["520", "598", "115,0"]),
        ("Các địa phương khác", None, ["1.105", "1.115", "100,9"]),
        ("Tổng cộng", None, ["4.410", "4.620", "104,8"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, cells in ROWS:
    kw = {"location": place} if place else {}
    row = "" if place else " " + label.lower()
    a23, a24, pc = cells
    CELLS.append(fig(f"{label} | {a23}", a23, num(a23), "measure", "ha",
                     subject=f"diện tích bí các loại{row} năm 2023", period=C23, **kw))
    CELLS.append(fig(f"{a23} | {a24}", a24, num(a24), "measure", "ha",
                     subject=f"diện tích bí các loại{row} năm 2024", period=C24, **kw))
    CELLS.append(fig(f"{a24} | {pc}", pc, num(pc), "percent", "%",
                     subject=f"diện tích bí các loại{row} so với cùng kỳ", **kw))

FIGS = [
    fig("trồng 4.620 ha", "4.620", 4620, "measure", "ha", change=chg("increase", 5.2, "%", "kế hoạch"),
        subject="diện tích gieo trồng bí các loại", period=V24),
    fig("gồm 2.870 ha", "2.870", 2870, "measure", "ha", total=4620, subject="diện tích bí xanh", period=V24),
    fig("và 1.750 ha", "1.750", 1750, "measure", "ha", total=4620, subject="diện tích bí đỏ", period=V24),
] + CELLS + [
    fig("ước đạt 152.000 tấn", "152.000", 152000, "measure", "tấn", status="estimate",
        subject="sản lượng bí các loại", period=inh(V24)),
    fig("khoảng 18.500 tấn", "18.500", 18500, "measure", "tấn", approx="about", total=152000, status="estimate",
        subject="bí xanh được đưa vào chế biến", period=inh(V24)),
    fig("9.200 tấn", "9.200", 9200, "measure", "tấn", total=152000, status="estimate",
        subject="bí đỏ được xuất khẩu", period=inh(V24)),
    fig("xanh 7.500 đồng/kg", "7.500", 7500, "money", "đồng/kg", subject="giá bán bình quân bí xanh",
        period=inh(V24)),
    fig("đỏ 9.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", subject="giá bán bình quân bí đỏ", period=inh(V24)),
    fig("quân 186 triệu", "186", 186e6, "money", "đồng/ha", change=chg("increase", 2.1, "lần", "cấy lúa"),
        subject="giá trị thu được bình quân", period=inh(V24)),
    fig("trồng 4.800 ha", "4.800", 4800, "measure", "ha", status="target", subject="diện tích gieo trồng bí các loại",
        period=V25),
    fig("trong đó 500 ha", "500", 500, "measure", "ha", total=4800, status="target",
        subject="diện tích bí sản xuất theo hướng hữu cơ", period=V25),
    fig("ít nhất 10 mô hình", "10", 10, "count", "mô hình", approx="at_least", status="target",
        subject="mô hình liên kết sản xuất gắn với tiêu thụ", period=V25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HẢI DƯƠNG', 'Số: 46/BC-UBND', 'Hải Dương, ngày 20 tháng 02 năm 2025' (published), sections I/II, 1-2, 'Nơi nhận', signature.",
    "'Vụ đông năm 2024' (a crop season named with its year) is annotated as the year 2024, as 'năm 2024' in it says; likewise 'Vụ đông năm 2025'.",
    "'vượt 5,2% kế hoạch' → change (increase 5.2 %, baseline kế hoạch). 'gồm 2.870 ha bí xanh và 1.750 ha bí đỏ' add up to 4.620 → total.",
    "Flattened '|' table with 'Đơn vị tính: ha': area cells are measure in ha, the 'So với cùng kỳ (%)' cells are percent figures (no period: the header names none).",
    "District rows go to location (Thị xã Kinh Môn → Kinh Môn); 'Các địa phương khác' and 'Tổng cộng' stay Hải Dương with the row label in the subject.",
    "'ước đạt 152.000 tấn; trong đó khoảng 18.500 ..., 9.200 ...' → parts with total 152000, estimate carried by the continuing clause.",
    "'cao hơn 2,1 lần so với cấy lúa' → change 2.1 lần. Section II: 'phấn đấu' → target; '500 ha' after 'trong đó' → total 4800.",
    "Distractors: 'Số: 46/BC-UBND', letterhead date, section numbers I./II./1./2., 'Đài Loan (Trung Quốc)', 'Lưu: VT, KTN'.",
]

if __name__ == "__main__":
    write("p1246-3", TEXT, NOTES, FIGS, published="2025-02-20", location="Hải Dương")
