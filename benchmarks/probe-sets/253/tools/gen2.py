from lib import emit, P

text = """Kinh tế › Giao thông
Thứ Ba, 9/7/2024, 15:20 (GMT+7)

Đường sắt chở 3,4 triệu lượt khách trong nửa đầu năm

Sản lượng hành khách và hàng hóa của ngành đường sắt đều tăng hai con số so với cùng kỳ, chủ yếu nhờ các đoàn tàu du lịch và tàu liên vận quốc tế.

Theo Tổng công ty Đường sắt Việt Nam (VNR), 6 tháng đầu năm 2024, toàn ngành vận chuyển 3,42 triệu lượt hành khách, tăng 12,3% so với cùng kỳ năm 2023; luân chuyển hành khách đạt 1.862,4 triệu HK.km; sản lượng hàng hóa đạt 2,36 triệu tấn, tăng 18,5%. Doanh thu vận tải ước đạt 1.580 tỷ đồng, bằng 48,6% kế hoạch năm.

Trong quý II, VNR tổ chức chạy 1.326 đoàn tàu khách, trong đó 214 đoàn tàu du lịch như "Kết nối di sản miền Trung" (Huế - Đà Nẵng) và các đôi tàu SE19/SE20. Hệ số sử dụng chỗ bình quân đạt khoảng 78%, riêng tuyến Hà Nội - Lào Cai đạt trên 90%.

Hàng liên vận quốc tế tiếp tục là điểm sáng. Trong 6 tháng đầu năm, lượng hàng xuất nhập khẩu qua các ga biên giới đạt gần 1,1 triệu tấn, gấp 1,7 lần cùng kỳ; trong đó ga Đồng Đăng (Lạng Sơn) 612.000 tấn, ga Lào Cai 468.000 tấn. Số chuyến tàu container đi châu Âu đạt 42 chuyến.

Ông Trần Quang Huy, Phó Tổng giám đốc VNR, cho biết năm 2024 đơn vị đặt mục tiêu vận chuyển 7,2 triệu lượt khách và 5,6 triệu tấn hàng, doanh thu 3.250 tỷ đồng. Dự kiến trong 6 tháng cuối năm, VNR sẽ bổ sung 8 đoàn tàu và cải tạo 120 toa xe khách. Hành khách cần hỗ trợ có thể gọi tổng đài 1900 0109.

Đoàn Loan
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
Q2 = P("Trong quý II", "2024-04-01", "2024-06-30")
Q2i = P("Trong quý II", "2024-04-01", "2024-06-30", inherited=True)
H1b = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1bi = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
H2 = P("trong 6 tháng cuối năm", "2024-07-01", "2024-12-31")

figs = [
    dict(anchor="chở 3,4 triệu lượt khách", number="3,4", value=3.4e6, kind="count", unit="lượt khách",
         subject="lượt khách đường sắt chở", period=P("trong nửa đầu năm", "2024-01-01", "2024-06-30")),
    dict(anchor="vận chuyển 3,42 triệu", number="3,42", value=3.42e6, kind="count", unit="lượt hành khách",
         change=dict(direction="increase", value=12.3, unit="%", baseline="cùng kỳ năm 2023"),
         subject="hành khách vận chuyển", period=H1),
    dict(anchor="đạt 1.862,4 triệu HK.km", number="1.862,4", value=1862.4e6, kind="measure", unit="HK.km",
         subject="luân chuyển hành khách", period=H1),
    dict(anchor="đạt 2,36 triệu tấn", number="2,36", value=2.36e6, kind="measure", unit="tấn",
         change=dict(direction="increase", value=18.5, unit="%"),
         subject="sản lượng hàng hóa", period=H1),
    dict(anchor="đạt 1.580 tỷ đồng", number="1.580", value=1580e9, kind="money", unit="đồng", percent=48.6,
         status="estimate", subject="doanh thu vận tải", period=H1i),
    dict(anchor="chạy 1.326 đoàn tàu", number="1.326", value=1326, kind="count", unit="đoàn tàu khách",
         subject="đoàn tàu khách tổ chức chạy", period=Q2),
    dict(anchor="trong đó 214 đoàn tàu", number="214", value=214, kind="count", unit="đoàn tàu du lịch", total=1326,
         subject="đoàn tàu du lịch", period=Q2),
    dict(anchor="khoảng 78%", number="78", value=78, kind="percent", unit="%", approx="about",
         subject="hệ số sử dụng chỗ bình quân", period=Q2i),
    dict(anchor="đạt trên 90%", number="90", value=90, kind="percent", unit="%", approx="over",
         subject="hệ số sử dụng chỗ tuyến Hà Nội - Lào Cai", period=Q2i),
    dict(anchor="gần 1,1 triệu tấn", number="1,1", value=1.1e6, kind="measure", unit="tấn", approx="nearly",
         change=dict(direction="increase", value=1.7, unit="lần", baseline="cùng kỳ"),
         subject="lượng hàng xuất nhập khẩu qua các ga biên giới", period=H1b),
    dict(anchor="(Lạng Sơn) 612.000 tấn", number="612.000", value=612000, kind="measure", unit="tấn", total=1.1e6,
         subject="lượng hàng xuất nhập khẩu qua các ga biên giới", period=H1b, location="Lạng Sơn"),
    dict(anchor="Lào Cai 468.000 tấn", number="468.000", value=468000, kind="measure", unit="tấn", total=1.1e6,
         subject="lượng hàng xuất nhập khẩu qua các ga biên giới", period=H1b, location="Lào Cai"),
    dict(anchor="đạt 42 chuyến", number="42", value=42, kind="count", unit="chuyến",
         subject="chuyến tàu container đi châu Âu", period=H1bi),
    dict(anchor="vận chuyển 7,2 triệu", number="7,2", value=7.2e6, kind="count", unit="lượt khách", status="target",
         subject="lượt khách vận chuyển", period=Y24),
    dict(anchor="và 5,6 triệu tấn", number="5,6", value=5.6e6, kind="measure", unit="tấn", status="target",
         subject="hàng vận chuyển", period=Y24),
    dict(anchor="doanh thu 3.250 tỷ", number="3.250", value=3250e9, kind="money", unit="đồng", status="target",
         subject="doanh thu", period=Y24),
    dict(anchor="bổ sung 8 đoàn tàu", number="8", value=8, kind="count", unit="đoàn tàu", status="forecast",
         subject="đoàn tàu bổ sung", period=H2),
    dict(anchor="cải tạo 120 toa xe", number="120", value=120, kind="count", unit="toa xe", status="forecast",
         subject="toa xe khách cải tạo", period=H2),
]

emit(2, text, [
    "National press: VNR passenger and freight results, 6 months 2024; quarter II trains; border-station freight; 2024 targets.",
    "Dateline 'Thứ Ba, 9/7/2024, 15:20 (GMT+7)'. Distractors: 'hai con số' (double-digit), train names SE19/SE20, hotline 1900 0109, '(GMT+7)'.",
    "Headline figure 3,4 triệu lượt khách with 'nửa đầu năm' (year from the dateline). '1.862,4 triệu HK.km' = 1 862 400 000 HK.km.",
    "'bằng 48,6% kế hoạch năm' is the share of 1.580 tỷ đồng (percent attribute), 'ước đạt' makes it an estimate; its period is in the previous sentence (inherited).",
    "'gấp 1,7 lần cùng kỳ' is the change of 'gần 1,1 triệu tấn'; the two stations after 'trong đó' are parts (total 1 100 000), places Lạng Sơn and Lào Cai.",
    "List items (stations) take the list's indicator as subject (h01 convention); a route (Hà Nội - Lào Cai) is not one place: national default. Targets 'đặt mục tiêu' (năm 2024), forecasts 'Dự kiến trong 6 tháng cuối năm'.",
], figs, published="2024-07-09", location="Việt Nam")
