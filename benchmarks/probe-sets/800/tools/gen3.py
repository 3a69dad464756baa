"""p800-3: formal report (UBND tỉnh An Giang), chili 6 months 2024, flattened | table by district, linkage, tasks."""
from lib import F, P, I, C, write_set

TEXT = """UBND TỈNH AN GIANG
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả sản xuất, liên kết tiêu thụ ớt 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, năng suất, sản lượng
6 tháng đầu năm 2024, toàn tỉnh gieo trồng 2.845 ha ớt, đạt 71,1% kế hoạch năm, tăng 6,2% so với cùng kỳ. Năng suất bình quân ước đạt 17,3 tấn/ha; sản lượng ước đạt 38.400 tấn.

Bảng 1. Diện tích ớt phân theo địa phương 6 tháng đầu năm 2024
Đơn vị tính: ha
Địa phương | Gieo trồng | Thu hoạch | Liên kết tiêu thụ
Chợ Mới | 1.120 | 865 | 410
Tri Tôn | 640 | 512 | 185
Tịnh Biên | 455 | 360 | 120
Châu Phú | 380 | 296 | 95
Các địa phương khác | 250 | 187 | 40
Tổng cộng | 2.845 | 2.220 | 850

2. Liên kết sản xuất, tiêu thụ
Toàn tỉnh có 7 doanh nghiệp, 11 hợp tác xã ký hợp đồng liên kết tiêu thụ ớt với 1.036 hộ, diện tích liên kết 850 ha, chiếm 29,9% diện tích gieo trồng. Giá thu mua theo hợp đồng bình quân 28.000 đồng/kg, thấp hơn giá thị trường khoảng 15%. Các doanh nghiệp đã thu mua 12.430 tấn ớt, trong đó xuất khẩu 7.860 tấn ớt tươi và ớt cấp đông.

3. Tồn tại, hạn chế
Một số diện tích ớt tại huyện Tri Tôn bị bệnh thán thư, khoảng 65 ha bị thiệt hại từ 30 - 70%.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu gieo trồng thêm 1.155 ha, nâng diện tích cả năm lên 4.000 ha; dự kiến sản lượng cả năm đạt khoảng 66.000 tấn.
2. Tiếp tục thực hiện Nghị định số 98/2018/NĐ-CP ngày 05/7/2018 của Chính phủ về chính sách khuyến khích phát triển hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I(H1)
H2i = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)
YEAR = P("cả năm", "2024-01-01", "2024-12-31")

ROWS = [("Chợ Mới", "Chợ Mới", ["1.120", "865", "410"]),
        ("Tri Tôn", "Tri Tôn", ["640", "512", "185"]),
        ("Tịnh Biên", "Tịnh Biên", ["455", "360", "120"]),
        ("Châu Phú", "Châu Phú", ["380", "296", "95"]),
        ("Các địa phương khác", None, ["250", "187", "40"]),
        ("Tổng cộng", None, ["2.845", "2.220", "850"])]
COLS = ["diện tích ớt gieo trồng", "diện tích ớt thu hoạch", "diện tích ớt liên kết tiêu thụ"]


def table_figs():
    out = []
    for label, place, cells in ROWS:
        for j, cell in enumerate(cells):
            if j == 0:
                anchor = f"{label} | {cell} |"
            elif j == 1:
                anchor = f"| {cells[0]} | {cell} |"
            else:
                anchor = f"| {cells[1]} | {cell}\n"
            subject = COLS[j]
            if place is None:
                subject += " " + ("các địa phương khác" if label.startswith("Các") else "tổng cộng")
            extra = {"location": place} if place else {}
            value = float(cell.replace(".", ""))
            out.append(F(anchor, cell, value, "measure", "ha", subject, H1i, **extra))
    return out


FIGS = [
    F("gieo trồng 2.845 ha ớt", "2.845", 2845, "measure", "ha", "diện tích ớt gieo trồng", H1,
      percent=71.1, change=C("increase", 6.2, "%", "cùng kỳ")),
    F("ước đạt 17,3 tấn/ha", "17,3", 17.3, "measure", "tấn/ha", "năng suất ớt bình quân", H1i, status="estimate"),
    F("ước đạt 38.400 tấn", "38.400", 38400, "measure", "tấn", "sản lượng ớt", H1i, status="estimate"),
] + table_figs() + [
    F("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng liên kết tiêu thụ ớt", H1i),
    F("11 hợp tác xã", "11", 11, "count", "hợp tác xã", "hợp tác xã ký hợp đồng liên kết tiêu thụ ớt", H1i),
    F("với 1.036 hộ", "1.036", 1036, "count", "hộ", "hộ liên kết tiêu thụ ớt", H1i),
    F("liên kết 850 ha", "850", 850, "measure", "ha", "diện tích ớt liên kết", H1i, percent=29.9),
    F("bình quân 28.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá thu mua ớt theo hợp đồng bình quân", H1i,
      change=C("decrease", 15, "%", "giá thị trường", "about")),
    F("thu mua 12.430 tấn", "12.430", 12430, "measure", "tấn", "ớt doanh nghiệp thu mua", H1i),
    F("xuất khẩu 7.860 tấn", "7.860", 7860, "measure", "tấn", "ớt tươi và ớt cấp đông xuất khẩu", H1i, total=12430),
    F("khoảng 65 ha", "65", 65, "measure", "ha", "diện tích ớt bị thiệt hại do bệnh thán thư", H1i,
      approx="about", location="Tri Tôn"),
    F("từ 30 - 70%", "30", 30, "percent", "%", "mức thiệt hại diện tích ớt bị bệnh thán thư", H1i,
      value_max=70, location="Tri Tôn"),
    F("thêm 1.155 ha", "1.155", 1155, "measure", "ha", "diện tích ớt gieo trồng thêm", H2i, status="target"),
    F("lên 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích ớt cả năm", YEAR, status="target"),
    F("khoảng 66.000 tấn", "66.000", 66000, "measure", "tấn", "sản lượng ớt cả năm", YEAR,
      approx="about", status="forecast"),
]

NOTES = [
    "Formal report (UBND tỉnh An Giang, Số: 312/BC-UBND): chili 6 months 2024, flattened table by district, linkage, tasks.",
    "Distractors: Số: 312/BC-UBND, date line, section numbers I./II./1./2./3., Bảng 1, Nghị định số 98/2018/NĐ-CP ngày 05/7/2018.",
    "'đạt 71,1% kế hoạch năm' is the percent of 2.845 ha (the plan amount is not stated).",
    "Table: every cell a figure, unit ha from 'Đơn vị tính: ha', district rows give the location, period from the caption",
    "line above the table (another sentence: inherited). No totals for table cells: the Tổng cộng row is a figure of its own.",
    "Section 2 and 3 figures inherit the report period; 'trong đó xuất khẩu 7.860 tấn' is part of 12.430 tấn.",
    "'cả năm' in the tasks = 2024; 1.155 ha inherits the heading '6 THÁNG CUỐI NĂM 2024'.",
]

if __name__ == "__main__":
    write_set(3, TEXT, FIGS, NOTES, published="2024-07-15", location="An Giang")
