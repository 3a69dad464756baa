"""p1347-3: formal report (UBND tỉnh Hậu Giang): cá chạch bùn 2023, flattened '|' table by district."""
from lib import F, P, INH, CHG, TGT, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HẬU GIANG
Số: 247/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hậu Giang, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả phát triển nuôi cá chạch bùn năm 2023 và phương hướng năm 2024

Thực hiện Kế hoạch số 96/KH-UBND của UBND tỉnh, Ủy ban nhân dân tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Diện tích, sản lượng
Năm 2023, diện tích nuôi cá chạch bùn toàn tỉnh ước đạt 48,6 ha, tăng 9,4 ha so với năm 2022; sản lượng ước đạt 110,2 tấn, vượt 4,9% kế hoạch. Sản lượng theo địa phương như sau:

Đơn vị tính: tấn
Địa phương | Năm 2022 | Ước thực hiện 2023 | Kế hoạch 2024
Huyện Phụng Hiệp | 42,5 | 51,0 | 58,0
Huyện Vị Thủy | 31,2 | 36,8 | 40,0
Huyện Châu Thành A | 18,6 | 22,4 | 25,0
Tổng cộng | 92,3 | 110,2 | 123,0

2. Tổ chức sản xuất
Toàn tỉnh có 186 hộ nuôi, 3 tổ hợp tác và 1 hợp tác xã. Giá bán bình quân 105.000 đồng/kg, lợi nhuận bình quân đạt 320 triệu đồng/ha. Ngành nông nghiệp đã hỗ trợ 450.000 con giống và 12 tấn thức ăn cho 35 hộ tham gia mô hình, tổng kinh phí 286 triệu đồng.

3. Tồn tại, hạn chế
Khoảng 15% diện tích nuôi bị bệnh xuất huyết; tỷ lệ hao hụt bình quân 25-30%.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu diện tích nuôi đạt 55 ha; xây dựng ít nhất 2 chuỗi liên kết tiêu thụ sản phẩm.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Minh Trí
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22c = P("Năm 2022", "2022-01-01", "2022-12-31")
E23 = P("Ước thực hiện 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23h = P("NĂM 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24h = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = [("năm 2022", Y22c, None), ("ước thực hiện 2023", E23, "estimate"), ("kế hoạch 2024", K24, "target")]
ROWS = [("Huyện Phụng Hiệp", "Phụng Hiệp", ["42,5", "51,0", "58,0"]),
        ("Huyện Vị Thủy", "Vị Thủy", ["31,2", "36,8", "40,0"]),
        ("Huyện Châu Thành A", "Châu Thành A", ["18,6", "22,4", "25,0"]),
        ("Tổng cộng", None, ["92,3", "110,2", "123,0"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
        subj = f"sản lượng cá chạch bùn {col}" if place else f"sản lượng cá chạch bùn tổng cộng {col}"
        CELLS.append(F(f"{prev} | {n}", n, float(n.replace(",", ".")), "measure", "tấn",
                       subject=subj, period=per, **kw))
        prev = n

FIGS = [
    F("ước đạt 48,6 ha", "48,6", 48.6, "measure", "ha", status="estimate",
      change=CHG("increase", 9.4, "ha", "năm 2022"), subject="diện tích nuôi cá chạch bùn toàn tỉnh", period=Y23),
    F("ước đạt 110,2 tấn", "110,2", 110.2, "measure", "tấn", status="estimate",
      change=CHG("increase", 4.9, "%", "kế hoạch"), subject="sản lượng cá chạch bùn", period=Y23),
] + CELLS + [
    F("có 186 hộ", "186", 186, "count", "hộ", subject="hộ nuôi cá chạch bùn", period=Y23h),
    F("3 tổ hợp tác", "3", 3, "count", "tổ hợp tác", subject="tổ hợp tác nuôi cá chạch bùn", period=Y23h),
    F("và 1 hợp tác xã", "1", 1, "count", "hợp tác xã", subject="hợp tác xã nuôi cá chạch bùn", period=Y23h),
    F("bình quân 105.000", "105.000", 105000, "money", "đồng/kg", subject="giá bán bình quân cá chạch bùn",
      period=Y23h),
    F("đạt 320 triệu", "320", 320e6, "money", "đồng/ha", subject="lợi nhuận bình quân nuôi cá chạch bùn",
      period=Y23h),
    F("hỗ trợ 450.000 con", "450.000", 450000, "count", "con giống", subject="con giống ngành nông nghiệp hỗ trợ",
      period=Y23h),
    F("và 12 tấn", "12", 12, "measure", "tấn", subject="thức ăn ngành nông nghiệp hỗ trợ", period=Y23h),
    F("cho 35 hộ", "35", 35, "count", "hộ", subject="hộ tham gia mô hình", period=Y23h),
    F("kinh phí 286 triệu", "286", 286e6, "money", "đồng", subject="tổng kinh phí hỗ trợ", period=Y23h),
    F("Khoảng 15%", "15", 15, "percent", "%", approx="about",
      subject="diện tích nuôi bị bệnh xuất huyết", period=Y23h),
    F("bình quân 25-30%", "25", 25, "percent", "%", value_max=30, subject="tỷ lệ hao hụt bình quân",
      period=Y23h),
    F("đạt 55 ha", "55", 55, "measure", "ha", status="target", subject="diện tích nuôi cá chạch bùn",
      period=Y24h),
    F("ít nhất 2 chuỗi", "2", 2, "count", "chuỗi liên kết", approx="at_least", status="target",
      subject="chuỗi liên kết tiêu thụ sản phẩm", period=Y24h),
]

NOTES = [
    "Formal report (UBND tỉnh Hậu Giang, Số: 247/BC-UBND, 'Hậu Giang, ngày 18 tháng 12 năm 2023'): sections I/II, 1-3, Nơi nhận.",
    "Distractors: 247/BC-UBND, Kế hoạch số 96/KH-UBND, section numbers I., II., 1.-3., letterhead date, 'Lưu: VT, KT', 'Châu Thành A'.",
    "Flattened '|' table with 'Đơn vị tính: tấn': every numeric cell is a figure; district labels go to location (Tổng cộng row:",
    "the province, the default); subject = indicator + column label; period from column header (scored); 'Ước thực hiện 2023' →",
    "estimate, 'Kế hoạch 2024' → target. 'vượt 4,9% kế hoạch' is a change with baseline 'kế hoạch' (FIGURES.md, result against plan).",
    "Sections 2-3 stand under the heading 'KẾT QUẢ THỰC HIỆN NĂM 2023' (period inherited, not scored); section II under",
    "'PHƯƠNG HƯỚNG NĂM 2024' with 'Phấn đấu' → target, period inherited.",
]

if __name__ == "__main__":
    write("p1347-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Hậu Giang")
