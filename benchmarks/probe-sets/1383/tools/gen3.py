"""p1383-3: formal report (UBND tỉnh Đắk Nông, Số: 287/BC-UBND): cashew area 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐẮK NÔNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Nông, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả phát triển cây điều năm 2023 và nhiệm vụ năm 2024

Thực hiện Quyết định số 1520/QĐ-UBND ngày 20/9/2021 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ NĂM 2023
1. Diện tích, sản lượng
Năm 2023, tổng diện tích điều toàn tỉnh ước đạt 18.420 ha, giảm 3,4% so với năm 2022 do chuyển đổi sang sầu riêng, cà phê; trong đó diện tích điều kinh doanh 16.950 ha. Sản lượng ước đạt 22.100 tấn, năng suất bình quân 1,3 tấn/ha.

2. Diện tích điều theo địa phương
Đơn vị tính: ha
Địa phương | Năm 2022 | Ước TH năm 2023 | Kế hoạch 2024
Huyện Đắk R'lấp | 5.230 | 4.980 | 4.900
Huyện Tuy Đức | 4.615 | 4.470 | 4.400
Huyện Cư Jút | 3.120 | 3.055 | 3.000
Các huyện, thành phố còn lại | 6.100 | 5.915 | 5.800
Tổng cộng | 19.065 | 18.420 | 18.100

3. Chế biến, tiêu thụ
Toàn tỉnh có 27 cơ sở chế biến điều, tổng công suất khoảng 35.000 tấn/năm, giải quyết việc làm cho trên 1.200 lao động; tuy nhiên chỉ 4 cơ sở có dây chuyền chế biến sâu. Giá điều thô bình quân năm 2023 khoảng 29.000 đồng/kg, thấp hơn 12% so với năm 2022.

II. NHIỆM VỤ NĂM 2024
Phấn đấu duy trì diện tích điều khoảng 18.100 ha, sản lượng đạt 23.500 tấn; ghép cải tạo 1.500 ha điều già cỗi; xây dựng ít nhất 2 chuỗi liên kết sản xuất - tiêu thụ điều.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTNMT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
E23 = per("Ước TH năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
T24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Năm 2022": (C22, None), "Ước TH năm 2023": (E23, "estimate"), "Kế hoạch 2024": (K24, "target")}


def cell(anchor, number, place, row, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    subj = f"diện tích điều {row + ' ' if row else ''}{col.lower()}"
    return fig(anchor, number, float(number.replace(".", "")), "measure", "ha", subject=subj, period=p,
               location=place, **kw)


ROWS = [("Đắk R'lấp | ", "Đắk R'lấp", "", ["5.230", "4.980", "4.900"]),
        ("Tuy Đức | ", "Tuy Đức", "", ["4.615", "4.470", "4.400"]),
        ("Cư Jút | ", "Cư Jút", "", ["3.120", "3.055", "3.000"]),
        ("còn lại | ", "Đắk Nông", "các huyện, thành phố còn lại", ["6.100", "5.915", "5.800"]),
        ("Tổng cộng | ", "Đắk Nông", "tổng cộng", ["19.065", "18.420", "18.100"])]
CELLS = []
for lead, place, row, nums in ROWS:
    prev = lead
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}{n}", n, place, row, col))
        prev = f"{n} | "

FIGS = [
    fig("ước đạt 18.420 ha", "18.420", 18420, "measure", "ha", status="estimate",
        change=chg("decrease", 3.4, "%", "năm 2022"), subject="tổng diện tích điều toàn tỉnh", period=Y23),
    fig("kinh doanh 16.950 ha", "16.950", 16950, "measure", "ha", status="estimate", total=18420,
        subject="diện tích điều kinh doanh", period=Y23),
    fig("ước đạt 22.100 tấn", "22.100", 22100, "measure", "tấn", status="estimate",
        subject="sản lượng điều", period=inh(Y23)),
    fig("bình quân 1,3 tấn/ha", "1,3", 1.3, "measure", "tấn/ha", status="estimate",
        subject="năng suất điều bình quân", period=inh(Y23)),
] + CELLS + [
    fig("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở chế biến điều"),
    fig("khoảng 35.000 tấn/năm", "35.000", 35000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất các cơ sở chế biến điều"),
    fig("trên 1.200 lao động", "1.200", 1200, "count", "lao động", approx="over",
        subject="lao động được giải quyết việc làm"),
    fig("chỉ 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở có dây chuyền chế biến sâu"),
    fig("khoảng 29.000 đồng/kg", "29.000", 29000, "money", "đồng/kg", approx="about",
        change=chg("decrease", 12, "%", "năm 2022"), subject="giá điều thô bình quân", period=Y23b),
    fig("khoảng 18.100 ha", "18.100", 18100, "measure", "ha", approx="about", status="target",
        subject="diện tích điều duy trì", period=T24),
    fig("đạt 23.500 tấn", "23.500", 23500, "measure", "tấn", status="target",
        subject="sản lượng điều", period=T24),
    fig("ghép cải tạo 1.500 ha", "1.500", 1500, "measure", "ha", status="target",
        subject="diện tích điều già cỗi ghép cải tạo", period=T24),
    fig("ít nhất 2 chuỗi", "2", 2, "count", "chuỗi", approx="at_least", status="target",
        subject="chuỗi liên kết sản xuất - tiêu thụ điều", period=T24),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐẮK NÔNG', 'Số: 287/BC-UBND', 'Đắk Nông, ngày 15 tháng 12 năm 2023' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số: 287/BC-UBND, Quyết định số 1520/QĐ-UBND ngày 20/9/2021, section numbers, the letterhead date, 'Lưu: VT, NNTNMT'.",
    "'ước đạt 18.420 ha, giảm 3,4% ...; trong đó ... 16.950 ha': the part takes total 18.420 and the whole's estimate status (same ';'-chain).",
    "'Sản lượng ước đạt 22.100 tấn, năng suất bình quân 1,3 tấn/ha': estimate governs both clauses; period 'Năm 2023' from the previous sentence (inherited).",
    "Flattened '|' table, 'Đơn vị tính: ha', a place column: district rows → location (Đắk R'lấp, Tuy Đức, Cư Jút); the rest-of-province row",
    "and 'Tổng cộng' → Đắk Nông. Subject = indicator + row (when not a place) + column. 'Ước TH năm 2023' → estimate, 'Kế hoạch 2024' → target;",
    "periods from the column headers (scored); cells get no total.",
    "'chỉ 4 cơ sở' after '27 cơ sở ...' has no part-of cue (no trong đó/gồm/:): no total.",
    "Section II 'Phấn đấu ...; ...; ...' → target for every clause; period 'NĂM 2024' stands in the heading (inherited).",
]

if __name__ == "__main__":
    write("p1383-3", TEXT, NOTES, FIGS, published="2023-12-15", location="Đắk Nông")
