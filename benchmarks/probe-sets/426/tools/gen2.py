from lib import build, F, P, C, T

text = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG THÁP
Tin hoạt động ngành

Cá tra 6 tháng đầu năm 2024: sản lượng tăng, giá nguyên liệu chưa ổn định
Ngày đăng: 12/07/2024

Sáng 10/7, tại thành phố Cao Lãnh, Sở Nông nghiệp và PTNT tổ chức hội nghị sơ kết sản xuất, tiêu thụ cá tra 6 tháng đầu năm 2024. Theo báo cáo, sản lượng cá tra thu hoạch ước đạt 298.700 tấn, đạt 52,4% kế hoạch năm. Diện tích thả nuôi cá tra toàn tỉnh đạt 2.385 ha, tăng 4,6% so với cùng kỳ. Trong đó, huyện Thanh Bình 512 ha, huyện Tam Nông 468 ha, huyện Châu Thành 305 ha và thành phố Hồng Ngự 287 ha.

Giá cá tra nguyên liệu loại 1 (0,8-1 kg/con) tại ao dao động từ 26.500 đến 27.500 đồng/kg, giảm khoảng 1.500 đồng/kg so với cuối năm 2023; trong khi giá thành nuôi bình quân khoảng 27.000 đồng/kg, nhiều hộ nuôi lỗ hoặc chỉ hòa vốn. Giá cá tra giống cỡ 30 con/kg ở mức 28.000-30.000 đồng/kg.

Toàn tỉnh có 14 nhà máy chế biến cá tra với tổng công suất trên 1.100 tấn nguyên liệu/ngày. Kim ngạch xuất khẩu cá tra 6 tháng ước đạt 178,5 triệu USD, giảm 3,2% so với cùng kỳ, chiếm khoảng 41% kim ngạch xuất khẩu của tỉnh. Trung Quốc và Mỹ tiếp tục là hai thị trường lớn nhất, lần lượt chiếm 32,5% và 21,8%.

Theo Kế hoạch số 218/KH-SNN, năm 2024 tỉnh đặt chỉ tiêu sản lượng cá tra 570.000 tấn; đến năm 2025 diện tích nuôi đạt chứng nhận VietGAP, ASC chiếm ít nhất 70% tổng diện tích nuôi.

Chi cục Thủy sản khuyến cáo người nuôi theo dõi sát diễn biến thị trường; mọi thông tin liên hệ số điện thoại 0277.3851.790.

Phòng Kế hoạch - Tài chính
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H6 = P("6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")

figs = [
    F("đạt 2.385 ha", "2.385", 2385, "measure", "ha", "diện tích thả nuôi cá tra",
      change=C("increase", 4.6, baseline="cùng kỳ"), period=H1i),
    F("ước đạt 298.700 tấn", "298.700", 298700, "measure", "tấn", "sản lượng cá tra thu hoạch",
      percent=52.4, status="estimate", period=H1i),
    F("Thanh Bình 512 ha", "512", 512, "measure", "ha", "diện tích thả nuôi cá tra", total=2385,
      location="Thanh Bình", period=H1i),
    F("Tam Nông 468 ha", "468", 468, "measure", "ha", "diện tích thả nuôi cá tra", total=2385,
      location="Tam Nông", period=H1i),
    F("Châu Thành 305 ha", "305", 305, "measure", "ha", "diện tích thả nuôi cá tra", total=2385,
      location="Châu Thành", period=H1i),
    F("Hồng Ngự 287 ha", "287", 287, "measure", "ha", "diện tích thả nuôi cá tra", total=2385,
      location="Hồng Ngự", period=H1i),
    F("(0,8-1 kg/con)", "0,8", 0.8, "measure", "kg/con", "cỡ cá tra nguyên liệu loại 1", value_max=1, optional=True),
    F("từ 26.500 đến 27.500 đồng/kg", "26.500", 26500, "money", "đồng/kg", "giá cá tra nguyên liệu loại 1 tại ao",
      value_max=27500, change=C("decrease", 1500, "đồng/kg", "cuối năm 2023", "about")),
    F("khoảng 27.000 đồng/kg", "27.000", 27000, "money", "đồng/kg", "giá thành nuôi bình quân", approx="about"),
    F("cỡ 30 con/kg", "30", 30, "measure", "con/kg", "cỡ cá tra giống", optional=True),
    F("28.000-30.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá cá tra giống cỡ 30 con/kg", value_max=30000),
    F("có 14 nhà máy", "14", 14, "count", "nhà máy", "nhà máy chế biến cá tra"),
    F("trên 1.100 tấn", "1.100", 1100, "measure", "tấn/ngày", "tổng công suất nguyên liệu nhà máy chế biến cá tra",
      approx="over"),
    F("ước đạt 178,5 triệu USD", "178,5", 178.5e6, "money", "USD", "kim ngạch xuất khẩu cá tra",
      percent=41, change=C("decrease", 3.2, baseline="cùng kỳ"), status="estimate", period=H6),
    F("là hai thị trường", "hai", 2, "count", "thị trường", "thị trường lớn nhất của cá tra", optional=True),
    F("lần lượt chiếm 32,5%", "32,5", 32.5, "percent", "%", "tỷ trọng thị trường Trung Quốc trong kim ngạch xuất khẩu cá tra",
      period=H1i),
    F("và 21,8%", "21,8", 21.8, "percent", "%", "tỷ trọng thị trường Mỹ trong kim ngạch xuất khẩu cá tra", period=H1i),
    F("cá tra 570.000 tấn", "570.000", 570000, "measure", "tấn", "chỉ tiêu sản lượng cá tra", status="target", period=Y24),
    F("ít nhất 70%", "70", 70, "percent", "%", "diện tích nuôi đạt chứng nhận VietGAP, ASC",
      approx="at_least", status="target", period=Y25),
]

comments = """
Sở NN&PTNT Đồng Tháp (department site): pangasius 6 months 2024 - farmed area by district, harvest, raw-fish and fingerling prices,
factories, exports and market shares, 2024/2025 targets. Dateline 'Ngày đăng: 12/07/2024' without time.
Distractors: 'Sáng 10/7', venue 'tại thành phố Cao Lãnh' (not the figures' place), Kế hoạch số 218/KH-SNN, phone 0277.3851.790,
'VietGAP, ASC', the unit name at the end.
'Trong đó, huyện Thanh Bình 512 ha ...' follows the area 2.385 ha (after a sentence break): districts are parts with total 2385 and
their own location. Area and harvest take '6 tháng đầu năm 2024' from the first sentence (inherited).
'đạt 52,4% kế hoạch năm' is the share of the harvest (percent). The size '(0,8-1 kg/con)' and grade '30 con/kg' are optional.
Prices have no period stated (not scored). '6 tháng' (no year) takes 2024. The two market shares after 'lần lượt' are percent figures
(new sentence, so the estimate cue of the export figure does not reach them). 'chiếm khoảng 41%' is the export figure's share.
'hai thị trường' is a list head (optional).
Revised: capacity unit 'tấn nguyên liệu/ngày' -> 'tấn/ngày' (shortest unit; the material goes to the subject, as for plain 'tấn').
"""

build("p426-2", text, comments, figs, published="2024-07-12", location="Đồng Tháp")
