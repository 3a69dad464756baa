from lib import F, emit, period, year, inherit, change

TEXT = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả khai thác tuyến đường sắt đô thị số 2A Cát Linh - Hà Đông năm 2023

I. KẾT QUẢ KHAI THÁC
1. Sản lượng vận chuyển
Năm 2023, tuyến vận chuyển 9.427.830 lượt hành khách, tăng 13,8% so với năm 2022; bình quân 25.830 lượt khách/ngày. Ngày cao điểm nhất (02/9/2023) đạt 51.286 lượt khách. Cơ cấu hành khách theo loại vé như sau:
Đơn vị tính: lượt hành khách
Loại vé | Năm 2022 | Năm 2023 | Kế hoạch 2024
Vé lượt | 2.915.400 | 3.106.250 | 3.300.000
Vé ngày | 412.300 | 458.120 | 500.000
Vé tháng | 3.208.700 | 3.802.460 | 4.200.000
Miễn vé | 1.748.161 | 2.061.000 | 2.200.000
Tổng cộng | 8.284.561 | 9.427.830 | 10.200.000
2. Chất lượng dịch vụ
Năm 2023, tuyến thực hiện 83.950 chuyến tàu, đạt 99,98% kế hoạch chạy tàu; tỷ lệ chuyến tàu đúng giờ đạt 99,96%. Tổng quãng đường chạy tàu khoảng 1,09 triệu km, không xảy ra sự cố mất an toàn.
3. Doanh thu và trợ giá
Doanh thu bán vé năm 2023 đạt 61,2 tỷ đồng, tăng 9,5% so với năm 2022, chỉ bằng khoảng 24% chi phí vận hành. Ngân sách thành phố trợ giá 193,6 tỷ đồng, bình quân khoảng 20.500 đồng/lượt khách.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu năm 2024 vận chuyển trên 10,2 triệu lượt hành khách, tăng khoảng 8% so với năm 2023; nâng tỷ lệ hành khách sử dụng vé điện tử lên 70%. Dự kiến từ quý II/2024, tuyến áp dụng thanh toán bằng thẻ ngân hàng tại 12 nhà ga.

Nơi nhận:
- Bộ GTVT;
- Thường trực Thành ủy;
- Lưu: VT, GT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
"""

Y22, Y23, Y24 = year(2022, "Năm 2022"), year(2023), year(2024, "Kế hoạch 2024")
U = "lượt hành khách"
NOTES = [
    "Formal report, letterhead UBND THÀNH PHỐ HÀ NỘI, Số: 27/BC-UBND, 'Hà Nội, ngày 18 tháng 01 năm 2024': khai thác tuyến 2A Cát Linh - Hà Đông năm 2023.",
    "Flattened '|' table by ticket type (Đơn vị tính: lượt hành khách; Năm 2022 | Năm 2023 | Kế hoạch 2024; Tổng cộng row). Every cell is a figure,",
    "period from the column header (scored), 'Kế hoạch 2024' gives status target; cells carry no totals (no cue; the Tổng cộng row is a figure of its own).",
    "'tuyến đường sắt đô thị số 2A', section numbers I./II./1.-3., the document number, '(02/9/2023)' and 'quý II/2024' are not figures.",
    "'61,2 tỷ đồng, tăng 9,5% ..., chỉ bằng khoảng 24% chi phí vận hành' carries both a change and a percent.",
]
def row(label, cells, sub):
    out = []
    cols = [("Năm 2022", Y22, "actual"), ("Năm 2023", year(2023, "Năm 2023"), "actual"), ("Kế hoạch 2024", Y24, "target")]
    prev = label + " |"
    for (cname, per, st), c in zip(cols, cells):
        anchor = f"{prev} {c}" if prev.endswith("|") else f"{prev} | {c}"
        v = float(c.replace(".", ""))
        out.append(F(anchor, c, v, "count", U, f"{sub} {cname.lower()}", status=st, period=per))
        prev = c
    return out

FIGS = [
    F("vận chuyển 9.427.830 lượt", "9.427.830", 9427830, "count", U, "lượt hành khách tuyến vận chuyển",
      change=change("increase", 13.8, baseline="năm 2022"), period=Y23),
    F("bình quân 25.830", "25.830", 25830, "measure", "lượt khách/ngày", "lượt khách bình quân", period=Y23),
    F("đạt 51.286 lượt khách", "51.286", 51286, "count", "lượt khách", "lượt khách ngày cao điểm nhất",
      period=period("02/9/2023", "2023-09-02", "2023-09-02")),
]
FIGS += row("Vé lượt", ["2.915.400", "3.106.250", "3.300.000"], "hành khách vé lượt")
FIGS += row("Vé ngày", ["412.300", "458.120", "500.000"], "hành khách vé ngày")
FIGS += row("Vé tháng", ["3.208.700", "3.802.460", "4.200.000"], "hành khách vé tháng")
FIGS += row("Miễn vé", ["1.748.161", "2.061.000", "2.200.000"], "hành khách miễn vé")
FIGS += row("Tổng cộng", ["8.284.561", "9.427.830", "10.200.000"], "tổng số hành khách")
FIGS += [
    F("thực hiện 83.950 chuyến", "83.950", 83950, "count", "chuyến tàu", "chuyến tàu thực hiện", percent=99.98, period=Y23),
    F("đạt 99,96%", "99,96", 99.96, "percent", "%", "tỷ lệ chuyến tàu đúng giờ", period=Y23),
    F("khoảng 1,09 triệu km", "1,09", 1.09e6, "measure", "km", "tổng quãng đường chạy tàu", approx="about", period=inherit(Y23)),
    F("đạt 61,2 tỷ đồng", "61,2", 61.2e9, "money", "đồng", "doanh thu bán vé", change=change("increase", 9.5, baseline="năm 2022"),
      percent=24, period=Y23),
    F("trợ giá 193,6 tỷ", "193,6", 193.6e9, "money", "đồng", "kinh phí trợ giá từ ngân sách thành phố", period=inherit(Y23)),
    F("khoảng 20.500 đồng/lượt khách", "20.500", 20500, "money", "đồng/lượt khách", "mức trợ giá bình quân", approx="about", period=inherit(Y23)),
    F("trên 10,2 triệu", "10,2", 10.2e6, "count", U, "lượt hành khách vận chuyển", approx="over", status="target",
      change=change("increase", 8, baseline="năm 2023", approx="about"), period=year(2024)),
    F("lên 70%", "70", 70, "percent", "%", "tỷ lệ hành khách sử dụng vé điện tử", status="target", period=year(2024)),
    F("tại 12 nhà ga", "12", 12, "count", "nhà ga", "nhà ga áp dụng thanh toán bằng thẻ ngân hàng", status="forecast"),
]
emit("p882-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Hà Nội")
