from lib import emit, P

text = """BÁO GIAO THÔNG
Vận tải › Đường sắt

Đường sắt dự kiến cung ứng hơn 400.000 chỗ dịp Tết Ất Tỵ 2025

Tổng công ty Đường sắt Việt Nam (VNR) vừa ban hành Quyết định số 1218/QĐ-ĐS về kế hoạch vận tải hành khách phục vụ Tết Nguyên đán Ất Tỵ 2025, từ ngày 14/1/2025 đến ngày 13/2/2025.

Theo đó, VNR dự kiến cung ứng khoảng 410.000 chỗ, tăng 8,5% so với Tết Giáp Thìn 2024. Ngoài các đôi tàu thường xuyên, đơn vị sẽ tăng cường 42 đoàn tàu, trong đó tuyến Hà Nội - TP Hồ Chí Minh 26 đoàn, tuyến Sài Gòn - Quy Nhơn, Nha Trang 10 đoàn và tuyến Hà Nội - Vinh, Đồng Hới 6 đoàn.

Ga Sài Gòn (TP Hồ Chí Minh) dự kiến đón, tiễn khoảng 152.000 lượt khách; ga Hà Nội khoảng 96.000 lượt khách.

Giá vé tàu Tết dự kiến tăng từ 5% đến 8% so với ngày thường. Hành khách mua vé khứ hồi được giảm 5% giá vé chiều về; nhóm từ 10 người trở lên được giảm 3-7% tùy cự ly.

Dịp Tết Giáp Thìn 2024 (từ ngày 25/1 đến ngày 24/2/2024), ngành đường sắt đã vận chuyển hơn 378.000 lượt khách, tăng 11% so với Tết Quý Mão 2023; hệ số sử dụng chỗ bình quân đạt 76,2%; doanh thu vận tải hành khách đạt 412,5 tỷ đồng.

Năm 2025, VNR phấn đấu tỷ lệ vé bán qua kênh trực tuyến đạt trên 90% (năm 2024 đạt 86,4%). Hành khách có thể mua vé trên website, ứng dụng "Đường sắt Việt Nam" hoặc gọi tổng đài 1900 6469.

Tạ Hải
"""

TET25i = P("từ ngày 14/1/2025 đến ngày 13/2/2025", "2025-01-14", "2025-02-13", inherited=True)
TET24 = P("Dịp Tết Giáp Thìn 2024 (từ ngày 25/1 đến ngày 24/2/2024)", "2024-01-25", "2024-02-24")

figs = [
    dict(anchor="hơn 400.000 chỗ", number="400.000", value=400000, kind="count", unit="chỗ", approx="over",
         status="forecast", subject="chỗ cung ứng dịp Tết", period=TET25i),
    dict(anchor="khoảng 410.000 chỗ", number="410.000", value=410000, kind="count", unit="chỗ", approx="about",
         status="forecast", change=dict(direction="increase", value=8.5, unit="%", baseline="Tết Giáp Thìn 2024"),
         subject="chỗ cung ứng", period=TET25i),
    dict(anchor="tăng cường 42 đoàn tàu", number="42", value=42, kind="count", unit="đoàn tàu", status="forecast",
         subject="đoàn tàu tăng cường", period=TET25i),
    dict(anchor="Minh 26 đoàn", number="26", value=26, kind="count", unit="đoàn", total=42, status="forecast",
         subject="đoàn tàu tăng cường", period=TET25i),
    dict(anchor="Nha Trang 10 đoàn", number="10", value=10, kind="count", unit="đoàn", total=42, status="forecast",
         subject="đoàn tàu tăng cường", period=TET25i),
    dict(anchor="Đồng Hới 6 đoàn", number="6", value=6, kind="count", unit="đoàn", total=42, status="forecast",
         subject="đoàn tàu tăng cường", period=TET25i),
    dict(anchor="khoảng 152.000 lượt", number="152.000", value=152000, kind="count", unit="lượt khách", approx="about",
         status="forecast", subject="lượt khách ga Sài Gòn đón, tiễn", period=TET25i, location="TP Hồ Chí Minh"),
    dict(anchor="khoảng 96.000 lượt", number="96.000", value=96000, kind="count", unit="lượt khách", approx="about",
         status="forecast", subject="lượt khách ga Hà Nội đón, tiễn", period=TET25i, location="Hà Nội"),
    dict(anchor="từ 5% đến 8%", number="5", value=5, value_max=8, kind="percent", unit="%", status="forecast",
         subject="giá vé tàu Tết tăng so với ngày thường", period=TET25i),
    dict(anchor="giảm 5% giá vé", number="5", value=5, kind="percent", unit="%",
         subject="mức giảm giá vé khứ hồi chiều về", period=TET25i),
    dict(anchor="từ 10 người", number="10", value=10, kind="count", unit="người", approx="at_least", optional=True,
         subject="nhóm hành khách được giảm giá"),
    dict(anchor="giảm 3-7%", number="3", value=3, value_max=7, kind="percent", unit="%",
         subject="mức giảm giá vé nhóm", period=TET25i),
    dict(anchor="hơn 378.000 lượt", number="378.000", value=378000, kind="count", unit="lượt khách", approx="over",
         change=dict(direction="increase", value=11, unit="%", baseline="Tết Quý Mão 2023"),
         subject="lượt khách ngành đường sắt vận chuyển", period=TET24),
    dict(anchor="đạt 76,2%", number="76,2", value=76.2, kind="percent", unit="%",
         subject="hệ số sử dụng chỗ bình quân", period=TET24),
    dict(anchor="đạt 412,5 tỷ", number="412,5", value=412.5e9, kind="money", unit="đồng",
         subject="doanh thu vận tải hành khách", period=TET24),
    dict(anchor="trên 90%", number="90", value=90, kind="percent", unit="%", approx="over", status="target",
         subject="tỷ lệ vé bán qua kênh trực tuyến", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    dict(anchor="đạt 86,4%", number="86,4", value=86.4, kind="percent", unit="%",
         subject="tỷ lệ vé bán qua kênh trực tuyến", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

emit(8, text, [
    "National press (Báo Giao thông): VNR Tết Ất Tỵ 2025 passenger plan (forecasts), fares, Tết 2024 results, online-ticket target.",
    "No date anywhere in the text: published null. Distractors: 'Quyết định số 1218/QĐ-ĐS', dates of the plan window, 'Tết … 2024/2023' baselines, app name, hotline.",
    "The plan window 14/1–13/2/2025 stands in the first paragraph; later plan figures inherit it (not scored). 'dự kiến'/'sẽ' make them forecasts.",
    "The route list after 'trong đó' gives parts of 42 (26+10+6); routes are no places; the items take the list's indicator as subject (revised). Ga Sài Gòn (TP Hồ Chí Minh) and ga Hà Nội give places.",
    "Discounts 'giảm 5%', 'giảm 3-7%' are rates as the claim (no base): percent figures, actual (no cue in their sentence). 'từ 10 người trở lên' optional.",
    "'(năm 2024 đạt 86,4%)' has its own verb and year: an actual figure, not the target of 'trên 90%'.",
], figs, published=None, location="Việt Nam")
