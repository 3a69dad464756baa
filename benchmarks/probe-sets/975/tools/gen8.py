"""p975-8: provincial newspaper online (Báo Cà Mau, tag (CMO)), coir in huyện Trần Văn Thời, 7 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO CÀ MAU ĐIỆN TỬ
Kinh tế

Trần Văn Thời: Hơn 1.200 tấn chỉ xơ dừa xuất bán trong 7 tháng

Cập nhật lúc: 10:20, 08/08/2024

(CMO) - Theo Phòng Kinh tế huyện Trần Văn Thời, 7 tháng đầu năm 2024, 9 cơ sở sơ chế xơ dừa trên địa bàn huyện đã xuất bán 1.236 tấn chỉ xơ dừa và 1.870 tấn mụn dừa, tăng lần lượt 15% và 22% so với cùng kỳ.

Huyện hiện có khoảng 2.100 ha dừa, tập trung ở các xã Khánh Bình Tây Bắc, Trần Hợi và Khánh Lộc, mỗi năm cho khoảng 15 triệu trái. Giá dừa khô hiện từ 50.000 đến 60.000 đồng/chục, cao gấp đôi đầu năm. Chỉ xơ dừa được thương lái thu mua với giá 7.000-7.500 đồng/kg, mụn dừa 1.200 đồng/kg.

Cơ sở của ông Trương Văn Út ở ấp 7, xã Khánh Bình Tây Bắc mỗi ngày tách xơ khoảng 20.000 trái dừa, cho ra 1,6 tấn chỉ xơ. Nghề sơ chế xơ dừa trên địa bàn tạo việc làm cho 126 lao động, trong đó có 83 lao động nữ; thu nhập 180.000-250.000 đồng/người/ngày.

Tuy nhiên, đến nay mới có 3/9 cơ sở đầu tư bể lắng xử lý nước thải; nước ngâm xơ dừa vẫn xả trực tiếp ra kênh Cơi Năm, gây ô nhiễm. Theo Phòng Kinh tế, mỗi hệ thống bể lắng 3 ngăn cần khoảng 80-120 triệu đồng; tỉnh hỗ trợ 50% kinh phí theo Quyết định số 23/2023/QĐ-UBND.

Huyện phấn đấu cả năm 2024 xuất bán 2.200 tấn chỉ xơ dừa; dự kiến đến cuối năm sẽ có thêm 4 cơ sở hoàn thành bể lắng.

Quốc Dũng
"""

M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
NOW = P("đến nay", None, "2024-08-08")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
EOY = P("đến cuối năm", None, "2024-12-31")

FIGS = [
    F("Hơn 1.200 tấn", "1.200", 1200, "measure", "tấn", "chỉ xơ dừa xuất bán", P("7 tháng", "2024-01-01", "2024-07-31"),
      approx="over"),
    F("2024, 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở sơ chế xơ dừa", M7),
    F("bán 1.236 tấn", "1.236", 1236, "measure", "tấn", "chỉ xơ dừa xuất bán", M7,
      change=C("increase", 15, baseline="cùng kỳ")),
    F("và 1.870 tấn", "1.870", 1870, "measure", "tấn", "mụn dừa xuất bán", M7,
      change=C("increase", 22, baseline="cùng kỳ")),
    F("khoảng 2.100 ha", "2.100", 2100, "measure", "ha", "diện tích dừa", approx="about"),
    F("khoảng 15 triệu trái", "15", 15e6, "count", "trái", "sản lượng dừa mỗi năm", approx="about"),
    F("từ 50.000 đến 60.000 đồng/chục", "50.000", 50000, "money", "đồng/chục", "giá dừa khô", value_max=60000,
      change=C("increase", 2, "lần", "đầu năm")),
    F("giá 7.000-7.500 đồng/kg", "7.000", 7000, "money", "đồng/kg", "giá thu mua chỉ xơ dừa", value_max=7500),
    F("mụn dừa 1.200 đồng/kg", "1.200", 1200, "money", "đồng/kg", "giá thu mua mụn dừa"),
    F("khoảng 20.000 trái", "20.000", 20000, "count", "trái dừa", "trái dừa một cơ sở tách xơ mỗi ngày",
      approx="about"),
    F("1,6 tấn chỉ xơ", "1,6", 1.6, "measure", "tấn", "chỉ xơ một cơ sở cho ra mỗi ngày"),
    F("cho 126 lao động", "126", 126, "count", "lao động", "lao động nghề sơ chế xơ dừa"),
    F("có 83 lao động nữ", "83", 83, "count", "lao động", "lao động nữ", total=126),
    F("180.000-250.000 đồng/người/ngày", "180.000", 180000, "money", "đồng/người/ngày", "thu nhập lao động",
      value_max=250000),
    F("có 3/9 cơ sở", "3", 3, "count", "cơ sở", "cơ sở đầu tư bể lắng xử lý nước thải", NOW, total=9),
    F("bể lắng 3 ngăn", "3", 3, "count", "ngăn", "ngăn của hệ thống bể lắng", optional=True),
    F("khoảng 80-120 triệu đồng", "80", 80e6, "money", "đồng", "kinh phí mỗi hệ thống bể lắng", approx="about",
      value_max=120e6),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "mức hỗ trợ kinh phí xây bể lắng", location="Cà Mau"),
    F("xuất bán 2.200 tấn", "2.200", 2200, "measure", "tấn", "chỉ xơ dừa xuất bán", Y24, status="target"),
    F("thêm 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở hoàn thành bể lắng", EOY, status="forecast"),
]

NOTES = [
    "Báo Cà Mau điện tử, tag (CMO): chỉ xơ dừa, mụn dừa ở huyện Trần Văn Thời 7 tháng đầu năm 2024; headline figure 'Hơn 1.200 tấn'.",
    "Location: the district Trần Văn Thời throughout (communes lie in it). 'tăng lần lượt 15% và 22%' distributes one change to each figure.",
    "'cao gấp đôi đầu năm' (number word đôi = 2) is the change of the price range: increase 2 lần, baseline đầu năm.",
    "'3/9 cơ sở' → total 9; 'đến nay' is as-of the dateline; 'đến cuối năm' is as-of 2024-12-31. Headline '7 tháng' takes 2024.",
    "Distractors: Cập nhật lúc time/date, ông Trương Văn Út, ấp 7, kênh Cơi Năm (a name with 'Năm'), byline Quốc Dũng,",
    "Quyết định số 23/2023/QĐ-UBND. The province's support rate (50%) is Cà Mau's; 'bể lắng 3 ngăn' is a specification (optional).",
]

write(8, TEXT, FIGS, NOTES, published="2024-08-08", location="Trần Văn Thời")
