"""p1153-3: formal report (UBND tỉnh Bình Định) on book distribution in 2023, flattened '|' table by locality."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 58/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 22 tháng 02 năm 2024

BÁO CÁO
Tình hình hoạt động phát hành xuất bản phẩm năm 2023

I. TÌNH HÌNH CHUNG
Tính đến ngày 31/12/2023, toàn tỉnh có 112 cơ sở phát hành xuất bản phẩm, tăng 8 cơ sở so với năm 2022; gồm 7 doanh nghiệp, 98 hộ kinh doanh và 7 đơn vị sự nghiệp. Mạng lưới phát hành đã phủ đến 11/11 huyện, thị xã, thành phố.

II. KẾT QUẢ THỰC HIỆN
1. Tiêu thụ xuất bản phẩm
Năm 2023, các cơ sở phát hành tiêu thụ 2,61 triệu bản sách, đạt 104,4% kế hoạch; doanh thu đạt 176,5 tỷ đồng, tăng 9,2% so với năm 2022, trong đó sách giáo khoa 98,3 tỷ đồng, chiếm 55,7%.

2. Bản sách tiêu thụ theo địa bàn
Đơn vị tính: nghìn bản
Địa bàn | Năm 2022 | Năm 2023 | Kế hoạch 2024
TP Quy Nhơn | 1.240 | 1.385 | 1.450
Thị xã An Nhơn | 310 | 342 | 360
Thị xã Hoài Nhơn | 285 | 318 | 335
Các huyện còn lại | 520 | 565 | 600
Tổng cộng | 2.355 | 2.610 | 2.745

3. Hội sách, phát triển văn hóa đọc
Trong năm, tỉnh tổ chức 3 hội sách cấp tỉnh và 14 phiên hội sách lưu động tại trường học, thu hút khoảng 62.000 lượt người, doanh thu gần 4,1 tỷ đồng. Giá sách giáo khoa bình quân khoảng 245.000 đồng/bộ, tăng 12% so với năm học trước.

III. NHIỆM VỤ NĂM 2024
Phấn đấu tiêu thụ 2,75 triệu bản sách, doanh thu trên 190 tỷ đồng; 100% cơ sở phát hành chấp hành đúng quy định về nguồn gốc xuất bản phẩm.

Nơi nhận:
- Bộ Thông tin và Truyền thông (b/c);
- Sở TT&TT, Sở Công Thương;
- Lưu: VT, KGVX.
"""

ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
YR = P("Trong năm", "2023-01-01", "2023-12-31")
TASK = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Năm 2022": Y22, "Năm 2023": Y23, "Kế hoạch 2024": K24}
PLACES = {"TP Quy Nhơn": "Quy Nhơn", "Thị xã An Nhơn": "An Nhơn", "Thị xã Hoài Nhơn": "Hoài Nhơn"}


def cell(anchor, number, thousands, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    if row in PLACES:
        kw["location"] = PLACES[row]
        subject = f"bản sách tiêu thụ {col.lower()}"
    else:
        subject = f"bản sách tiêu thụ {row.lower()} {col.lower()}"
    return F(anchor, number, thousands * 1000, "count", "bản", subject=subject, period=COLS[col], **kw)


FIGS = [
    F("có 112 cơ sở", "112", 112, "count", "cơ sở", change=C("increase", 8, "cơ sở", "năm 2022"),
      subject="cơ sở phát hành xuất bản phẩm", period=ASOF),
    F("gồm 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=112,
      subject="doanh nghiệp phát hành xuất bản phẩm", period=ASOF),
    F("98 hộ kinh doanh", "98", 98, "count", "hộ kinh doanh", total=112,
      subject="hộ kinh doanh phát hành xuất bản phẩm", period=ASOF),
    F("và 7 đơn vị", "7", 7, "count", "đơn vị sự nghiệp", total=112,
      subject="đơn vị sự nghiệp phát hành xuất bản phẩm", period=ASOF),
    F("11/11 huyện", "11", 11, "count", "huyện, thị xã, thành phố", total=11,
      subject="huyện, thị xã, thành phố có mạng lưới phát hành", period=I(ASOF)),
    F("tiêu thụ 2,61 triệu", "2,61", 2610000, "count", "bản sách", percent=104.4,
      subject="bản sách các cơ sở phát hành tiêu thụ", period=Y23),
    F("đạt 176,5 tỷ", "176,5", 176500000000, "money", "đồng", change=C("increase", 9.2, "%", "năm 2022"),
      subject="doanh thu phát hành xuất bản phẩm", period=Y23),
    F("98,3 tỷ", "98,3", 98300000000, "money", "đồng", total=176500000000, percent=55.7,
      subject="doanh thu sách giáo khoa", period=Y23),
    cell("Nhơn | 1.240", "1.240", 1240, "TP Quy Nhơn", "Năm 2022"),
    cell("1.240 | 1.385", "1.385", 1385, "TP Quy Nhơn", "Năm 2023"),
    cell("1.385 | 1.450", "1.450", 1450, "TP Quy Nhơn", "Kế hoạch 2024"),
    cell("Nhơn | 310", "310", 310, "Thị xã An Nhơn", "Năm 2022"),
    cell("310 | 342", "342", 342, "Thị xã An Nhơn", "Năm 2023"),
    cell("342 | 360", "360", 360, "Thị xã An Nhơn", "Kế hoạch 2024"),
    cell("Nhơn | 285", "285", 285, "Thị xã Hoài Nhơn", "Năm 2022"),
    cell("285 | 318", "318", 318, "Thị xã Hoài Nhơn", "Năm 2023"),
    cell("318 | 335", "335", 335, "Thị xã Hoài Nhơn", "Kế hoạch 2024"),
    cell("lại | 520", "520", 520, "Các huyện còn lại", "Năm 2022"),
    cell("520 | 565", "565", 565, "Các huyện còn lại", "Năm 2023"),
    cell("565 | 600", "600", 600, "Các huyện còn lại", "Kế hoạch 2024"),
    cell("cộng | 2.355", "2.355", 2355, "Tổng cộng", "Năm 2022"),
    cell("2.355 | 2.610", "2.610", 2610, "Tổng cộng", "Năm 2023"),
    cell("2.610 | 2.745", "2.745", 2745, "Tổng cộng", "Kế hoạch 2024"),
    F("tổ chức 3 hội sách", "3", 3, "count", "hội sách", subject="hội sách cấp tỉnh tổ chức", period=YR),
    F("và 14 phiên", "14", 14, "count", "phiên hội sách lưu động",
      subject="phiên hội sách lưu động tại trường học", period=YR),
    F("khoảng 62.000 lượt", "62.000", 62000, "count", "lượt người", approx="about",
      subject="lượt người đến hội sách", period=YR),
    F("gần 4,1 tỷ", "4,1", 4100000000, "money", "đồng", approx="nearly",
      subject="doanh thu hội sách", period=YR),
    F("khoảng 245.000", "245.000", 245000, "money", "đồng/bộ", approx="about",
      change=C("increase", 12, "%", "năm học trước"), subject="giá sách giáo khoa bình quân"),
    F("tiêu thụ 2,75 triệu", "2,75", 2750000, "count", "bản sách", status="target",
      subject="bản sách tiêu thụ", period=TASK),
    F("trên 190 tỷ", "190", 190000000000, "money", "đồng", approx="over", status="target",
      subject="doanh thu phát hành xuất bản phẩm", period=TASK),
    F("; 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở phát hành chấp hành đúng quy định về nguồn gốc xuất bản phẩm", period=TASK),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH BÌNH ĐỊNH', 'Số: 58/BC-UBND', 'Bình Định, ngày 22 tháng 02 năm 2024' (published), Nơi nhận.",
    "Flattened '|' table, 'Đơn vị tính: nghìn bản' (×1000, unit bản); rows are places → location (Quy Nhơn, An Nhơn, Hoài Nhơn),",
    "subject = caption indicator + column label; 'Các huyện còn lại' and 'Tổng cộng' are not one place → Bình Định, row label in the subject.",
    "Periods from column headers (scored); 'Kế hoạch 2024' → target. Cells get no totals; the 'Tổng cộng' row is its own figures.",
    "'gồm 7 doanh nghiệp, 98 hộ kinh doanh và 7 đơn vị sự nghiệp' add up to 112: total 112. '11/11 huyện' → 11 of 11.",
    "'98,3 tỷ đồng, chiếm 55,7%' after 'trong đó' under 176,5 tỷ: total and percent. 'Trong năm' = 2023 (the report's year).",
    "Section III 'NHIỆM VỤ NĂM 2024' + 'Phấn đấu' → target, period from the heading (inherited). 'năm học trước' is a baseline only.",
    "Distractors: Số: 58/BC-UBND, section numbers I.-III., 1.-3., 'Lưu: VT, KGVX', 'b/c'.",
]

if __name__ == "__main__":
    write("p1153-3", TEXT, NOTES, FIGS, published="2024-02-22", location="Bình Định")
