"""p919-3: formal report UBND tỉnh Hải Dương, shallot/garlic winter crop 2023, flattened | table."""
from lib import P, I, C, fig, build

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả sản xuất hành, tỏi vụ đông năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ SẢN XUẤT VỤ ĐÔNG NĂM 2023
1. Diện tích, năng suất, sản lượng
Vụ đông năm 2023, toàn tỉnh gieo trồng 2.848 ha hành, tỏi, đạt 94,9% kế hoạch, giảm 3,2% so với vụ đông năm 2022.

Bảng 1. Diện tích hành, tỏi vụ đông năm 2023 phân theo địa phương
Đơn vị tính: ha
STT | Địa phương | Hành | Tỏi | Tổng
1 | Kinh Môn | 1.125 | 642 | 1.767
2 | Nam Sách | 318 | 96 | 414
3 | Kim Thành | 205 | 88 | 293
4 | Chí Linh | 132 | 54 | 186
5 | Địa phương khác | 141 | 47 | 188
 | Tổng cộng | 1.921 | 927 | 2.848

Năng suất hành bình quân đạt 168 tạ/ha, tỏi đạt 85 tạ/ha; tổng sản lượng ước đạt 40.150 tấn, trong đó hành 32.270 tấn, tỏi 7.880 tấn.

2. Tiêu thụ sản phẩm
Giá hành khô bình quân 14.500 đồng/kg, tỏi khô 38.000 đồng/kg, giảm lần lượt 9% và 5% so với cùng kỳ. Toàn tỉnh có 12 hợp tác xã liên kết bao tiêu 5.600 tấn, chiếm 13,9% tổng sản lượng; xuất khẩu khoảng 3.200 tấn sang Nhật Bản, Hàn Quốc.

II. KẾ HOẠCH NĂM 2024
Phấn đấu vụ đông năm 2024 gieo trồng 3.000 ha hành, tỏi; hình thành 5 vùng sản xuất tập trung quy mô từ 30 ha trở lên. Dự kiến kinh phí hỗ trợ khoảng 4,5 tỷ đồng theo Nghị quyết số 09/2022/NQ-HĐND.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

W23 = P("Vụ đông năm 2023", "2023-01-01", "2023-12-31")
TABLE = P("vụ đông năm 2023", "2023-01-01", "2023-12-31", inh=True)
W24 = P("vụ đông năm 2024", "2024-01-01", "2024-12-31")
PLAN24 = P("KẾ HOẠCH NĂM 2024", "2024-01-01", "2024-12-31", inh=True)

ROWS = [  # (label, location, hành, tỏi, tổng) with anchors chosen to be unique
    ("Kinh Môn", "Kinh Môn", ("Kinh Môn | 1.125", "1.125", 1125), ("1.125 | 642", "642", 642), ("642 | 1.767", "1.767", 1767)),
    ("Nam Sách", "Nam Sách", ("Nam Sách | 318", "318", 318), ("318 | 96", "96", 96), ("96 | 414", "414", 414)),
    ("Kim Thành", "Kim Thành", ("Kim Thành | 205", "205", 205), ("205 | 88", "88", 88), ("88 | 293", "293", 293)),
    ("Chí Linh", "Chí Linh", ("Chí Linh | 132", "132", 132), ("132 | 54", "54", 54), ("54 | 186", "186", 186)),
    ("Địa phương khác", "Hải Dương", ("khác | 141", "141", 141), ("141 | 47", "47", 47), ("47 | 188", "188", 188)),
    ("Tổng cộng", "Hải Dương", ("cộng | 1.921", "1.921", 1921), ("1.921 | 927", "927", 927), ("927 | 2.848", "2.848", 2848)),
]

FIGS = [
    fig("gieo trồng 2.848 ha", "2.848", 2848, "measure", "ha", "diện tích hành, tỏi gieo trồng", W23,
        percent=94.9, change=C("decrease", 3.2, "%", "vụ đông năm 2022")),
]
for label, loc, h, t, s in ROWS:
    pre = "" if label not in ("Địa phương khác", "Tổng cộng") else label.lower() + " "
    FIGS.append(fig(h[0], h[1], h[2], "measure", "ha", pre + "diện tích hành", TABLE, location=loc))
    FIGS.append(fig(t[0], t[1], t[2], "measure", "ha", pre + "diện tích tỏi", TABLE, location=loc))
    spre = "" if label == "Tổng cộng" else pre
    FIGS.append(fig(s[0], s[1], s[2], "measure", "ha", spre + "tổng diện tích hành, tỏi", TABLE, location=loc))

FIGS += [
    fig("đạt 168 tạ/ha", "168", 168, "measure", "tạ/ha", "năng suất hành bình quân", I(W23)),
    fig("đạt 85 tạ/ha", "85", 85, "measure", "tạ/ha", "năng suất tỏi", I(W23)),
    fig("ước đạt 40.150 tấn", "40.150", 40150, "measure", "tấn", "tổng sản lượng hành, tỏi", I(W23),
        status="estimate"),
    fig("hành 32.270 tấn", "32.270", 32270, "measure", "tấn", "sản lượng hành", I(W23), total=40150,
        status="estimate"),
    fig("tỏi 7.880 tấn", "7.880", 7880, "measure", "tấn", "sản lượng tỏi", I(W23), total=40150,
        status="estimate"),
    fig("bình quân 14.500 đồng/kg", "14.500", 14500, "money", "đồng/kg", "giá hành khô bình quân", I(W23),
        change=C("decrease", 9, "%", "cùng kỳ")),
    fig("tỏi khô 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá tỏi khô bình quân", I(W23),
        change=C("decrease", 5, "%", "cùng kỳ")),
    fig("có 12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã liên kết bao tiêu hành, tỏi",
        I(W23)),
    fig("bao tiêu 5.600 tấn", "5.600", 5600, "measure", "tấn", "hành, tỏi được hợp tác xã liên kết bao tiêu",
        I(W23), percent=13.9),
    fig("khoảng 3.200 tấn", "3.200", 3200, "measure", "tấn", "hành, tỏi xuất khẩu", I(W23), approx="about"),
    fig("gieo trồng 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích hành, tỏi gieo trồng", W24,
        status="target"),
    fig("hình thành 5 vùng", "5", 5, "count", "vùng", "vùng sản xuất hành, tỏi tập trung", W24,
        status="target"),
    fig("từ 30 ha trở lên", "30", 30, "measure", "ha", "quy mô vùng sản xuất tập trung", W24,
        approx="at_least", status="target", optional=True),
    fig("khoảng 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "kinh phí hỗ trợ sản xuất hành, tỏi", PLAN24,
        approx="about", status="forecast"),
]

NOTES = [
    "Formal report UBND tỉnh Hải Dương 'Số: 27/BC-UBND', dated 'Hải Dương, ngày 15 tháng 01 năm 2024' (published).",
    "Flattened table: 'Đơn vị tính: ha'; place rows give location (Kinh Môn, Nam Sách, Kim Thành, Chí Linh);",
    "'Địa phương khác' and 'Tổng cộng' rows stay Hải Dương. Table period from the title line above it (inherited).",
    "Table cells carry no total (the Tổng cộng row is its own figure). STT 1-5, section numbers I./II./1./2.,",
    "'Số: 27/BC-UBND', 'Nghị quyết số 09/2022/NQ-HĐND' are not figures.",
    "'giảm lần lượt 9% và 5%' distributes one change to each price. 'từ 30 ha trở lên' (category threshold) optional.",
]

build(3, TEXT, FIGS, published="2024-01-15", location="Hải Dương", notes=NOTES)
