from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN CHÂU - TỈNH SƠN LA

Mưa đá gây thiệt hại hơn 1.100 ha cây ăn quả tại 6 xã
Ngày đăng: 08/05/2024 | Lượt truy cập: 1.236

Chiều ngày 5/5/2024, trên địa bàn huyện xảy ra mưa đá kèm dông lốc trong khoảng 20 phút, tập trung tại 6 xã phía Nam huyện, dọc Quốc lộ 6. Theo thống kê của Phòng Nông nghiệp và Phát triển nông thôn huyện, mưa đá đã làm 1.146,5 ha cây ăn quả bị ảnh hưởng, chủ yếu là xoài, nhãn, mận đang nuôi quả; trong đó diện tích bị thiệt hại trên 70% là 412 ha, từ 30% đến 70% là 568,3 ha, dưới 30% là 166,2 ha.

Xã bị thiệt hại nặng nhất là Chiềng Khoi với 385 ha, tiếp đến là các xã Sặp Vạt (276 ha), Chiềng Hặc (214,5 ha), Tú Nang (150 ha), Chiềng Pằn (78 ha) và Chiềng Đông (43 ha).

Ngoài cây ăn quả, mưa đá còn làm 57 ha ngô, 12,8 ha rau màu bị dập nát; 93 ngôi nhà bị vỡ ngói, thủng mái fibro xi măng và 2 nhà văn hóa bản bị tốc mái. Ước tính tổng thiệt hại khoảng 46 tỷ đồng, trong đó thiệt hại về cây ăn quả chiếm trên 90%.

Huyện đã chỉ đạo UBND các xã rà soát, thống kê cụ thể từng hộ; đồng thời đề nghị UBND tỉnh hỗ trợ theo Nghị định số 02/2017/NĐ-CP với mức 4 triệu đồng/ha đối với cây ăn quả thiệt hại trên 70% và 2 triệu đồng/ha đối với diện tích thiệt hại từ 30-70%. Dự kiến kinh phí hỗ trợ khoảng 2,8 tỷ đồng.

Ông Lò Văn Hặc, bản Cò Chịa, xã Chiềng Khoi cho biết: "Gia đình tôi có 1,2 ha xoài đang chuẩn bị thu hoạch thì bị mưa đá làm rụng gần hết, thiệt hại khoảng 150 triệu đồng".

Hoàng Thu (Trung tâm TT-VH huyện)
"""

EV = P("Chiều ngày 5/5/2024", "2024-05-05", "2024-05-05")
EVI = P("Chiều ngày 5/5/2024", "2024-05-05", "2024-05-05", True)
S = "diện tích cây ăn quả bị thiệt hại"

FIGS = [
    F("hơn 1.100 ha", "1.100", 1100, "measure", "ha", "cây ăn quả bị thiệt hại", approx="over"),
    F("tại 6 xã\n", "6", 6, "count", "xã", "xã bị thiệt hại do mưa đá"),
    F("khoảng 20 phút", "20", 20, "measure", "phút", "thời gian mưa đá kèm dông lốc", EV, approx="about"),
    F("tại 6 xã phía Nam", "6", 6, "count", "xã", "xã bị mưa đá", EV),
    F("làm 1.146,5 ha", "1.146,5", 1146.5, "measure", "ha", "cây ăn quả bị ảnh hưởng", EVI),
    F("thiệt hại trên 70% là", "70", 70, "percent", "%", "mức thiệt hại", EVI, approx="over", optional=True),
    F("70% là 412 ha", "412", 412, "measure", "ha", "diện tích bị thiệt hại trên 70%", EVI, total=1146.5),
    F("từ 30% đến 70% là", "30", 30, "percent", "%", "mức thiệt hại", EVI, value_max=70, optional=True),
    F("là 568,3 ha", "568,3", 568.3, "measure", "ha", "diện tích bị thiệt hại từ 30% đến 70%", EVI, total=1146.5),
    F("dưới 30% là", "30", 30, "percent", "%", "mức thiệt hại", EVI, approx="under", optional=True),
    F("là 166,2 ha", "166,2", 166.2, "measure", "ha", "diện tích bị thiệt hại dưới 30%", EVI, total=1146.5),
    F("Chiềng Khoi với 385 ha", "385", 385, "measure", "ha", S, EVI),
    F("Sặp Vạt (276 ha)", "276", 276, "measure", "ha", S, EVI),
    F("Chiềng Hặc (214,5 ha)", "214,5", 214.5, "measure", "ha", S, EVI),
    F("Tú Nang (150 ha)", "150", 150, "measure", "ha", S, EVI),
    F("Chiềng Pằn (78 ha)", "78", 78, "measure", "ha", S, EVI),
    F("Chiềng Đông (43 ha)", "43", 43, "measure", "ha", S, EVI),
    F("làm 57 ha ngô", "57", 57, "measure", "ha", "ngô bị dập nát", EVI),
    F("12,8 ha rau màu", "12,8", 12.8, "measure", "ha", "rau màu bị dập nát", EVI),
    F("93 ngôi nhà", "93", 93, "count", "ngôi nhà", "nhà bị vỡ ngói, thủng mái", EVI),
    F("2 nhà văn hóa", "2", 2, "count", "nhà văn hóa", "nhà văn hóa bản bị tốc mái", EVI),
    F("khoảng 46 tỷ đồng", "46", 46e9, "money", "đồng", "tổng thiệt hại", EVI, approx="about", status="estimate"),
    F("chiếm trên 90%", "90", 90, "percent", "%", "thiệt hại về cây ăn quả", EVI, approx="over", status="estimate"),
    F("mức 4 triệu đồng/ha", "4", 4e6, "money", "đồng/ha", "mức hỗ trợ cây ăn quả thiệt hại trên 70%"),
    F("cây ăn quả thiệt hại trên 70%", "70", 70, "percent", "%", "mức thiệt hại", approx="over", optional=True),
    F("và 2 triệu đồng/ha", "2", 2e6, "money", "đồng/ha", "mức hỗ trợ diện tích thiệt hại từ 30-70%"),
    F("từ 30-70%", "30", 30, "percent", "%", "mức thiệt hại", value_max=70, optional=True),
    F("khoảng 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "kinh phí hỗ trợ", approx="about", status="forecast"),
    F("có 1,2 ha xoài", "1,2", 1.2, "measure", "ha", "xoài của gia đình"),
    F("khoảng 150 triệu đồng", "150", 150e6, "money", "đồng", "thiệt hại của gia đình", approx="about"),
]

HEADER = """District portal (huyện Yên Châu, Sơn La): mưa đá chiều 5/5/2024 on mango/longan orchards. 'Ngày đăng: 08/05/2024 | Lượt truy cập: 1.236'.
Distractors: 'Quốc lộ 6', 'Nghị định số 02/2017/NĐ-CP', byline office, 'bản Cò Chịa'. Headline figures carry no period.
Commune list items: a commune is below the levels FIGURES.md gives `location` (province, city or district), so the location is the district
(Yên Châu) and the subject the list's indicator (revised after the first run: the first gold gave the commune).
Damage classes 'trên 70%', 'từ 30% đến 70%', 'dưới 30%' are category thresholds (optional); the areas after 'trong đó' have total 1.146,5.
The commune list is a new sentence without a part cue: no total. 'trong đó … chiếm trên 90%' has no amount of its own: a percent figure,
estimate because it continues the 'Ước tính' clause. Support rates are policy amounts (no period); 'Dự kiến … 2,8 tỷ' is a forecast.
The farmer's quote: his orchard lies in the district (commune Chiềng Khoi)."""

build("p407-2", TEXT, FIGS, HEADER, published="2024-05-08", location="Yên Châu")
