"""p1239-3: formal report (UBND tỉnh Sơn La) on walnut development in 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH SƠN LA
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn La, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả phát triển cây óc chó năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Năm 2023, toàn tỉnh trồng mới 412 ha óc chó, bằng 82,4% kế hoạch, nâng tổng diện tích hiện có lên 3.265 ha. Trong đó, diện tích cho thu hoạch 538 ha; sản lượng hạt tươi ước đạt 430 tấn, tăng 18,5% so với năm 2022.

2. Diện tích óc chó theo huyện
Đơn vị tính: ha
Huyện | Diện tích hiện có | Trồng mới năm 2023 | Cho thu hoạch
Thuận Châu | 1.124 | 136 | 205
Mường La | 876 | 98 | 162
Bắc Yên | 652 | 105 | 94
Sông Mã | 368 | 45 | 51
Các huyện khác | 245 | 28 | 26
Tổng cộng | 3.265 | 412 | 538

3. Tổ chức sản xuất, tiêu thụ
Toàn tỉnh có 14 hợp tác xã và hai doanh nghiệp tham gia liên kết sản xuất, tiêu thụ óc chó với 2.860 hộ. Công ty Cổ phần Nông sản Tây Bắc (tiểu khu 3, thị trấn Thuận Châu) đã đầu tư xưởng sơ chế công suất 500 tấn hạt/năm; trong năm, công ty thu mua 215 tấn hạt tươi, chiếm 50% sản lượng toàn tỉnh.

II. TỒN TẠI, HẠN CHẾ
Tỷ lệ cây sống ở một số diện tích trồng năm 2021 chỉ đạt 55-60%; khoảng 120 ha sinh trưởng kém, cần trồng dặm, thay thế.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu trồng mới 500 ha, đưa tổng diện tích óc chó toàn tỉnh lên khoảng 3.750 ha; sản lượng hạt tươi đạt trên 520 tấn.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COL23 = P("Trồng mới năm 2023", "2023-01-01", "2023-12-31")
TRONG_NAM = P("trong năm", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
TC = "Thuận Châu"
COLS = {"Diện tích hiện có": "diện tích óc chó hiện có",
        "Trồng mới năm 2023": "diện tích óc chó trồng mới năm 2023",
        "Cho thu hoạch": "diện tích óc chó cho thu hoạch"}
PLACES = {"Thuận Châu", "Mường La", "Bắc Yên", "Sông Mã"}


def cell(anchor, number, value, row, col):
    subj = COLS[col] if row in PLACES else f"{COLS[col]} {row.lower()}"
    loc = row if row in PLACES else "Sơn La"
    per = COL23 if col.startswith("Trồng mới") else I(Y23)
    return F(anchor, number, value, "measure", "ha", subject=subj, period=per, location=loc)


FIGS = [
    F("trồng mới 412 ha", "412", 412, "measure", "ha", percent=82.4,
      subject="diện tích óc chó trồng mới", period=Y23),
    F("lên 3.265 ha", "3.265", 3265, "measure", "ha", subject="tổng diện tích óc chó hiện có", period=Y23),
    F("thu hoạch 538 ha", "538", 538, "measure", "ha", total=3265,
      subject="diện tích óc chó cho thu hoạch", period=I(Y23)),
    F("ước đạt 430 tấn", "430", 430, "measure", "tấn", status="estimate",
      change=C("increase", 18.5, "%", "năm 2022"), subject="sản lượng hạt óc chó tươi", period=I(Y23)),
    cell("Thuận Châu | 1.124", "1.124", 1124, "Thuận Châu", "Diện tích hiện có"),
    cell("1.124 | 136", "136", 136, "Thuận Châu", "Trồng mới năm 2023"),
    cell("136 | 205", "205", 205, "Thuận Châu", "Cho thu hoạch"),
    cell("Mường La | 876", "876", 876, "Mường La", "Diện tích hiện có"),
    cell("876 | 98", "98", 98, "Mường La", "Trồng mới năm 2023"),
    cell("98 | 162", "162", 162, "Mường La", "Cho thu hoạch"),
    cell("Bắc Yên | 652", "652", 652, "Bắc Yên", "Diện tích hiện có"),
    cell("652 | 105", "105", 105, "Bắc Yên", "Trồng mới năm 2023"),
    cell("105 | 94", "94", 94, "Bắc Yên", "Cho thu hoạch"),
    cell("Sông Mã | 368", "368", 368, "Sông Mã", "Diện tích hiện có"),
    cell("368 | 45", "45", 45, "Sông Mã", "Trồng mới năm 2023"),
    cell("45 | 51", "51", 51, "Sông Mã", "Cho thu hoạch"),
    cell("khác | 245", "245", 245, "Các huyện khác", "Diện tích hiện có"),
    cell("245 | 28", "28", 28, "Các huyện khác", "Trồng mới năm 2023"),
    cell("28 | 26", "26", 26, "Các huyện khác", "Cho thu hoạch"),
    cell("Tổng cộng | 3.265", "3.265", 3265, "Tổng cộng", "Diện tích hiện có"),
    cell("3.265 | 412", "412", 412, "Tổng cộng", "Trồng mới năm 2023"),
    cell("412 | 538", "538", 538, "Tổng cộng", "Cho thu hoạch"),
    F("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã",
      subject="hợp tác xã tham gia liên kết sản xuất, tiêu thụ óc chó", period=I(Y23)),
    F("và hai doanh nghiệp", "hai", 2, "count", "doanh nghiệp",
      subject="doanh nghiệp tham gia liên kết sản xuất, tiêu thụ óc chó", period=I(Y23)),
    F("với 2.860 hộ", "2.860", 2860, "count", "hộ", subject="hộ tham gia liên kết sản xuất, tiêu thụ óc chó",
      period=I(Y23)),
    F("công suất 500 tấn", "500", 500, "measure", "tấn/năm",
      subject="công suất xưởng sơ chế của Công ty Cổ phần Nông sản Tây Bắc", location=TC),
    F("thu mua 215 tấn", "215", 215, "measure", "tấn", percent=50,
      subject="hạt óc chó tươi công ty thu mua", period=TRONG_NAM, location=TC),
    F("đạt 55-60%", "55", 55, "percent", "%", value_max=60,
      subject="tỷ lệ cây sống ở một số diện tích trồng năm 2021", period=I(Y23)),
    F("khoảng 120 ha", "120", 120, "measure", "ha", approx="about",
      subject="diện tích óc chó sinh trưởng kém cần trồng dặm, thay thế", period=I(Y23)),
    F("trồng mới 500 ha", "500", 500, "measure", "ha", status="target",
      subject="diện tích óc chó trồng mới", period=Y24),
    F("khoảng 3.750 ha", "3.750", 3750, "measure", "ha", approx="about", status="target",
      subject="tổng diện tích óc chó toàn tỉnh", period=Y24),
    F("trên 520 tấn", "520", 520, "measure", "tấn", approx="over", status="target",
      subject="sản lượng hạt óc chó tươi", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH SƠN LA', 'Số: 318/BC-UBND', 'Sơn La, ngày 20 tháng 12 năm 2023' (published).",
    "Flattened '|' table, 'Đơn vị tính: ha', rows are districts (→ location, not subject), 'Các huyện khác' and 'Tổng cộng' rows stay Sơn La",
    "with the row label in the subject. Column 'Trồng mới năm 2023' gives a scored period; the other columns inherit 'năm 2023' (title/section).",
    "Table cells get no totals (the 'Tổng cộng' row is its own figures). Sums: 3.265 / 412 / 538 add up.",
    "Distractors: 'Số: 318/BC-UBND', 'tiểu khu 3', section numbers I.-III., 1.-3., 'năm 2021' (planting cohort, not a figure), 'Nơi nhận'.",
    "'hai doanh nghiệp' is a number word. 'trong năm' in an annual report = 2023. The company (thị trấn Thuận Châu) → location Thuận Châu.",
    "revised after the first run: unit of 'công suất 500 tấn hạt/năm' 'tấn hạt/năm' → 'tấn/năm' (measure unit is the measure word,",
    "as for '1,2 tấn hạt khô' → 'tấn' elsewhere in this set; the material 'hạt' belongs to the subject).",
    "538 ha follows 'Trong đó' after 3.265 ha: total. 430 tấn: 'ước đạt' → estimate, change 18,5%. Section III heading gives the target year (inherited).",
]

if __name__ == "__main__":
    write("p1239-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Sơn La")
