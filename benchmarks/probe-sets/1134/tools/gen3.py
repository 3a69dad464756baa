"""p1134-3: formal report (UBND tỉnh Ninh Bình), toilets at tourist sites 2023, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NINH BÌNH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả nâng cấp nhà vệ sinh công cộng tại các khu, điểm du lịch năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Đầu tư xây dựng, nâng cấp
Năm 2023, toàn tỉnh xây mới 26 nhà vệ sinh công cộng, cải tạo, nâng cấp 58 nhà tại các khu, điểm du lịch với tổng kinh phí ước 21,7 tỷ đồng, bằng 108,5% kế hoạch vốn. Số nhà vệ sinh đạt chuẩn phục vụ khách du lịch tăng từ 142 nhà lên 203 nhà.

2. Kết quả theo địa phương
Đơn vị tính: nhà
Địa phương | Hiện có | Xây mới | Nâng cấp | Đạt chuẩn
Huyện Hoa Lư | 97 | 11 | 24 | 84
Huyện Gia Viễn | 58 | 6 | 13 | 47
Huyện Nho Quan | 41 | 4 | 9 | 30
Huyện Kim Sơn | 21 | 2 | 5 | 16
TP Ninh Bình | 29 | 3 | 7 | 26
Tổng cộng | 246 | 26 | 58 | 203

3. Quản lý, vận hành
Các nhà vệ sinh trong Quần thể danh thắng Tràng An phục vụ miễn phí; nơi thu phí áp dụng mức 2.000 - 3.000 đồng/lượt. Ước cả năm, các nhà vệ sinh công cộng phục vụ khoảng 4,2 triệu lượt khách, trong đó khách quốc tế chiếm gần 18%. Tại Khu du lịch Tràng An (huyện Hoa Lư), doanh nghiệp ký hợp đồng vệ sinh với 36 lao động địa phương, tiền công 5,5 triệu đồng/người/tháng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu 95% nhà vệ sinh tại khu, điểm du lịch đạt chuẩn; xây mới khoảng 20 nhà, ưu tiên tuyến Tam Cốc - Bích Động và chùa Bái Đính.

Nơi nhận:
- Bộ VHTTDL (b/c);
- Lưu: VT, VP4.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YEAR = P("cả năm", "2023-01-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Hiện có": "nhà vệ sinh hiện có", "Xây mới": "nhà vệ sinh xây mới",
        "Nâng cấp": "nhà vệ sinh nâng cấp", "Đạt chuẩn": "nhà vệ sinh đạt chuẩn"}
ROWS = [("Huyện Hoa Lư", "Hoa Lư", ["97", "11", "24", "84"]),
        ("Huyện Gia Viễn", "Gia Viễn", ["58", "6", "13", "47"]),
        ("Huyện Nho Quan", "Nho Quan", ["41", "4", "9", "30"]),
        ("Huyện Kim Sơn", "Kim Sơn", ["21", "2", "5", "16"]),
        ("TP Ninh Bình", "Ninh Bình", ["29", "3", "7", "26"]),
        ("Tổng cộng", None, ["246", "26", "58", "203"])]


def table():
    out = []
    for label, place, cells in ROWS:
        prev = label
        for col, num in zip(COLS, cells):
            subj = COLS[col] + (" tổng cộng" if place is None else "")
            kw = {"location": place} if place else {}
            out.append(F(f"{prev} | {num}", num, int(num), "count", "nhà", subject=subj, period=I(Y23), **kw))
            prev = num
    return out


FIGS = [
    F("xây mới 26 nhà", "26", 26, "count", "nhà vệ sinh công cộng",
      subject="nhà vệ sinh công cộng xây mới", period=Y23),
    F("nâng cấp 58 nhà", "58", 58, "count", "nhà",
      subject="nhà vệ sinh công cộng cải tạo, nâng cấp", period=Y23),
    F("ước 21,7 tỷ", "21,7", 21700000000, "money", "đồng", status="estimate", percent=108.5,
      subject="tổng kinh phí xây mới, nâng cấp nhà vệ sinh công cộng", period=Y23),
    F("từ 142 nhà", "142", 142, "count", "nhà", optional=True,
      subject="nhà vệ sinh đạt chuẩn phục vụ khách du lịch trước khi nâng cấp"),
    F("lên 203 nhà", "203", 203, "count", "nhà",
      subject="nhà vệ sinh đạt chuẩn phục vụ khách du lịch", period=I(Y23)),
] + table() + [
    F("mức 2.000 - 3.000", "2.000", 2000, "money", "đồng/lượt", value_max=3000,
      subject="mức thu phí sử dụng nhà vệ sinh"),
    F("khoảng 4,2 triệu", "4,2", 4200000, "count", "lượt khách", approx="about", status="estimate",
      subject="lượt khách sử dụng nhà vệ sinh công cộng", period=YEAR),
    F("gần 18%", "18", 18, "percent", "%", approx="nearly", status="estimate",
      subject="tỷ lệ khách quốc tế sử dụng nhà vệ sinh công cộng", period=YEAR),
    F("với 36 lao động", "36", 36, "count", "lao động",
      subject="lao động địa phương ký hợp đồng vệ sinh tại Khu du lịch Tràng An", period=I(Y23), location="Hoa Lư"),
    F("5,5 triệu", "5,5", 5500000, "money", "đồng/người/tháng",
      subject="tiền công lao động vệ sinh tại Khu du lịch Tràng An", period=I(Y23), location="Hoa Lư"),
    F("Phấn đấu 95%", "95", 95, "percent", "%", status="target",
      subject="nhà vệ sinh tại khu, điểm du lịch đạt chuẩn", period=Y24),
    F("khoảng 20 nhà", "20", 20, "count", "nhà", approx="about", status="target",
      subject="nhà vệ sinh xây mới", period=Y24),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH NINH BÌNH, 'Số: 318/BC-UBND', 'Ninh Bình, ngày 20 tháng 12 năm 2023' (published).",
    "Flattened '|' table, 'Đơn vị tính: nhà': row labels are districts → location; subject = column label (+ 'tổng cộng' for the total row,",
    "location Ninh Bình by default). Cells get no total. Period 2023 stands in the title / section 1 → inherited.",
    "'tăng từ 142 nhà lên 203 nhà': 203 is the figure (now); 142 is the starting level (optional). No change value is stated (61 is not written).",
    "'Ước cả năm' governs the sentence → estimate for 4,2 triệu and for 'trong đó khách quốc tế chiếm gần 18%' (a share of a part with no number: its own percent).",
    "Section II heading 'NHIỆM VỤ NĂM 2024' gives the target period (inherited). 'Phấn đấu' continues after ';' to 'xây mới khoảng 20 nhà' → target.",
    "Distractors: Số: 318/BC-UBND, section numbers I./II./1.-3., 'VP4', '(b/c)'.",
]

if __name__ == "__main__":
    write("p1134-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Ninh Bình")
