"""p1136-3: formal report (UBND tỉnh Hậu Giang) on rural road paving 2023, flattened | table of funding sources."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HẬU GIANG
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hậu Giang, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả nhựa hóa, bê tông hóa đường giao thông nông thôn năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Khối lượng
Năm 2023, toàn tỉnh ước thực hiện nhựa hóa, bê tông hóa 286,4/270 km đường giao thông nông thôn, vượt 6,1% kế hoạch; trong đó láng nhựa 112,6 km, bê tông xi măng 173,8 km. Mặt đường ấp rộng 3,5 m, đường liên xã rộng 5,5 m. Nhân dân hiến 156.400 m2 đất, tháo dỡ 1.120 công trình, vật kiến trúc để giải phóng mặt bằng; toàn tỉnh có 42 xã đạt tiêu chí giao thông, tăng 5 xã so với năm 2022.

2. Nguồn vốn
Tổng kinh phí ước thực hiện 412 tỷ đồng, đạt 101,7% kế hoạch, cụ thể như sau:
Đơn vị tính: tỷ đồng
Nguồn vốn | Kế hoạch 2023 | Ước thực hiện 2023 | Tỷ lệ (%)
Ngân sách Trung ương | 170 | 165 | 97,1
Ngân sách tỉnh | 140 | 148 | 105,7
Ngân sách huyện, xã | 60 | 57 | 95,0
Nhân dân đóng góp | 35 | 42 | 120,0
Tổng cộng | 405 | 412 | 101,7

3. Tồn tại, hạn chế
Còn 17 tuyến đường với tổng chiều dài khoảng 48 km chưa triển khai được do vướng mặt bằng; đơn giá bê tông hóa tăng lên 1,45 tỷ đồng/km, cao hơn 12% so với năm 2021.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu nhựa hóa, bê tông hóa 300 km đường giao thông nông thôn; huy động nhân dân đóng góp không dưới 10% tổng kinh phí.

Nơi nhận:
- Bộ Giao thông vận tải (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
KH = per("Kế hoạch 2023", "2023-01-01", "2023-12-31")
UTH = per("Ước thực hiện 2023", "2023-01-01", "2023-12-31")
Y24 = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [  # row label, plan, estimate, ratio, anchors
    ("ngân sách Trung ương", "170", "165", "97,1", "ương | 170", "170 | 165", "165 | 97,1"),
    ("ngân sách tỉnh", "140", "148", "105,7", "tỉnh | 140", "140 | 148", "148 | 105,7"),
    ("ngân sách huyện, xã", "60", "57", "95,0", "xã | 60", "60 | 57", "57 | 95,0"),
    ("nhân dân đóng góp", "35", "42", "120,0", "góp | 35", "35 | 42", "42 | 120,0"),
    ("tổng cộng", "405", "412", "101,7", "cộng | 405", "405 | 412", "412 | 101,7"),
]


def num(s):
    return float(s.replace(",", "."))


TABLE = []
for label, kh, th, tl, a1, a2, a3 in ROWS:
    TABLE += [
        fig(a1, kh, num(kh) * 1e9, "money", "đồng", status="target",
            subject=f"kế hoạch 2023 {label}", period=KH),
        fig(a2, th, num(th) * 1e9, "money", "đồng", status="estimate",
            subject=f"ước thực hiện 2023 {label}", period=UTH),
        fig(a3, tl, num(tl), "percent", "%", status="estimate", subject=f"tỷ lệ {label}", period=inh(Y23)),
    ]

FIGS = [
    fig("hóa 286,4/270 km", "286,4", 286.4, "measure", "km", status="estimate", target=tgt(270, "km"),
        change=chg("increase", 6.1, "%", "kế hoạch"),
        subject="đường giao thông nông thôn nhựa hóa, bê tông hóa", period=Y23),
    fig("láng nhựa 112,6 km", "112,6", 112.6, "measure", "km", total=286.4, status="estimate",
        subject="đường giao thông nông thôn láng nhựa", period=Y23),
    fig("xi măng 173,8 km", "173,8", 173.8, "measure", "km", total=286.4, status="estimate",
        subject="đường giao thông nông thôn bê tông xi măng", period=Y23),
    fig("ấp rộng 3,5 m", "3,5", 3.5, "measure", "m", subject="chiều rộng mặt đường ấp"),
    fig("xã rộng 5,5 m", "5,5", 5.5, "measure", "m", subject="chiều rộng mặt đường liên xã"),
    fig("hiến 156.400 m2", "156.400", 156400, "measure", "m2", subject="đất nhân dân hiến", period=inh(Y23)),
    fig("dỡ 1.120 công trình", "1.120", 1120, "count", "công trình",
        subject="công trình, vật kiến trúc tháo dỡ để giải phóng mặt bằng", period=inh(Y23)),
    fig("có 42 xã", "42", 42, "count", "xã", change=chg("increase", 5, "xã", "năm 2022"),
        subject="xã đạt tiêu chí giao thông", period=inh(Y23)),
    fig("thực hiện 412 tỷ", "412", 412e9, "money", "đồng", percent=101.7, status="estimate",
        subject="tổng kinh phí ước thực hiện", period=inh(Y23)),
] + TABLE + [
    fig("Còn 17 tuyến", "17", 17, "count", "tuyến đường",
        subject="tuyến đường chưa triển khai được do vướng mặt bằng"),
    fig("khoảng 48 km", "48", 48, "measure", "km", approx="about",
        subject="tổng chiều dài tuyến đường chưa triển khai được"),
    fig("lên 1,45 tỷ", "1,45", 1.45e9, "money", "đồng/km", change=chg("increase", 12, "%", "năm 2021"),
        subject="đơn giá bê tông hóa"),
    fig("hóa 300 km", "300", 300, "measure", "km", status="target",
        subject="đường giao thông nông thôn nhựa hóa, bê tông hóa", period=Y24),
    fig("không dưới 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nhân dân đóng góp trong tổng kinh phí", period=Y24),
]

NOTES = [
    "Formal report UBND tỉnh Hậu Giang, Số: 318/BC-UBND, 'Hậu Giang, ngày 18 tháng 12 năm 2023'; sections I/II, 1-3, Nơi nhận.",
    "Distractors: Số 318/BC-UBND, section numbers, 'Lưu: VT, KT', the heading year.",
    "'286,4/270 km ..., vượt 6,1% kế hoạch' : 270 is the plan (target attribute), the gap is a change with baseline kế hoạch.",
    "'ước thực hiện' governs the 'trong đó' parts after ';' (estimate).",
    "Flattened table: 'Đơn vị tính: tỷ đồng' multiplies the money columns; Kế hoạch column target, Ước thực hiện column estimate;",
    "  'Tỷ lệ (%)' column: percent cells = Ước thực hiện / Kế hoạch, period inherited from the table's year. No totals on cells.",
    "revised: 'Tỷ lệ (%)' cells actual -> estimate: each is the share of the row's estimate (the text's own 'ước thực hiện 412 tỷ",
    "  đồng, đạt 101,7% kế hoạch' puts the same 101,7% inside the estimate's clause).",
    "Section II (PHƯƠNG HƯỚNG NĂM 2024): targets, period inherited from the heading.",
    "'Còn 17 tuyến ... 48 km' and the unit price stand at the report date: no period.",
]

if __name__ == "__main__":
    write("p1136-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Hậu Giang")
