from lib import C, F, P, T, emit

TEXT = """BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÀO CAI

Lào Cai: Gần 1.000 con gia súc chết do rét đậm, rét hại

VĂN THANH 16:05, 13/02/2023

(BLC) - Từ ngày 15/1 đến ngày 5/2/2023, đợt rét đậm, rét hại kéo dài khiến 986 con gia súc trên địa bàn tỉnh bị chết, gấp 2,3 lần so với cả mùa đông năm trước.

Trong số gia súc bị chết có 412 con trâu, 359 con bò, 128 con ngựa và 87 con dê. Huyện bị thiệt hại nặng nhất là Si Ma Cai với 274 con, tiếp đến là Bắc Hà 231 con, Mường Khương 198 con, Bát Xát 145 con; các huyện, thị xã còn lại 138 con.

Nhiệt độ thấp nhất ghi nhận tại Sa Pa là 0,6 độ C vào ngày 24/1; tại xã Y Tý (Bát Xát) xuất hiện băng giá, mưa tuyết kéo dài nhiều giờ.

Thực hiện Nghị định số 02/2017/NĐ-CP của Chính phủ, tỉnh hỗ trợ 2 triệu đồng/con đối với trâu, bò, ngựa trên 6 tháng tuổi; 1 triệu đồng/con đối với bê, nghé, ngựa con dưới 6 tháng tuổi và dê. Tổng kinh phí hỗ trợ dự kiến khoảng 1,72 tỷ đồng; đến nay đã giải ngân 1,15 tỷ đồng, đạt 66,9%.

Ngành Nông nghiệp khuyến cáo người dân không thả rông gia súc khi nhiệt độ dưới 12 độ C, dự trữ tối thiểu 500 kg rơm, cỏ khô cho mỗi con trâu, bò trong vụ đông. Tính đến ngày 10/2/2023, toàn tỉnh đã có hơn 21.600 hộ làm chuồng, che chắn kín gió cho gia súc, chiếm khoảng 72% số hộ chăn nuôi trâu, bò.

Bài và ảnh: Văn Thanh
Đường dây nóng Ban biên tập: 0214.3820.516
"""

EV = P("Từ ngày 15/1 đến ngày 5/2/2023", "2023-01-15", "2023-02-05")
EVi = P("Từ ngày 15/1 đến ngày 5/2/2023", "2023-01-15", "2023-02-05", inh=True)
DEAD = "gia súc bị chết do rét đậm, rét hại"

FIGS = [
    F("Gần 1.000 con gia súc", "1.000", 1000, "count", "con", "gia súc chết do rét đậm, rét hại", EVi, approx="nearly"),
    F("khiến 986 con gia súc", "986", 986, "count", "con", "gia súc bị chết", EV,
      change=C("increase", 2.3, "lần", "cả mùa đông năm trước")),
    F("có 412 con trâu", "412", 412, "count", "con", "trâu bị chết", EVi, total=986),
    F("359 con bò", "359", 359, "count", "con", "bò bị chết", EVi, total=986),
    F("128 con ngựa", "128", 128, "count", "con", "ngựa bị chết", EVi, total=986),
    F("87 con dê", "87", 87, "count", "con", "dê bị chết", EVi, total=986),
    F("với 274 con", "274", 274, "count", "con", DEAD, EVi, location="Si Ma Cai"),
    F("Bắc Hà 231 con", "231", 231, "count", "con", DEAD, EVi, location="Bắc Hà"),
    F("Mường Khương 198 con", "198", 198, "count", "con", DEAD, EVi, location="Mường Khương"),
    F("Bát Xát 145 con", "145", 145, "count", "con", DEAD, EVi, location="Bát Xát"),
    F("còn lại 138 con", "138", 138, "count", "con", DEAD + " các huyện, thị xã còn lại", EVi),
    F("là 0,6 độ C", "0,6", 0.6, "measure", "độ C", "nhiệt độ thấp nhất", P("ngày 24/1", "2023-01-24", "2023-01-24"),
      location="Sa Pa"),
    F("hỗ trợ 2 triệu đồng/con", "2", 2000000, "money", "đồng/con", "mức hỗ trợ trâu, bò, ngựa trên 6 tháng tuổi"),
    F("ngựa trên 6 tháng tuổi", "6", 6, "measure", "tháng tuổi", approx="over", optional=True),
    F("1 triệu đồng/con", "1", 1000000, "money", "đồng/con", "mức hỗ trợ bê, nghé, ngựa con dưới 6 tháng tuổi và dê"),
    F("con dưới 6 tháng tuổi", "6", 6, "measure", "tháng tuổi", approx="under", optional=True),
    F("khoảng 1,72 tỷ đồng", "1,72", 1720000000, "money", "đồng", "tổng kinh phí hỗ trợ", approx="about",
      status="forecast"),
    F("giải ngân 1,15 tỷ đồng", "1,15", 1150000000, "money", "đồng", "kinh phí đã giải ngân",
      P("đến nay", None, "2023-02-13"), percent=66.9),
    F("dưới 12 độ C", "12", 12, "measure", "độ C", approx="under", optional=True),
    F("tối thiểu 500 kg", "500", 500, "measure", "kg", "rơm, cỏ khô dự trữ cho mỗi con trâu, bò", approx="at_least",
      optional=True),
    F("hơn 21.600 hộ", "21.600", 21600, "count", "hộ", "hộ làm chuồng, che chắn kín gió cho gia súc",
      P("Tính đến ngày 10/2/2023", None, "2023-02-10"), approx="over", percent=72),
]

emit("p416-3", TEXT, [
    "Báo Lào Cai (Party newspaper): livestock killed by the cold spell 15/1–5/2/2023, by species and district, lowest",
    "temperature, support norms under Nghị định 02/2017, support money disbursed, households with winter shelters.",
    "Dateline as byline + time + date 'VĂN THANH 16:05, 13/02/2023'. Location Lào Cai unless a district/town is named.",
    "Distractors: Nghị định số 02/2017/NĐ-CP, dates 15/1, 5/2/2023, 24/1, 10/2/2023, hotline 0214.3820.516, '(BLC)'.",
    "'Trong số gia súc bị chết có …' is a part-of cue after a sentence break: the four species carry total 986.",
    "The district list has no part-of cue: no total. 'các huyện, thị xã còn lại' keeps the province (as h01's 'còn lại').",
    "'gấp 2,3 lần so với …' after a count is that count's change in 'lần'. Support norms have no period.",
    "Thresholds and advice ('trên/dưới 6 tháng tuổi', 'dưới 12 độ C', 'tối thiểu 500 kg') are optional.",
    "'dự kiến khoảng 1,72 tỷ' is a forecast; the next clause 'đến nay đã giải ngân' has its own verb → actual.",
], FIGS, published="2023-02-13", location="Lào Cai")
