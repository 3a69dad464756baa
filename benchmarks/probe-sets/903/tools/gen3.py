"""p903-3: formal report of UBND tỉnh Kon Tum on gong preservation in 2023, with a flattened '|' table."""
from lib import F, P, I, CH, TG, write

TEXT = """UBND TỈNH KON TUM
Số: 386/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 11 tháng 12 năm 2023

BÁO CÁO
Kết quả bảo tồn, phát huy giá trị văn hóa cồng chiêng năm 2023

Thực hiện Công văn số 4120/BVHTTDL-DSVH ngày 02/10/2023 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kiểm kê cồng chiêng
Tính đến ngày 30/11/2023, toàn tỉnh có 2.874 bộ cồng chiêng, tăng 156 bộ so với năm 2019; có 591 đội cồng chiêng, trong đó 96 đội chiêng thiếu niên. Số bộ cồng chiêng phân theo địa phương như sau:

Đơn vị tính: bộ
TT | Địa phương | Năm 2019 | Năm 2023
1 | Thành phố Kon Tum | 212 | 226
2 | Huyện Đắk Hà | 265 | 271
3 | Huyện Sa Thầy | 318 | 335
4 | Huyện Kon Plông | 404 | 431
5 | Huyện Đắk Glei | 539 | 562
6 | Các huyện còn lại | 980 | 1.049
 | Tổng cộng | 2.718 | 2.874

2. Truyền dạy
Năm 2023, toàn tỉnh mở 28/25 lớp truyền dạy đánh chiêng theo kế hoạch cho 846 học viên; trong đó có 5 lớp chỉnh chiêng với 62 học viên. Tổng kinh phí thực hiện là 2.465 triệu đồng, đạt 94,8% dự toán.

3. Liên hoan, nghệ nhân
Liên hoan cồng chiêng, xoang tỉnh lần thứ IV có 14 đoàn với 620 nghệ nhân tham gia; Ban Tổ chức trao 14 giải (4 giải A, 6 giải B, 4 giải C). Trong năm, 7 nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú, nâng tổng số nghệ nhân được phong tặng của tỉnh lên 49 người.

II. NHIỆM VỤ NĂM 2024
Phấn đấu mở 30 lớp truyền dạy; hỗ trợ 40 bộ cồng chiêng cho các thôn, làng chưa có; dự kiến kinh phí khoảng 3,2 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Lâm
"""

AS_OF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y2019 = P("Năm 2019", "2019-01-01", "2019-12-31")
Y2023c = P("Năm 2023", "2023-01-01", "2023-12-31")
Y2023 = P("Năm 2023", "2023-01-01", "2023-12-31")
INYEAR = P("Trong năm", "2023-01-01", "2023-12-31")
Y2024 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
SUBJ = "số bộ cồng chiêng"

ROWS = [  # anchor prefix, location, 2019, 2023
    ("Kon Tum | ", "Kon Tum", "212", "226"),
    ("Đắk Hà | ", "Đắk Hà", "265", "271"),
    ("Sa Thầy | ", "Sa Thầy", "318", "335"),
    ("Kon Plông | ", "Kon Plông", "404", "431"),
    ("Đắk Glei | ", "Đắk Glei", "539", "562"),
    ("còn lại | ", None, "980", "1.049"),
    ("Tổng cộng | ", None, "2.718", "2.874"),
]

FIGS = [
    F("có 2.874 bộ cồng chiêng", "2.874", 2874, "count", "bộ cồng chiêng", "bộ cồng chiêng toàn tỉnh",
      change=CH("increase", 156, "bộ", "năm 2019"), period=AS_OF),
    F("có 591 đội cồng chiêng", "591", 591, "count", "đội cồng chiêng", "đội cồng chiêng", period=AS_OF),
    F("96 đội chiêng thiếu niên", "96", 96, "count", "đội chiêng", "đội chiêng thiếu niên", total=591, period=AS_OF),
]
for prefix, loc, a, b in ROWS:
    extra = {"location": loc} if loc else {}
    label = SUBJ + {"còn lại | ": " các huyện còn lại", "Tổng cộng | ": " tổng cộng"}.get(prefix, "")
    # 2019 cell: anchored on its row label; 2023 cell: anchored on the pair of cells
    FIGS.append(F(f"{prefix}{a}", a, float(a.replace(".", "")), "count", "bộ", label, period=Y2019, **extra))
    FIGS.append(F(f"{a} | {b}", b, float(b.replace(".", "")), "count", "bộ", label, period=Y2023c, **extra))

FIGS += [
    F("mở 28/25 lớp", "28", 28, "count", "lớp", "lớp truyền dạy đánh chiêng", target=TG(25, "lớp"), period=Y2023),
    F("cho 846 học viên", "846", 846, "count", "học viên", "học viên lớp truyền dạy đánh chiêng", period=Y2023),
    F("có 5 lớp chỉnh chiêng", "5", 5, "count", "lớp", "lớp chỉnh chiêng", total=28, period=Y2023),
    F("với 62 học viên", "62", 62, "count", "học viên", "học viên lớp chỉnh chiêng", total=846, period=Y2023),
    F("là 2.465 triệu đồng", "2.465", 2465e6, "money", "đồng", "tổng kinh phí thực hiện", percent=94.8,
      period=I(Y2023)),
    F("có 14 đoàn", "14", 14, "count", "đoàn", "đoàn tham gia Liên hoan cồng chiêng, xoang tỉnh"),
    F("với 620 nghệ nhân", "620", 620, "count", "nghệ nhân", "nghệ nhân tham gia Liên hoan"),
    F("trao 14 giải", "14", 14, "count", "giải", "giải Ban Tổ chức trao"),
    F("(4 giải A", "4", 4, "count", "giải", "giải A", total=14),
    F("6 giải B", "6", 6, "count", "giải", "giải B", total=14),
    F("4 giải C", "4", 4, "count", "giải", "giải C", total=14),
    F("7 nghệ nhân", "7", 7, "count", "nghệ nhân", "nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú",
      period=INYEAR),
    F("lên 49 người", "49", 49, "count", "người", "nghệ nhân được phong tặng của tỉnh"),
    F("mở 30 lớp", "30", 30, "count", "lớp", "lớp truyền dạy", status="target", period=Y2024),
    F("hỗ trợ 40 bộ", "40", 40, "count", "bộ", "bộ cồng chiêng hỗ trợ cho các thôn, làng chưa có", status="target",
      period=Y2024),
    F("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí", approx="about", status="forecast",
      period=Y2024),
]

NOTES = [
    "UBND tỉnh Kon Tum formal report (Số: 386/BC-UBND, 'Kon Tum, ngày 11 tháng 12 năm 2023').",
    "Not figures: document numbers, section numbers I./II./1./2./3., table row numbers TT 1-6, 'lần thứ IV'.",
    "Table: 'Đơn vị tính: bộ'; period from the column headers Năm 2019 / Năm 2023 (scored); district rows give",
    "location; 'Các huyện còn lại' and 'Tổng cộng' rows stay Kon Tum. Table cells get no totals.",
    "'28/25 lớp … theo kế hoạch' -> target 25 (plan), not a total. 'Trong năm' takes 2023.",
    "'7 nghệ nhân …, nâng tổng số … lên 49 người': no part-of cue, so no total on 7.",
    "Section II heading 'NHIỆM VỤ NĂM 2024' gives the (inherited) period of the tasks; Phấn đấu -> target, dự kiến -> forecast.",
]

write(3, TEXT, FIGS, published="2023-12-11", location="Kon Tum", notes=NOTES)
