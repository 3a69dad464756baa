"""p1284-3: formal report (UBND tỉnh Cao Bằng, Số: 35/BC-UBND): damage of the 20-28/01/2024 cold spell, '|' table by district."""
from lib import F, period, inherited, change, target, write

TEXT = """UBND TỈNH CAO BẰNG
Số: 35/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 02 tháng 02 năm 2024

BÁO CÁO
Thiệt hại do rét đậm, rét hại, sương muối và công tác khắc phục

I. TÌNH HÌNH THIỆT HẠI
1. Về chăn nuôi
Từ ngày 20/01 đến ngày 28/01/2024, rét đậm, rét hại làm 412 con gia súc trên địa bàn tỉnh bị chết, gấp 2,5 lần đợt rét tháng 12/2022; giá trị thiệt hại ước tính 6,8 tỷ đồng. Số gia súc chết theo địa bàn như sau:
Đơn vị tính: con
Huyện | Trâu | Bò | Ngựa, dê | Cộng
Bảo Lạc | 58 | 71 | 12 | 141
Bảo Lâm | 40 | 63 | 9 | 112
Nguyên Bình | 35 | 29 | 4 | 68
Các huyện khác | 26 | 57 | 8 | 91
Tổng cộng | 159 | 220 | 33 | 412

2. Về trồng trọt
Sương muối làm 215 ha cây trồng bị ảnh hưởng, trong đó 63 ha thiệt hại trên 70%, chủ yếu là thuốc lá, rau màu và mạ xuân tại các huyện Hà Quảng, Trùng Khánh, Hạ Lang.

II. CÔNG TÁC KHẮC PHỤC
1. UBND tỉnh đã xuất 120 tấn giống lúa, ngô và bố trí 2,5 tỷ đồng từ nguồn dự phòng ngân sách để hỗ trợ các hộ khôi phục sản xuất. Dự kiến tổng kinh phí hỗ trợ thiệt hại về chăn nuôi khoảng 2,1 tỷ đồng.
2. Trong tháng 2/2024, phấn đấu gieo cấy lại 100% diện tích mạ bị chết; các huyện tiếp tục hướng dẫn người dân che chắn chuồng trại, không thả rông gia súc.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Các sở: NN&PTNT, Tài chính;
- Lưu: VT, NN.
"""

SPELL = period("Từ ngày 20/01 đến ngày 28/01/2024", "2024-01-20", "2024-01-28")
FEB = period("Trong tháng 2/2024", "2024-02-01", "2024-02-29")
PROV = "Cao Bằng"
COLS = ["trâu", "bò", "ngựa, dê", "cộng"]
ROWS = [("Bảo Lạc", "Bảo Lạc", ["58", "71", "12", "141"]),
        ("Bảo Lâm", "Bảo Lâm", ["40", "63", "9", "112"]),
        ("Nguyên Bình", "Nguyên Bình", ["35", "29", "4", "68"]),
        ("Các huyện khác", PROV, ["26", "57", "8", "91"]),
        ("Tổng cộng", PROV, ["159", "220", "33", "412"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            subj = f"số gia súc chết {col}"
            if place == PROV:
                subj = f"{subj} {label.lower()}"
            out.append(F(f"{prev} | {n}", n, int(n), "count", "con", subject=subj,
                         period=inherited(SPELL), location=place))
            prev = n
    return out


FIGS = [
    F("làm 412 con", "412", 412, "count", "con", change=change("increase", 2.5, "lần", "đợt rét tháng 12/2022"),
      subject="gia súc trên địa bàn tỉnh bị chết", period=SPELL),
    F("ước tính 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", status="estimate", subject="giá trị thiệt hại",
      period=SPELL),
] + cells() + [
    F("làm 215 ha", "215", 215, "measure", "ha", subject="cây trồng bị sương muối ảnh hưởng"),
    F("63 ha", "63", 63, "measure", "ha", total=215, subject="cây trồng thiệt hại trên 70%"),
    F("trên 70%", "70", 70, "percent", "%", approx="over", subject="mức thiệt hại", optional=True),
    F("xuất 120 tấn", "120", 120, "measure", "tấn", subject="giống lúa, ngô UBND tỉnh đã xuất"),
    F("bố trí 2,5 tỷ", "2,5", 2.5e9, "money", "đồng",
      subject="kinh phí từ nguồn dự phòng ngân sách hỗ trợ các hộ khôi phục sản xuất"),
    F("khoảng 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí hỗ trợ thiệt hại về chăn nuôi"),
    F("lại 100%", "100", 100, "percent", "%", status="target", subject="diện tích mạ bị chết gieo cấy lại",
      period=FEB),
]

NOTES = [
    "Formal report: 'UBND TỈNH CAO BẰNG', 'Số: 35/BC-UBND', 'Cao Bằng, ngày 02 tháng 02 năm 2024' (published), sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: 35/BC-UBND, 'tháng 12/2022' (a baseline), section numbers I., II., 1., 2., 'Lưu: VT, NN', dates in the title line.",
    "'gấp 2,5 lần đợt rét tháng 12/2022' after 412 con is its change (increase, 2,5 lần). 'ước tính 6,8 tỷ' → estimate, approx exact.",
    "Flattened '|' table, 'Đơn vị tính: con': every cell a count in con; rows are districts → location; 'Các huyện khác' and 'Tổng cộng' → Cao Bằng.",
    "Cell subject = the caption's indicator 'Số gia súc chết' + column label (+ row label when it is not a place); no period in the headers: the spell of the previous sentence (inherited); no totals for cells.",
    "revised after the first run: cell subjects were 'trâu chết do rét' etc. (words from the prose sentence); now taken from the table's caption and labels, as in p1284-6.",
    "'trong đó 63 ha thiệt hại trên 70%' → 63 ha total 215; 'trên 70%' names a damage class: optional.",
    "'Dự kiến' → forecast; 'phấn đấu' → target; 'Trong tháng 2/2024' (2024 is a leap year: ends 29/2).",
]

if __name__ == "__main__":
    write("p1284-3", TEXT, NOTES, FIGS, published="2024-02-02", location="Cao Bằng")
