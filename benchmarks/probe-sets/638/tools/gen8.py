from lib import *

TEXT = """BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH GIAO THÔNG TỈNH QUẢNG NAM
Tin hoạt động
Đẩy nhanh tiến độ thay thế 21 cầu yếu trên các tuyến đường tỉnh
05-11-2024 | 09:12

Dự án thay thế cầu yếu trên các tuyến ĐT 609, ĐT 610B, ĐT 611 và ĐT 616 có tổng mức đầu tư 420 tỷ đồng, gồm 21 cầu bê tông cốt thép với tổng chiều dài 1.386 m; cầu dài nhất là cầu Khe Tre 2 (186 m) tại Km18+500 tuyến ĐT 611. Các cầu được thiết kế theo tải trọng HL93, bề rộng mặt cầu 9 m, thay thế các cầu cũ chỉ cho phép xe dưới 10 tấn lưu thông. Suất đầu tư bình quân khoảng 28 triệu đồng/m² mặt cầu.

Đến ngày 31/10/2024, đã hoàn thành 12 cầu, đưa vào khai thác; 9 cầu còn lại đang thi công, khối lượng đạt từ 40 đến 65%. Giá trị khối lượng thực hiện toàn dự án đạt 286,7 tỷ đồng, bằng 68,3% tổng mức đầu tư.

Năm 2024, dự án được bố trí 185 tỷ đồng; từ đầu năm đến nay đã giải ngân 121,5 tỷ đồng, đạt 65,7% kế hoạch vốn. Dự án đi qua địa bàn 5 huyện miền núi với khoảng 180.000 dân hưởng lợi. Theo Giám đốc Ban, các cầu đã hoàn thành giúp xe tải, xe khách lưu thông thông suốt, rút ngắn thời gian đi lại từ 20 đến 30 phút.

Ban phấn đấu đến ngày 31/12/2024 giải ngân trên 95% kế hoạch vốn năm và hoàn thành thêm 5 cầu, đưa tổng số cầu hoàn thành lên 17 cầu.

Địa chỉ: 02 Trần Phú, TP Tam Kỳ, Quảng Nam. Điện thoại: 0235.3852.631
"""

AS = P("Đến ngày 31/10/2024", None, "2024-10-31")
END = P("đến ngày 31/12/2024", None, "2024-12-31")

FIGS = [
    F("thế 21 cầu yếu", "21", 21, "count", "cầu yếu", "cầu yếu thay thế trên các tuyến đường tỉnh"),
    F("tư 420 tỷ đồng", "420", 420e9, "money", "đồng", "tổng mức đầu tư dự án thay thế cầu yếu"),
    F("gồm 21 cầu", "21", 21, "count", "cầu bê tông cốt thép", "cầu bê tông cốt thép của dự án"),
    F("dài 1.386 m", "1.386", 1386, "measure", "m", "tổng chiều dài các cầu"),
    F("Tre 2 (186 m)", "186", 186, "measure", "m", "chiều dài cầu Khe Tre 2"),
    F("mặt cầu 9 m", "9", 9, "measure", "m", "bề rộng mặt cầu"),
    F("dưới 10 tấn", "10", 10, "measure", "tấn", "tải trọng xe được phép lưu thông qua các cầu cũ", approx="under"),
    F("khoảng 28 triệu đồng/m²", "28", 28e6, "money", "đồng/m²", "suất đầu tư bình quân", approx="about"),
    F("hoàn thành 12 cầu", "12", 12, "count", "cầu", "cầu hoàn thành, đưa vào khai thác", AS),
    F("khai thác; 9 cầu", "9", 9, "count", "cầu", "cầu còn lại đang thi công", AS),
    F("từ 40 đến 65%", "40", 40, "percent", "%", "khối lượng thi công các cầu còn lại", AS, value_max=65),
    F("đạt 286,7 tỷ đồng", "286,7", 286.7e9, "money", "đồng", "giá trị khối lượng thực hiện toàn dự án", I(AS), percent=68.3),
    F("bố trí 185 tỷ đồng", "185", 185e9, "money", "đồng", "vốn bố trí cho dự án", P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("giải ngân 121,5 tỷ đồng", "121,5", 121.5e9, "money", "đồng", "vốn giải ngân",
      P("từ đầu năm đến nay", "2024-01-01", "2024-11-05"), percent=65.7),
    F("địa bàn 5 huyện", "5", 5, "count", "huyện", "huyện miền núi dự án đi qua"),
    F("khoảng 180.000 dân", "180.000", 180000, "count", "dân", "dân hưởng lợi", approx="about"),
    F("từ 20 đến 30 phút", "20", 20, "measure", "phút", "thời gian đi lại rút ngắn", value_max=30),
    F("trên 95%", "95", 95, "percent", "%", "giải ngân kế hoạch vốn năm", END, approx="over", status="target"),
    F("thêm 5 cầu", "5", 5, "count", "cầu", "cầu hoàn thành thêm", END, status="target"),
    F("lên 17 cầu", "17", 17, "count", "cầu", "tổng số cầu hoàn thành", END, status="target"),
]

emit("p638-8", TEXT, [
    "Ban QLDA ĐTXD các công trình giao thông tỉnh Quảng Nam (project board site), dateline '05-11-2024 | 09:12': thay thế 21 cầu yếu trên đường tỉnh.",
    "'gồm 21 cầu' after a money figure counts another thing: no total. '(186 m)' is the longest bridge's length. '28 triệu đồng/m²' -> money, unit đồng/m².",
    "'từ 40 đến 65%' is the bridges' progress (a range; own percent figure). 'bằng 68,3% tổng mức đầu tư', 'đạt 65,7% kế hoạch vốn' -> percent.",
    "'từ đầu năm đến nay' -> 2024-01-01 to the dateline. 'phấn đấu đến ngày 31/12/2024' -> target, as-of period, continuing to 5 and 17 cầu.",
    "Not figures: ĐT 609/610B/611/616, 'Km18+500', 'Khe Tre 2', 'HL93', address '02 Trần Phú', phone.",
], FIGS, published="2024-11-05", location="Quảng Nam")
