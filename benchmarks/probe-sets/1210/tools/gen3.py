"""p1210-3: formal report (UBND tỉnh Điện Biên), konjac under forest canopy 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 26/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả phát triển cây khoai nưa dưới tán rừng năm 2023

Thực hiện Kế hoạch số 1358/KH-UBND ngày 25/4/2022 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Năm 2023, toàn tỉnh trồng mới 760 ha khoai nưa dưới tán rừng, đạt 95% kế hoạch (kế hoạch 800 ha), nâng tổng diện tích lên 3.070 ha. Diện tích cho thu hoạch 981 ha, sản lượng ước đạt 19.600 tấn củ tươi, giá trị khoảng 147 tỷ đồng.

Đơn vị tính: ha
Huyện | Diện tích đến 31/12/2023 | Trồng mới năm 2023 | Thu hoạch năm 2023
Mường Nhé | 1.245 | 310 | 402
Nậm Pồ | 986 | 245 | 318
Tủa Chùa | 527 | 120 | 165
Điện Biên Đông | 312 | 85 | 96
Tổng số | 3.070 | 760 | 981

2. Hộ tham gia và thu nhập
Có 2.850 hộ tham gia trồng khoai nưa, trong đó 2.390 hộ đồng bào Mông, chiếm 83,9%. Thu nhập bình quân từ khoai nưa đạt 45 triệu đồng/hộ/năm, cao hơn 12% so với năm 2022.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu trồng mới 900 ha, đưa tổng diện tích lên trên 3.900 ha; thu hút thêm khoảng 500 hộ tham gia; xây dựng 02 cơ sở sơ chế tại Mường Nhé và Nậm Pồ.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TITLE23 = per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {
    "Diện tích đến 31/12/2023": per("Diện tích đến 31/12/2023", None, "2023-12-31"),
    "Trồng mới năm 2023": per("Trồng mới năm 2023", "2023-01-01", "2023-12-31"),
    "Thu hoạch năm 2023": per("Thu hoạch năm 2023", "2023-01-01", "2023-12-31"),
}
SUBJ = {
    "Diện tích đến 31/12/2023": "diện tích khoai nưa dưới tán rừng đến 31/12/2023",
    "Trồng mới năm 2023": "diện tích khoai nưa trồng mới năm 2023",
    "Thu hoạch năm 2023": "diện tích khoai nưa thu hoạch năm 2023",
}


def cell(anchor, number, value, row, col):
    loc = None if row == "Tổng số" else row
    subj = SUBJ[col] if loc else "tổng số " + SUBJ[col]
    kw = {"location": loc} if loc else {}
    return fig(anchor, number, value, "measure", "ha", subject=subj, period=COLS[col], **kw)


C1, C2, C3 = COLS
FIGS = [
    fig("mới 760 ha", "760", 760, "measure", "ha", percent=95, target=tgt(800, "ha"),
        subject="diện tích khoai nưa dưới tán rừng trồng mới", period=Y23),
    fig("lên 3.070 ha", "3.070", 3070, "measure", "ha",
        subject="tổng diện tích khoai nưa dưới tán rừng", period=Y23),
    fig("hoạch 981 ha", "981", 981, "measure", "ha", subject="diện tích khoai nưa cho thu hoạch", period=inh(Y23)),
    fig("19.600 tấn", "19.600", 19600, "measure", "tấn", status="estimate",
        subject="sản lượng khoai nưa củ tươi", period=inh(Y23)),
    fig("khoảng 147 tỷ", "147", 147000000000, "money", "đồng", approx="about", status="estimate",
        subject="giá trị sản lượng khoai nưa", period=inh(Y23)),
    cell("Nhé | 1.245", "1.245", 1245, "Mường Nhé", C1),
    cell("1.245 | 310", "310", 310, "Mường Nhé", C2),
    cell("310 | 402", "402", 402, "Mường Nhé", C3),
    cell("Pồ | 986", "986", 986, "Nậm Pồ", C1),
    cell("986 | 245", "245", 245, "Nậm Pồ", C2),
    cell("245 | 318", "318", 318, "Nậm Pồ", C3),
    cell("Chùa | 527", "527", 527, "Tủa Chùa", C1),
    cell("527 | 120", "120", 120, "Tủa Chùa", C2),
    cell("120 | 165", "165", 165, "Tủa Chùa", C3),
    cell("Đông | 312", "312", 312, "Điện Biên Đông", C1),
    cell("312 | 85", "85", 85, "Điện Biên Đông", C2),
    cell("85 | 96", "96", 96, "Điện Biên Đông", C3),
    cell("Tổng số | 3.070", "3.070", 3070, "Tổng số", C1),
    cell("3.070 | 760", "760", 760, "Tổng số", C2),
    cell("760 | 981", "981", 981, "Tổng số", C3),
    fig("Có 2.850 hộ", "2.850", 2850, "count", "hộ", subject="hộ tham gia trồng khoai nưa", period=TITLE23),
    fig("2.390 hộ", "2.390", 2390, "count", "hộ", total=2850, percent=83.9,
        subject="hộ đồng bào Mông tham gia trồng khoai nưa", period=TITLE23),
    fig("đạt 45 triệu", "45", 45000000, "money", "đồng/hộ/năm",
        change=chg("increase", 12, "%", "năm 2022"), subject="thu nhập bình quân từ khoai nưa", period=TITLE23),
    fig("trồng mới 900 ha", "900", 900, "measure", "ha", status="target",
        subject="diện tích khoai nưa trồng mới", period=Y24),
    fig("trên 3.900 ha", "3.900", 3900, "measure", "ha", approx="over", status="target",
        subject="tổng diện tích khoai nưa", period=Y24),
    fig("khoảng 500 hộ", "500", 500, "count", "hộ", approx="about", status="target",
        subject="hộ tham gia trồng khoai nưa thu hút thêm", period=Y24),
    fig("02 cơ sở", "02", 2, "count", "cơ sở sơ chế", status="target",
        subject="cơ sở sơ chế khoai nưa xây dựng", period=Y24),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH ĐIỆN BIÊN, 'Số: 26/BC-UBND', 'Điện Biên, ngày 18 tháng 01 năm 2024' (published).",
    "Distractors: Số: 26/BC-UBND, 'Kế hoạch số 1358/KH-UBND ngày 25/4/2022', section numbers I./II./1./2., 'Lưu: VT, KT'.",
    "'đạt 95% kế hoạch (kế hoạch 800 ha)' → percent 95 and target 800 ha on the 760 ha. Table: flattened '|', 'Đơn vị tính: ha',",
    "row labels are districts (location), subject = column label + crop; periods from the column headers (scored). Table cells get no total.",
    "Section 2 figures: period from the report title 'năm 2023' (inherited). 2.390 of 2.850 ('trong đó'), share 83,9%.",
    "Section II targets: period from the heading 'PHƯƠNG HƯỚNG NĂM 2024' (inherited); '02 cơ sở' = 2.",
]

if __name__ == "__main__":
    write("p1210-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Điện Biên")
