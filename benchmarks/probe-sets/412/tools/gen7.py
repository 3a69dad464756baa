from lib import write, F, P, C, T
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3T = P("quý III", "2024-07-01", "2024-09-30")
Q3I = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
FB = P("Từ đầu năm", "2024-01-01", "2024-10-07")
CY = P("cả năm", "2024-01-01", "2024-12-31")
text = """SỞ VĂN HÓA VÀ THỂ THAO THÀNH PHỐ ĐÀ NẴNG
Trang chủ / Tin tức - Sự kiện

Các bảo tàng công lập đón hơn 214 nghìn lượt khách trong quý III
Đăng lúc: 10:42 - 07/10/2024

Trong quý III/2024, 4 bảo tàng công lập trực thuộc Sở đón tổng cộng 214.560 lượt khách, tăng 12,8% so với cùng kỳ năm 2023. Kết quả tại từng bảo tàng như sau:

Bảo tàng
Lượt khách (lượt)
Tăng so với cùng kỳ (%)
Bảo tàng Điêu khắc Chăm
148.230
15,6
Bảo tàng Đà Nẵng
39.410
7,2
Bảo tàng Mỹ thuật
19.870
-3,5
Bảo tàng Đồng Đình
7.050
4,1

Doanh thu bán vé của các bảo tàng trong 9 tháng ước đạt 11,4 tỷ đồng, đạt 86% kế hoạch năm (13,3 tỷ đồng). Bảo tàng Điêu khắc Chăm hiện lưu giữ hơn 2.500 hiện vật, trong đó có 9 hiện vật được công nhận bảo vật quốc gia. Từ đầu năm, bảo tàng đã số hóa 3D thêm 312 hiện vật, nâng tổng số hiện vật được số hóa lên 1.046 hiện vật.

Bảo tàng Điêu khắc Chăm (số 02 đường 2 Tháng 9, quận Hải Châu) mở cửa từ 7 giờ đến 17 giờ hằng ngày; khách mua vé trực tuyến được giảm 10%. Ngoài các bảo tàng trực thuộc Sở, trên địa bàn thành phố còn có Bảo tàng Quân khu 5 và Bảo tàng Hồ Chí Minh - Chi nhánh Quân khu 5.

Trong quý IV/2024, Sở phấn đấu đưa tổng lượt khách tham quan các bảo tàng cả năm đạt 850.000 lượt. Thông tin liên hệ: Phòng Quản lý Di sản, điện thoại 0236.3822.574.
"""
rows = [("Bảo tàng Điêu khắc Chăm", "148.230", 148230, "15,6", 15.6),
        ("Bảo tàng Đà Nẵng", "39.410", 39410, "7,2", 7.2),
        ("Bảo tàng Mỹ thuật", "19.870", 19870, "-3,5", -3.5),
        ("Bảo tàng Đồng Đình", "7.050", 7050, "4,1", 4.1)]
figs = [
    F("hơn 214 nghìn lượt", "214", 214000, "count", "lượt khách", "lượt khách các bảo tàng công lập", approx="over", period=Q3T),
    F("4 bảo tàng công lập trực thuộc", "4", 4, "count", "bảo tàng", "bảo tàng công lập trực thuộc Sở", period=Q3, optional=True),
    F("tổng cộng 214.560 lượt", "214.560", 214560, "count", "lượt khách", "lượt khách 4 bảo tàng công lập",
      change=C("increase", 12.8, "%", "cùng kỳ năm 2023"), period=Q3),
]
for label, n1, v1, n2, v2 in rows:
    figs.append(F(f"{label}\n{n1}\n", n1, v1, "count", "lượt", f"Lượt khách {label}", period=Q3I))
    figs.append(F(f"{n1}\n{n2}\n", n2, v2, "percent", "%", f"Tăng so với cùng kỳ {label}", period=Q3I))
figs += [
    F("ước đạt 11,4 tỷ đồng", "11,4", 11.4e9, "money", "đồng", "doanh thu bán vé của các bảo tàng", status="estimate",
      percent=86, target=T(13.3e9, "đồng"), period=M9),
    F("hơn 2.500 hiện vật", "2.500", 2500, "count", "hiện vật", "hiện vật Bảo tàng Điêu khắc Chăm lưu giữ", approx="over"),
    F("có 9 hiện vật", "9", 9, "count", "hiện vật", "hiện vật được công nhận bảo vật quốc gia", total=2500),
    F("thêm 312 hiện vật", "312", 312, "count", "hiện vật", "hiện vật số hóa 3D thêm", period=FB),
    F("lên 1.046 hiện vật", "1.046", 1046, "count", "hiện vật", "tổng số hiện vật được số hóa"),
    F("giảm 10%", "10", 10, "percent", "%", "giảm giá vé mua trực tuyến", optional=True),
    F("đạt 850.000 lượt", "850.000", 850000, "count", "lượt", "tổng lượt khách tham quan các bảo tàng", status="target", period=CY),
]
write("p412-7", text, figs, published="2024-10-07", location="Đà Nẵng", show=True, comments=[
    "Department site (Sở VHTT Đà Nẵng): public museums, Q3/2024 visitors, one-cell-per-line table (museum | visitors (lượt) | change vs same period (%)),",
    "ticket revenue 9 months vs plan, Chăm sculpture museum holdings and 3D digitisation, full-year target. Dateline 'Đăng lúc: 10:42 - 07/10/2024'.",
    "Headline 'hơn 214 nghìn lượt khách trong quý III' is a figure (×10³; quý III takes 2024 from the dateline). '4 bảo tàng' (structure) optional.",
    "Table cells: subject = column label + museum (museums are not places, location Đà Nẵng); unit 'lượt' from the header '(lượt)', '%' from '(%)';",
    "'-3,5' in a growth column is −3,5 (a fall). Period quý III/2024 from the text above the table (inherited). No totals for table cells.",
    "'ước đạt 11,4 tỷ đồng, đạt 86% kế hoạch năm (13,3 tỷ đồng)': estimate, share 86, plan in brackets = target 13,3 tỷ.",
    "'nâng tổng số … lên 1.046' is a stock (no period). Distractors: 'số 02 đường 2 Tháng 9', 'quận Hải Châu' in an address, 7 giờ–17 giờ,",
    "'Bảo tàng Quân khu 5' (names). 'giảm 10%' (online discount) optional. 'cả năm' = 2024 for the target.",
])
