from lib import *

text = """Cần Thơ: Tiết kiệm hơn 3,2 triệu kWh điện chiếu sáng công cộng năm 2023
12/03/2024 07:15
HOÀNG LAN

(CT) - Năm 2023, thành phố Cần Thơ tiết kiệm được 3,26 triệu kWh điện năng chiếu sáng công cộng, tương đương khoảng 6,4 tỷ đồng, nhờ thay thế đèn LED và lắp đặt bộ điều khiển giảm công suất vào ban đêm. So với năm 2022, lượng điện tiết kiệm tăng gấp 1,5 lần.

Hiện toàn thành phố có 1.236 tuyến đường, hẻm được chiếu sáng với tổng số 52.480 bộ đèn; trong đó đèn LED 31.940 bộ, chiếm 60,9%. Riêng năm 2023, các đơn vị đã thay thế 6.815 bộ đèn cao áp sodium bằng đèn LED, vượt 13,6% kế hoạch (6.000 bộ). Tỷ lệ chiếu sáng các tuyến đường chính đô thị đạt 100%, đường hẻm khu dân cư đạt 86,5%.

Các quận dẫn đầu về tỷ lệ đèn LED là Ninh Kiều (78,2%), Cái Răng (71,5%) và Bình Thủy (64,3%); thấp nhất là huyện Cờ Đỏ với 32,8%. Tổng kinh phí đầu tư, duy trì hệ thống chiếu sáng năm 2023 là 58,7 tỷ đồng, giảm 4,1 tỷ đồng so với năm trước.

Ông Trần Văn Hòa, Phó Giám đốc Sở Xây dựng cho biết, năm 2024 thành phố phấn đấu thay thế thêm 7.500 bộ đèn LED, nâng tỷ lệ đèn LED toàn thành phố lên khoảng 75%; qua đó dự kiến tiết kiệm từ 3,5 đến 4 triệu kWh điện. Thành phố cũng sẽ hoàn thành chiếu sáng toàn tuyến Quốc lộ 91 và đường tỉnh 923 trước Tết Nguyên đán.

Tin, ảnh: HOÀNG LAN"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
L = "tỷ lệ đèn LED"

figs = [
    F("hơn 3,2 triệu kWh", "3,2", 3200000, "measure", "kWh", "điện chiếu sáng công cộng tiết kiệm", approx="over",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("được 3,26 triệu kWh", "3,26", 3260000, "measure", "kWh", "điện năng chiếu sáng công cộng tiết kiệm được", period=Y23),
    F("khoảng 6,4 tỷ đồng", "6,4", 6400000000, "money", "đồng", "tiền điện chiếu sáng công cộng tiết kiệm được", approx="about",
      period=Y23),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "lượng điện tiết kiệm so với năm 2022", period=Y23i),
    F("có 1.236 tuyến đường", "1.236", 1236, "count", "tuyến đường", "tuyến đường, hẻm được chiếu sáng"),
    F("số 52.480 bộ đèn", "52.480", 52480, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng"),
    F("LED 31.940 bộ", "31.940", 31940, "count", "bộ đèn", "đèn LED", total=52480, percent=60.9),
    F("thay thế 6.815 bộ", "6.815", 6815, "count", "bộ đèn", "bộ đèn cao áp sodium thay thế bằng đèn LED",
      change=C("increase", 13.6, "%", "kế hoạch"), target=T(6000, "bộ đèn", True),
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đô thị đạt 100%", "100", 100, "percent", "%", "tỷ lệ chiếu sáng các tuyến đường chính đô thị"),
    F("dân cư đạt 86,5%", "86,5", 86.5, "percent", "%", "tỷ lệ chiếu sáng đường hẻm khu dân cư"),
    F("Ninh Kiều (78,2%)", "78,2", 78.2, "percent", "%", L, location="Ninh Kiều"),
    F("Cái Răng (71,5%)", "71,5", 71.5, "percent", "%", L, location="Cái Răng"),
    F("Bình Thủy (64,3%)", "64,3", 64.3, "percent", "%", L, location="Bình Thủy"),
    F("với 32,8%", "32,8", 32.8, "percent", "%", L, location="Cờ Đỏ"),
    F("là 58,7 tỷ đồng", "58,7", 58700000000, "money", "đồng", "tổng kinh phí đầu tư, duy trì hệ thống chiếu sáng",
      change=C("decrease", 4100000000, "đồng", "năm trước"), period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 7.500 bộ", "7.500", 7500, "count", "bộ đèn", "bộ đèn LED thay thế thêm", status="target", period=Y24),
    F("khoảng 75%", "75", 75, "percent", "%", "tỷ lệ đèn LED toàn thành phố", approx="about", status="target", period=Y24),
    F("từ 3,5 đến 4 triệu kWh", "3,5", 3500000, "measure", "kWh", "điện tiết kiệm", value_max=4000000,
      status="forecast", period=Y24),
]

emit(4, text, [
    "Báo Cần Thơ (Party newspaper): energy saved by LED street lighting in 2023, lamp stock, district LED shares, 2024 plans.",
    "Dateline: bare '12/03/2024 07:15' after the headline, byline before and after; '(CT)' is the paper's tag (implies Cần Thơ).",
    "Distractors: 'Quốc lộ 91', 'đường tỉnh 923' (road names), 'Tết Nguyên đán', 'năm 2022'/'năm trước' (baselines), a person's title.",
    "'So với năm 2022, lượng điện tiết kiệm tăng gấp 1,5 lần' is its own sentence and claim: a multiple figure (period inherited from 'Năm 2023').",
    "'trong đó đèn LED 31.940 bộ, chiếm 60,9%': part of 52.480 with its share. 6.815 bộ: 'vượt 13,6% kế hoạch' is a change vs plan, '(6.000 bộ)' the target (met).",
    "'Hiện …' sentences carry no period. District list: location = the district, subject = the list's indicator (tỷ lệ đèn LED), no period stated.",
    "58,7 tỷ: change -4,1 tỷ đồng (value in đồng) vs 'năm trước'. 2024: phấn đấu → target; 'dự kiến … từ 3,5 đến 4 triệu kWh' → forecast range, multiplier on both ends.",
], figs, published="2024-03-12", location="Cần Thơ")
