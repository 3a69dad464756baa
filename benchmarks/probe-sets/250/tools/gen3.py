from lib import F, P, I, C, T, build

TEXT = """TÒA ÁN NHÂN DÂN
TỈNH NINH BÌNH
Số: 118/BC-TA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác giải quyết, xét xử các loại vụ việc năm 2024

I. KẾT QUẢ CHUNG
Từ ngày 01/10/2023 đến ngày 30/9/2024, Tòa án nhân dân hai cấp tỉnh Ninh Bình đã thụ lý 6.482 vụ, việc các loại, tăng 9,4% so với năm 2023; đã giải quyết 6.127 vụ, việc, đạt tỷ lệ 94,5% (chỉ tiêu Quốc hội giao là 90%). Số vụ, việc còn lại là 355, không có vụ việc nào quá hạn luật định do nguyên nhân chủ quan.
1. Án hình sự: thụ lý 1.236 vụ/2.105 bị cáo; đã giải quyết 1.198 vụ (đạt 96,9%) với 2.031 bị cáo. Tổ chức 64 phiên tòa xét xử lưu động và 152 phiên tòa rút kinh nghiệm.
2. Án dân sự, hôn nhân và gia đình, kinh doanh thương mại, lao động: thụ lý 5.108 vụ, việc; đã giải quyết 4.822 vụ, việc, đạt 94,4%; hòa giải thành 2.975 vụ, việc, chiếm 61,7% số đã giải quyết.
3. Án hành chính: thụ lý 138 vụ, đã giải quyết 107 vụ, đạt 77,5% (chỉ tiêu trên 60%).
Tỷ lệ bản án, quyết định bị hủy do nguyên nhân chủ quan là 0,41% (chỉ tiêu không quá 1,16%); bị sửa do nguyên nhân chủ quan là 0,87%.

II. KẾT QUẢ GIẢI QUYẾT CỦA TÒA ÁN CẤP HUYỆN
Đơn vị tính: vụ, việc
Đơn vị | Thụ lý | Giải quyết | Tỷ lệ (%)
TAND thành phố Ninh Bình | 1.524 | 1.431 | 93,9
TAND thành phố Tam Điệp | 612 | 589 | 96,2
TAND huyện Kim Sơn | 1.187 | 1.116 | 94,0
TAND huyện Nho Quan | 903 | 861 | 95,3
TAND huyện Yên Khánh | 846 | 790 | 93,4

Nơi nhận:
- TAND tối cao (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, VP.
CHÁNH ÁN
Đinh Văn Tuấn
"""

R = P("Từ ngày 01/10/2023 đến ngày 30/9/2024", "2023-10-01", "2024-09-30")
Ri = I(R)

rows = [("TAND thành phố Ninh Bình", "Ninh Bình", "1.524", 1524, "1.431", 1431, "93,9", 93.9),
        ("TAND thành phố Tam Điệp", "Tam Điệp", "612", 612, "589", 589, "96,2", 96.2),
        ("TAND huyện Kim Sơn", "Kim Sơn", "1.187", 1187, "1.116", 1116, "94,0", 94.0),
        ("TAND huyện Nho Quan", "Nho Quan", "903", 903, "861", 861, "95,3", 95.3),
        ("TAND huyện Yên Khánh", "Yên Khánh", "846", 846, "790", 790, "93,4", 93.4)]

FIGS = [
    F("thụ lý 6.482 vụ", "6.482", 6482, "count", "vụ, việc", "vụ, việc các loại thụ lý",
      change=C("increase", 9.4, "%", "năm 2023"), period=R),
    F("giải quyết 6.127 vụ", "6.127", 6127, "count", "vụ, việc", "vụ, việc các loại đã giải quyết",
      percent=94.5, target=T(90, "%", True), period=R),
    F("còn lại là 355", "355", 355, "count", "vụ, việc", "số vụ, việc còn lại", period=Ri),
    F("thụ lý 1.236 vụ", "1.236", 1236, "count", "vụ", "án hình sự thụ lý", period=Ri),
    F("vụ/2.105 bị cáo", "2.105", 2105, "count", "bị cáo", "bị cáo trong án hình sự thụ lý", period=Ri),
    F("giải quyết 1.198 vụ", "1.198", 1198, "count", "vụ", "án hình sự đã giải quyết", percent=96.9, period=Ri),
    F("với 2.031 bị cáo", "2.031", 2031, "count", "bị cáo", "bị cáo trong án hình sự đã giải quyết", period=Ri),
    F("Tổ chức 64 phiên", "64", 64, "count", "phiên tòa", "phiên tòa xét xử lưu động", period=Ri),
    F("và 152 phiên", "152", 152, "count", "phiên tòa", "phiên tòa rút kinh nghiệm", period=Ri),
    F("thụ lý 5.108 vụ", "5.108", 5108, "count", "vụ, việc",
      "án dân sự, hôn nhân và gia đình, kinh doanh thương mại, lao động thụ lý", period=Ri),
    F("giải quyết 4.822 vụ", "4.822", 4822, "count", "vụ, việc",
      "án dân sự, hôn nhân và gia đình, kinh doanh thương mại, lao động đã giải quyết", percent=94.4, period=Ri),
    F("hòa giải thành 2.975 vụ", "2.975", 2975, "count", "vụ, việc", "vụ, việc hòa giải thành", percent=61.7,
      period=Ri),
    F("thụ lý 138 vụ", "138", 138, "count", "vụ", "án hành chính thụ lý", period=Ri),
    F("giải quyết 107 vụ", "107", 107, "count", "vụ", "án hành chính đã giải quyết", percent=77.5,
      target=T(60, "%", True), period=Ri),
    F("chủ quan là 0,41%", "0,41", 0.41, "percent", "%",
      "tỷ lệ bản án, quyết định bị hủy do nguyên nhân chủ quan", target=T(1.16, "%", True), period=Ri),
    F("chủ quan là 0,87%", "0,87", 0.87, "percent", "%",
      "tỷ lệ bản án, quyết định bị sửa do nguyên nhân chủ quan", period=Ri),
]
for label, loc, a, av, b, bv, c, cv in rows:
    FIGS += [
        F(f"{label} | {a} |", a, av, "count", "vụ, việc", "TAND thụ lý", period=Ri,
          location=loc),
        F(f"| {a} | {b} |", b, bv, "count", "vụ, việc", "TAND giải quyết", period=Ri,
          location=loc),
        F(f"| {b} | {c}\n", c, cv, "percent", "%", "TAND tỷ lệ", period=Ri,
          location=loc),
    ]

COMMENTS = [
    "Formal report with letterhead (TAND tỉnh Ninh Bình, 'Số: 118/BC-TA'); the place-and-date line 'Ninh Bình, ngày 14 tháng 10 năm 2024' is its date.",
    "The court's work year: 'Từ ngày 01/10/2023 đến ngày 30/9/2024' stands in the first sentence (scored there, 2023-10-01..2024-09-30); all other figures inherit it.",
    "Distractors: document number, section numbers I./II./1./2./3., 'năm 2024' in the title, 'Lưu: VT, VP', signer, 'b/c'.",
    "'N vụ/M bị cáo' = two counts in different units, no total. '1.198 vụ (đạt 96,9%) với 2.031 bị cáo' -> percent of 1.198.",
    "'chiếm 61,7% số đã giải quyết' -> percent attribute of 2.975 (the whole is named, not numbered: no total). '0,41% (chỉ tiêu không quá 1,16%)' -> target 1.16.",
    "Flattened '|' table with 'Đơn vị tính: vụ, việc' and a '(%)' column: every numeric cell a figure; the court's district/city is the location; no totals for cells.",
    "Table subjects follow FIGURES.md literally: row label without its place (which goes to location) + column label: 'TAND thụ lý', 'TAND giải quyết', 'TAND tỷ lệ'.",
]

if __name__ == "__main__":
    build("p250-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Ninh Bình")
