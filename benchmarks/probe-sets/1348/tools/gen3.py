"""p1348-3: formal report (UBND tỉnh Bắc Ninh, Số: 27/BC-UBND): household e-waste 2023, flattened '|' table by place."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BẮC NINH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả thu gom, xử lý chất thải điện tử từ hộ gia đình năm 2023

I. KẾT QUẢ NĂM 2023
1. Thu gom
Năm 2023, toàn tỉnh thu gom được 86,4 tấn pin, ắc quy và thiết bị điện, điện tử thải bỏ từ hộ gia đình, tăng 21,5% so với năm 2022, đạt 108% kế hoạch. Có 8/8 huyện, thị xã, thành phố bố trí điểm thu gom cố định với tổng số 312 điểm.

Khối lượng thu gom theo địa phương
Đơn vị tính: tấn
Địa phương | Năm 2022 | Năm 2023 | Kế hoạch 2024
TP Bắc Ninh | 24,6 | 31,2 | 34
TP Từ Sơn | 18,3 | 22,7 | 25
Huyện Yên Phong | 9,8 | 12,1 | 14
Các địa phương còn lại | 18,4 | 20,4 | 23
Tổng cộng | 71,1 | 86,4 | 96

2. Xử lý
Toàn bộ khối lượng thu gom được chuyển giao cho 3 đơn vị có giấy phép xử lý chất thải nguy hại, trong đó Công ty TNHH Tái chế Kinh Bắc tiếp nhận khoảng 70%. Chi phí thu gom, vận chuyển và xử lý năm 2023 là 1,94 tỷ đồng, bình quân 22,5 triệu đồng/tấn.

II. NHIỆM VỤ NĂM 2024
Năm 2024, phấn đấu thu gom 96 tấn; nâng số điểm thu gom lên trên 350 điểm; 100% trường trung học cơ sở tổ chức ít nhất một đợt thu gom pin cũ; thực hiện Nghị định số 08/2022/NĐ-CP và Thông tư số 02/2022/TT-BTNMT.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, TNMT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hòa
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
COLS = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("kế hoạch 2024", K24, "target")]

ROWS = [  # label in the table, location or None, subject part
    ("TP Bắc Ninh", "Bắc Ninh", "", ["24,6", "31,2", "34"]),
    ("TP Từ Sơn", "Từ Sơn", "", ["18,3", "22,7", "25"]),
    ("Huyện Yên Phong", "Yên Phong", "", ["9,8", "12,1", "14"]),
    ("Các địa phương còn lại", None, " các địa phương còn lại", ["18,4", "20,4", "23"]),
    ("Tổng cộng", None, " tổng cộng", ["71,1", "86,4", "96"]),
]

CELLS = []
for label, loc, part, nums in ROWS:
    prev = label.split()[-1]
    for (col, per, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if loc:
            kw["location"] = loc
        CELLS.append(F(f"{prev} | {n}", n, float(n.replace(",", ".")), "measure", "tấn",
                       subject=f"khối lượng thu gom{part} {col}", period=per, **kw))
        prev = n

FIGS = [
    F("được 86,4 tấn", "86,4", 86.4, "measure", "tấn", percent=108,
      change=C("increase", 21.5, "%", "năm 2022"),
      subject="pin, ắc quy và thiết bị điện, điện tử thải bỏ từ hộ gia đình toàn tỉnh thu gom", period=Y23),
    F("Có 8/8 huyện", "8", 8, "count", "huyện, thị xã, thành phố", total=8,
      subject="huyện, thị xã, thành phố bố trí điểm thu gom cố định", period=I(Y23)),
    F("tổng số 312 điểm", "312", 312, "count", "điểm",
      subject="điểm thu gom cố định", period=I(Y23)),
] + CELLS + [
    F("cho 3 đơn vị", "3", 3, "count", "đơn vị",
      subject="đơn vị có giấy phép xử lý chất thải nguy hại tiếp nhận khối lượng thu gom", period=I(Y23)),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ khối lượng thu gom Công ty TNHH Tái chế Kinh Bắc tiếp nhận", period=I(Y23)),
    F("là 1,94 tỷ", "1,94", 1.94e9, "money", "đồng",
      subject="chi phí thu gom, vận chuyển và xử lý", period=Y23b),
    F("quân 22,5 triệu", "22,5", 22.5e6, "money", "đồng/tấn",
      subject="chi phí thu gom, vận chuyển và xử lý bình quân", period=Y23b),
    F("thu gom 96 tấn", "96", 96, "measure", "tấn", status="target",
      subject="khối lượng thu gom", period=Y24),
    F("trên 350 điểm", "350", 350, "count", "điểm", approx="over", status="target",
      subject="số điểm thu gom", period=Y24),
    F("100% trường", "100", 100, "percent", "%", status="target",
      subject="trường trung học cơ sở tổ chức thu gom pin cũ", period=Y24),
    F("ít nhất một đợt", "một", 1, "count", "đợt", approx="at_least", status="target",
      subject="đợt thu gom pin cũ mỗi trường trung học cơ sở tổ chức", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC NINH', 'Số: 27/BC-UBND', 'Bắc Ninh, ngày 18 tháng 01 năm 2024' (published), sections I/II and 1-2,",
    "'Nơi nhận', signature. Distractors: the document number, the letterhead date, section numbers, Nghị định số 08/2022/NĐ-CP,",
    "Thông tư số 02/2022/TT-BTNMT, 'năm 2022' as a baseline.",
    "'đạt 108% kế hoạch' is the share of 86,4 tấn (percent attribute); 'tăng 21,5% so với năm 2022' its change.",
    "'8/8 huyện, thị xã, thành phố' → 8 of 8. The sentence has no period: 'Năm 2023' of the previous sentence is inherited.",
    "Flattened '|' table, 'Đơn vị tính: tấn'; rows are places → location (TP Bắc Ninh is the city, same name as the province),",
    "'Các địa phương còn lại' and 'Tổng cộng' stay Bắc Ninh; subject = caption + row (non-place) + column; period from column header;",
    "'Kế hoạch 2024' column → target. Cells get no total.",
    "'trong đó Công ty … tiếp nhận khoảng 70%' is a percent figure of its own. 'bình quân 22,5 triệu đồng/tấn' a rate (đồng/tấn).",
    "Section II: 'Năm 2024, phấn đấu …' governs the whole ';' chain → target; 'ít nhất một đợt' = at least 1 đợt.",
]

if __name__ == "__main__":
    write("p1348-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Bắc Ninh")
