from lib import F, P, CH, emit

TEXT = """BÁO ĐỒNG THÁP ĐIỆN TỬ
Thời sự » Nông thôn mới

Xóa đò ngang, xây cầu dân sinh: Đồng Tháp hoàn thành 57 cây cầu trong năm 2024
07/11/2024 08:20
THANH TÂM

ĐTO - Từ đầu năm 2024 đến nay, toàn tỉnh Đồng Tháp đã khởi công xây dựng 72 cây cầu giao thông nông thôn, trong đó 57 cầu đã hoàn thành, đưa vào sử dụng; 15 cầu còn lại đang thi công. Tổng vốn đầu tư các cây cầu trên hơn 96,5 tỷ đồng. Trong đó, nhân dân, nhà hảo tâm đóng góp 38,7 tỷ đồng, chiếm 40,1%; phần còn lại từ ngân sách tỉnh, huyện và nguồn lồng ghép Chương trình mục tiêu quốc gia xây dựng nông thôn mới.

Nhờ các cây cầu mới, 11 bến đò ngang đã được xóa bỏ, giúp hơn 4.300 hộ dân ở các xã cù lao đi lại thuận tiện. Điển hình là cầu Kênh Nhất (xã Tân Công Sính, huyện Tam Nông) dài 96 m, rộng 3,5 m, tải trọng 5 tấn, kinh phí 7,8 tỷ đồng, thay thế bến đò đã hoạt động hơn 30 năm; riêng bà con trong ấp đã góp 1,2 tỷ đồng và hiến 640 m² đất làm đường dẫn.

Theo ông Nguyễn Văn Dũng, Phó Giám đốc Sở Giao thông vận tải, giai đoạn 2021-2025, tỉnh đặt mục tiêu xây dựng 300 cầu giao thông nông thôn thay thế cầu khỉ, cầu tạm và xóa 25 bến đò ngang. Đến nay đã thực hiện 241 cầu, đạt 80,3% mục tiêu; xóa 19 bến đò.

Năm 2025, tỉnh phấn đấu khởi công thêm 45 cầu, tổng kinh phí dự kiến từ 60 đến 70 tỷ đồng. Người dân có thể phản ánh về chất lượng công trình qua đường dây nóng 0277.3851.234.
"""

DN = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-11-07")
DNi = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-11-07", inh=True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
NOW = P("Đến nay", None, "2024-11-07")
N25 = P("Năm 2025", "2025-01-01", "2025-12-31")
TN = "Tam Nông"
CAU = "cầu Kênh Nhất"

FIGS = [
    F("hoàn thành 57 cây cầu", "57", 57, "count", "cây cầu", "cầu dân sinh hoàn thành",
      P("trong năm 2024", "2024-01-01", "2024-12-31")),
    F("xây dựng 72 cây cầu", "72", 72, "count", "cây cầu", "cầu giao thông nông thôn khởi công xây dựng", DN),
    F("trong đó 57 cầu", "57", 57, "count", "cầu", "cầu đã hoàn thành, đưa vào sử dụng", DN, total=72),
    F("15 cầu còn lại", "15", 15, "count", "cầu", "cầu đang thi công", DN, total=72),
    F("hơn 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", "tổng vốn đầu tư các cây cầu", DNi, approx="over"),
    F("đóng góp 38,7 tỷ đồng", "38,7", 38.7e9, "money", "đồng", "nhân dân, nhà hảo tâm đóng góp", DNi,
      total=96.5e9, percent=40.1),
    F("11 bến đò ngang", "11", 11, "count", "bến đò ngang", "bến đò ngang được xóa bỏ", DNi),
    F("hơn 4.300 hộ dân", "4.300", 4300, "count", "hộ dân", "hộ dân ở các xã cù lao đi lại thuận tiện", DNi, approx="over"),
    F("dài 96 m", "96", 96, "measure", "m", "chiều dài " + CAU, location=TN),
    F("rộng 3,5 m", "3,5", 3.5, "measure", "m", "chiều rộng " + CAU, location=TN),
    F("tải trọng 5 tấn", "5", 5, "measure", "tấn", "tải trọng " + CAU, location=TN),
    F("kinh phí 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng", "kinh phí " + CAU, location=TN),
    F("hơn 30 năm", "30", 30, "measure", "năm", "thời gian bến đò đã hoạt động", approx="over", location=TN, optional=True),
    F("góp 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "bà con trong ấp góp", location=TN),
    F("hiến 640 m² đất", "640", 640, "measure", "m²", "đất hiến làm đường dẫn", location=TN),
    F("xây dựng 300 cầu", "300", 300, "count", "cầu", "cầu giao thông nông thôn thay thế cầu khỉ, cầu tạm", GD, status="target"),
    F("xóa 25 bến đò", "25", 25, "count", "bến đò ngang", "bến đò ngang xóa", GD, status="target"),
    F("thực hiện 241 cầu", "241", 241, "count", "cầu", "cầu đã thực hiện", NOW, percent=80.3),
    F("xóa 19 bến đò", "19", 19, "count", "bến đò", "bến đò xóa", NOW),
    F("thêm 45 cầu", "45", 45, "count", "cầu", "cầu khởi công thêm", N25, status="target"),
    F("từ 60 đến 70 tỷ đồng", "60", 60e9, "money", "đồng", "tổng kinh phí", N25, value_max=70e9, status="forecast"),
]

COMMENTS = [
    "Báo Đồng Tháp (ĐTO), Party newspaper: cầu dân sinh thay đò ngang, 2024. Bare dateline '07/11/2024 08:20' then byline.",
    "72 cầu khởi công: 57 hoàn thành + 15 đang thi công (trong đó → total 72). 38,7 tỷ follows 'Trong đó' after the sentence with 96,5 tỷ → total.",
    "Bridge specs of cầu Kênh Nhất (length, width, load, cost) are facts about one bridge: measures, location Tam Nông (district named in brackets);",
    "'hơn 30 năm' (how long the ferry ran) is a duration: optional. 1,2 tỷ after 'riêng' is no part-of cue: no total.",
    "241 cầu 'đạt 80,3% mục tiêu': percent 80.3; the 300 target stands in the previous sentence as its own figure, so no target attribute.",
    "'Năm 2025, tỉnh phấn đấu …' → 45 cầu target; 'tổng kinh phí dự kiến từ 60 đến 70 tỷ' → forecast range (its own cue).",
    "Distractors: 'cầu Kênh Nhất' (number word in a name), 'Chương trình mục tiêu quốc gia', hotline 0277.3851.234, dateline.",
]

emit("p421-3", TEXT, COMMENTS, FIGS, published="2024-11-07", location="Đồng Tháp")
