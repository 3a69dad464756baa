"""p916-2: district portal (huyện Nam Sách, Hải Dương), ra quân xử lý mối hại đê, Q1 2024."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM SÁCH - TỈNH HẢI DƯƠNG
Trang chủ > Tin tức > Nông nghiệp - Thủy lợi
Thứ Năm, 14/03/2024 - 10:20

Ra quân phát hiện, xử lý mối hại đê trước mùa mưa lũ

Sáng 13/3, UBND huyện tổ chức ra quân kiểm tra, phát hiện và xử lý mối, ẩn họa trên toàn bộ các tuyến đê thuộc địa bàn. Huyện hiện có 38,5 km đê, gồm tuyến đê tả sông Thái Bình và đê hữu sông Kinh Thầy.

Theo Hạt Quản lý đê Nam Sách, từ đầu năm đến nay, các xã có đê đã huy động hơn 450 lượt người phát quang, kiểm tra mái đê, phát hiện 96 tổ mối, tăng 31,5% so với cùng kỳ. Trong số này, đến nay đã đào, xử lý triệt để 58 tổ; 38 tổ còn lại đang được dùng thuốc diệt mối theo đúng quy trình. Tổ mối tập trung ở các xã Thái Tân (27 tổ), Minh Tân (22 tổ), Quốc Tuấn (18 tổ) và An Sơn (15 tổ). Riêng xã Thái Tân, số tổ mối phát hiện gấp gần 2 lần cùng kỳ.

Tại đoạn đê từ K5+200 đến K6+100 gần Quốc lộ 37, lực lượng chuyên trách phát hiện một tổ mối lớn nằm sâu khoảng 1,8 m dưới mặt đê, khoang chính có đường kính 0,9 m.

Năm 2024, huyện bố trí 320 triệu đồng từ ngân sách để hỗ trợ các xã xử lý mối, ẩn họa, tăng 70 triệu đồng so với năm 2023. Mức hỗ trợ cho lực lượng quản lý đê nhân dân là 150.000 đồng/người/ngày công. Huyện phấn đấu trong năm 2024 xử lý xong 100% tổ mối đã phát hiện và khoan phụt vữa gia cố 2,4 km đê tại các đoạn có ẩn họa.

Phạm Hùng (Trung tâm VH-TT&TT huyện)
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-03-14")
NOW = P("đến nay", None, "2024-03-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 38,5 km đê", "38,5", 38.5, "measure", "km", "đê trên địa bàn huyện"),
    F("hơn 450 lượt người", "450", 450, "count", "lượt người", "lượt người phát quang, kiểm tra mái đê", YTD,
      approx="over"),
    F("phát hiện 96 tổ mối", "96", 96, "count", "tổ mối", "tổ mối phát hiện", YTD,
      change=C("increase", 31.5, "%", "cùng kỳ")),
    F("triệt để 58 tổ", "58", 58, "count", "tổ", "tổ mối đã đào, xử lý triệt để", NOW, total=96),
    F("38 tổ còn lại", "38", 38, "count", "tổ", "tổ mối còn lại đang được dùng thuốc diệt mối", NOW, total=96),
    F("Thái Tân (27 tổ)", "27", 27, "count", "tổ", "tổ mối phát hiện", I(YTD)),
    F("Minh Tân (22 tổ)", "22", 22, "count", "tổ", "tổ mối phát hiện", I(YTD)),
    F("Quốc Tuấn (18 tổ)", "18", 18, "count", "tổ", "tổ mối phát hiện", I(YTD)),
    F("An Sơn (15 tổ)", "15", 15, "count", "tổ", "tổ mối phát hiện", I(YTD)),
    F("gấp gần 2 lần", "2", 2, "multiple", "lần", "số tổ mối phát hiện ở xã Thái Tân so với cùng kỳ", I(YTD),
      approx="nearly"),
    F("sâu khoảng 1,8 m", "1,8", 1.8, "measure", "m", "độ sâu tổ mối dưới mặt đê", approx="about"),
    F("đường kính 0,9 m", "0,9", 0.9, "measure", "m", "đường kính khoang chính tổ mối"),
    F("bố trí 320 triệu đồng", "320", 320e6, "money", "đồng", "kinh phí ngân sách huyện hỗ trợ các xã xử lý mối, ẩn họa",
      Y24, change=C("increase", 70e6, "đồng", "năm 2023")),
    F("150.000 đồng/người/ngày công", "150.000", 150000, "money", "đồng/người/ngày công",
      "mức hỗ trợ cho lực lượng quản lý đê nhân dân", I(Y24)),
    F("xong 100% tổ mối", "100", 100, "percent", "%", "tỷ lệ tổ mối đã phát hiện được xử lý xong", Y24b,
      status="target"),
    F("gia cố 2,4 km đê", "2,4", 2.4, "measure", "km", "đê được khoan phụt vữa gia cố tại các đoạn có ẩn họa", Y24b,
      status="target"),
]

build("p916-2", TEXT, FIGS, published="2024-03-14", location="Nam Sách", comments=[
    "Cổng TTĐT huyện Nam Sách (Hải Dương): ra quân xử lý mối hại đê, from the start of 2024 to the dateline 14/03/2024.",
    "Not figures: 'Thứ Năm', '10:20', 'Sáng 13/3', K5+200/K6+100, 'Quốc lộ 37', the byline.",
    "Commune figures keep the district as location (a xã is not a province, city or district); as items of a list their subject is",
    "the list's indicator (FIGURES.md: 'every item is a figure whose subject is the list's indicator').",
    "revised after the first run: the commune list subjects no longer name the commune (was 'tổ mối phát hiện ở xã …').",
    "'Trong số này' after 96 tổ: 58 and 38 are its parts (total 96); the commune list does not add up (no total).",
    "'gấp gần 2 lần cùng kỳ' stands as its own sentence: a multiple. 'Huyện hiện có': no period. 'từ đầu năm đến nay' ends at the dateline.",
])
