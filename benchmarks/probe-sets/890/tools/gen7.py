from lib import Doc, per, chg

d = Doc("p890-7", published=None, location="Hòa Bình", notes=[
    "Sở NN&PTNT tỉnh Hòa Bình (department site, no dateline): bưởi đỏ Tân Lạc, diện tích bưởi năm 2023 by variety and district,",
    "a one-cell-per-line table (Chỉ tiêu / Năm 2022 / Năm 2023 / Kế hoạch 2024; units in the row labels), mã số vùng trồng, kế hoạch 2024.",
    "Footer address 'Số 522 đường Cù Chính Lan', phone, fax, 'Tổng lượt truy cập: 1.284.306 | Đang trực tuyến: 37' are not figures;",
    "'giai đoạn 2022-2024' is a period. Table periods come from the column headers (scored); 'Kế hoạch 2024' column -> status target.",
    "'bưởi đỏ Tân Lạc 1.180 ha' is a variety named after the district, counted province-wide: location Hòa Bình. 'cao hơn 1,8 lần so với trồng ngô' is the income's change (unit lần). 'OCOP 4 sao' is a rating class (optional).",
])
d.text = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÒA BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Phát triển vùng bưởi đỏ Tân Lạc theo hướng sản xuất hàng hóa

Những năm gần đây, cây bưởi đã trở thành cây trồng chủ lực của nhiều địa phương trong tỉnh. Năm 2023, toàn tỉnh có 3.850 ha bưởi, trong đó bưởi đỏ Tân Lạc 1.180 ha, bưởi Diễn 1.020 ha, còn lại là bưởi da xanh và các giống khác. Huyện Tân Lạc có diện tích bưởi lớn nhất với 1.260 ha, tiếp đến là Cao Phong (720 ha), Lạc Sơn (540 ha) và Kim Bôi (410 ha).

Hiện tại Tân Lạc, giá bưởi đỏ tại vườn dao động 40.000-60.000 đồng/quả; thu nhập bình quân đạt 280 triệu đồng/ha, cao hơn 1,8 lần so với trồng ngô.

Kết quả sản xuất bưởi của tỉnh giai đoạn 2022-2024:
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Diện tích trồng (ha)
3.620
3.850
4.000
Diện tích cho thu hoạch (ha)
2.710
2.940
3.100
Sản lượng (tấn)
38.500
42.300
45.000
Giá trị sản xuất (tỷ đồng)
462
550
600

Toàn tỉnh đã có 14 mã số vùng trồng bưởi với diện tích 356 ha và 3 sản phẩm bưởi được công nhận OCOP 4 sao. Năm 2024, Sở phấn đấu cấp thêm 6 mã số vùng trồng, đưa tổng số lên 20 mã số; tổ chức 2 hội nghị xúc tiến tiêu thụ bưởi tại Hà Nội.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÒA BÌNH
Địa chỉ: Số 522 đường Cù Chính Lan, phường Đồng Tiến, TP Hòa Bình
Điện thoại: 0218.3852.417 - Fax: 0218.3852.418
Tổng lượt truy cập: 1.284.306 | Đang trực tuyến: 37
"""
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
d.add("có 3.850 ha", "3.850", 3850, "measure", "ha", subject="diện tích bưởi", period=Y23)
d.add("Tân Lạc 1.180 ha", "1.180", 1180, "measure", "ha", total=3850,
      subject="diện tích bưởi đỏ Tân Lạc", period=Y23)
d.add("bưởi Diễn 1.020 ha", "1.020", 1020, "measure", "ha", total=3850,
      subject="diện tích bưởi Diễn", period=Y23)
Y23i = per("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
d.add("với 1.260 ha", "1.260", 1260, "measure", "ha", subject="diện tích bưởi", location="Tân Lạc", period=Y23i)
for place, num in [("Cao Phong", "720"), ("Lạc Sơn", "540"), ("Kim Bôi", "410")]:
    d.add(f"{place} ({num} ha)", num, float(num), "measure", "ha", subject="diện tích bưởi",
          location=place, period=Y23i)
d.add("40.000-60.000 đồng/quả", "40.000", 40000, "money", "đồng/quả", value_max=60000,
      subject="giá bưởi đỏ tại vườn", location="Tân Lạc")
d.add("đạt 280 triệu đồng/ha", "280", 280e6, "money", "đồng/ha",
      change=chg("increase", 1.8, "lần", "trồng ngô"),
      subject="thu nhập bình quân từ bưởi đỏ", location="Tân Lạc")
cols = [("Năm 2022", "2022", None), ("Năm 2023", "2023", None), ("Kế hoạch 2024", "2024", "target")]
rows = [("Diện tích trồng (ha)", "diện tích trồng bưởi", "measure", "ha", 1, ["3.620", "3.850", "4.000"]),
        ("Diện tích cho thu hoạch (ha)", "diện tích bưởi cho thu hoạch", "measure", "ha", 1, ["2.710", "2.940", "3.100"]),
        ("Sản lượng (tấn)", "sản lượng bưởi", "measure", "tấn", 1, ["38.500", "42.300", "45.000"]),
        ("Giá trị sản xuất (tỷ đồng)", "giá trị sản xuất bưởi", "money", "đồng", 1e9, ["462", "550", "600"])]
for label, subj, kind, unit, mult, cells in rows:
    for i, c in enumerate(cells):
        anchor = f"{label if i == 0 else cells[i - 1]}\n{c}"
        head, year, status = cols[i]
        d.add(anchor, c, float(c.replace(".", "")) * mult, kind, unit, status=status,
              subject=f"{subj} ({head.lower()})" if status else subj,
              period=per(head, f"{year}-01-01", f"{year}-12-31"))
d.add("có 14 mã số", "14", 14, "count", "mã số vùng trồng", subject="mã số vùng trồng bưởi")
d.add("diện tích 356 ha", "356", 356, "measure", "ha", subject="diện tích vùng trồng bưởi được cấp mã số")
d.add("và 3 sản phẩm", "3", 3, "count", "sản phẩm", subject="sản phẩm bưởi được công nhận OCOP 4 sao")
d.add("OCOP 4 sao", "4", 4, "measure", "sao", optional=True, subject="hạng sao OCOP")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
d.add("thêm 6 mã số", "6", 6, "count", "mã số vùng trồng", status="target",
      subject="mã số vùng trồng cấp thêm", period=Y24)
d.add("lên 20 mã số", "20", 20, "count", "mã số vùng trồng", status="target",
      subject="tổng số mã số vùng trồng", period=Y24)
d.add("tổ chức 2 hội nghị", "2", 2, "count", "hội nghị", status="target",
      subject="hội nghị xúc tiến tiêu thụ bưởi", period=Y24)
d.write()
