from lib import F, P, C, T, build

TEXT = """
UBND HUYỆN BẢO LÂM - CỔNG THÔNG TIN ĐIỆN TỬ
Thứ Ba, 12/03/2024 - 15:20

Nâng cao chất lượng bữa ăn bán trú cho học sinh vùng cao

Năm 2023, toàn huyện Bảo Lâm có 31 trường tổ chức nấu ăn bán trú cho 6.874 học sinh, chiếm 41,5% tổng số học sinh phổ thông của huyện. Trong đó có 19 trường phổ thông dân tộc bán trú và 12 trường có học sinh ở bán trú.

Mức chi cho mỗi bữa ăn dao động từ 15.000 đến 20.000 đồng/học sinh; thực đơn được xây dựng theo tuần, bảo đảm có thịt, cá ít nhất 4 bữa/tuần. Nhiều trường tận dụng quỹ đất tăng gia, riêng Trường PTDTBT THCS Lý Bôn thu hoạch gần 2,3 tấn rau xanh, giảm chi phí mua thực phẩm khoảng 18%.

Hiện 28/31 bếp ăn bán trú đã được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm; 3 trường còn lại đang hoàn thiện hồ sơ theo Kế hoạch số 85/KH-UBND. Cũng trong năm 2023, huyện huy động hơn 1,2 tỷ đồng từ ngân sách và xã hội hóa để mua sắm dụng cụ nhà bếp, xây mới 5 nhà ăn với tổng diện tích khoảng 1.450 m2.

Nhờ cải thiện bữa ăn, kết quả cân đo đầu học kỳ II cho thấy tỷ lệ học sinh suy dinh dưỡng thể thấp còi toàn huyện còn 18,7%, thấp hơn 2,4% so với năm trước. Một số trường vẫn ở mức cao như Trường PTDTBT Tiểu học Nam Quang (24,3%), Trường PTDTBT Tiểu học Quảng Lâm (22,8%). Tỷ lệ chuyên cần của học sinh bán trú đạt 97,6%, không có học sinh bỏ học giữa chừng.

Thời gian tới, Phòng Giáo dục và Đào tạo phấn đấu đến cuối năm 2024 đưa tỷ lệ suy dinh dưỡng thể thấp còi xuống dưới 17% và 100% bếp ăn bán trú được cấp giấy chứng nhận.

Hoàng Thị Mai - Phòng GD&ĐT huyện Bảo Lâm
Điện thoại: 0206.3870.123
"""

H = """
District portal of Bảo Lâm (Cao Bằng): boarding meals, kitchens, stunting among pupils. Dateline 'Thứ Ba, 12/03/2024 - 15:20', byline and phone at the end.
'6.874 học sinh, chiếm 41,5%' -> percent attribute; '19 trường ... và 12 trường' after 'Trong đó' are parts of 31 trường.
'từ 15.000 đến 20.000 đồng/học sinh' range, rate unit. 'ít nhất 4 bữa/tuần' is a menu rule stated as fact (measure, at_least).
'28/31 bếp ăn' total 31; '3 trường còn lại' has no cue, no total. '18,7%, thấp hơn 2,4% so với năm trước' -> change on the level.
Schools (names contain commune names) are not places: location stays Bảo Lâm. Distractors: 'Kế hoạch số 85/KH-UBND', phone, dateline, 'học kỳ II'.
Periods: 'Năm 2023' (first paragraph) inherited by the next paragraph; 'cuối năm 2024' for the targets (as-of end).
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23I = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
E24 = P("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    F("có 31 trường", "31", 31, "count", "trường", "trường tổ chức nấu ăn bán trú", period=Y23),
    F("cho 6.874 học sinh", "6.874", 6874, "count", "học sinh", "học sinh ăn bán trú", percent=41.5, period=Y23),
    F("có 19 trường", "19", 19, "count", "trường", "trường phổ thông dân tộc bán trú", total=31, period=Y23I),
    F("và 12 trường", "12", 12, "count", "trường", "trường có học sinh ở bán trú", total=31, period=Y23I),
    F("từ 15.000 đến", "15.000", 15000, "money", "đồng/học sinh", "mức chi cho mỗi bữa ăn", value_max=20000, period=Y23I),
    F("ít nhất 4 bữa/tuần", "4", 4, "measure", "bữa/tuần", "bữa có thịt, cá trong thực đơn", approx="at_least"),
    F("gần 2,3 tấn", "2,3", 2.3, "measure", "tấn", "rau xanh thu hoạch", approx="nearly", period=Y23I),
    F("khoảng 18%", "18", 18, "percent", "%", "chi phí mua thực phẩm giảm", approx="about", period=Y23I),
    F("28/31 bếp ăn", "28", 28, "count", "bếp ăn", "bếp ăn bán trú được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", total=31, period=Y23I),
    F("3 trường còn lại", "3", 3, "count", "trường", "trường đang hoàn thiện hồ sơ", period=Y23I),
    F("hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí huy động từ ngân sách và xã hội hóa", approx="over", period=Y23b),
    F("xây mới 5 nhà ăn", "5", 5, "count", "nhà ăn", "nhà ăn xây mới", period=Y23b),
    F("khoảng 1.450 m2", "1.450", 1450, "measure", "m2", "tổng diện tích nhà ăn", approx="about", period=Y23b),
    F("còn 18,7%", "18,7", 18.7, "percent", "%", "tỷ lệ học sinh suy dinh dưỡng thể thấp còi",
      change=C("decrease", 2.4, "%", "năm trước")),
    F("Nam Quang (24,3%)", "24,3", 24.3, "percent", "%", "tỷ lệ học sinh suy dinh dưỡng thể thấp còi"),
    F("Quảng Lâm (22,8%)", "22,8", 22.8, "percent", "%", "tỷ lệ học sinh suy dinh dưỡng thể thấp còi"),
    F("đạt 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ chuyên cần của học sinh bán trú"),
    F("dưới 17%", "17", 17, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi", approx="under", status="target", period=E24),
    F("và 100% bếp ăn", "100", 100, "percent", "%", "bếp ăn bán trú được cấp giấy chứng nhận", status="target", period=E24),
]

build("p314-2", TEXT, H, FIGS, published="2024-03-12", location="Bảo Lâm")
