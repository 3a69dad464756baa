from lib import *

TEXT = """Cà Mau đầu tư hơn 1.300 tỷ đồng xây kè chống sạt lở bờ biển Tây

(BCM) - Những năm gần đây, bờ biển Tây tỉnh Cà Mau bị sạt lở nghiêm trọng, có nơi biển lấn vào từ 20 đến 50 m mỗi năm. Toàn tuyến bờ biển Tây dài khoảng 107 km, đến nay đã có 63 km bị sạt lở, trong đó 25,5 km sạt lở đặc biệt nguy hiểm.

Từ năm 2018 đến nay, tỉnh đã huy động hơn 1.300 tỷ đồng đầu tư xây dựng 41,2 km kè chống sạt lở, gồm 26,8 km kè bê tông và 14,4 km kè mềm bằng cọc ly tâm, cừ tràm. Nhờ đó, hơn 8.600 ha đất sản xuất và 3.100 hộ dân sống dọc tuyến đê biển Tây đã được bảo vệ an toàn.

Các huyện U Minh, Trần Văn Thời và Phú Tân lần lượt có 14,6 km, 17,3 km và 9,3 km kè đã hoàn thành. Giá thành xây dựng kè bê tông hiện khoảng 90-120 triệu đồng/m dài. Tính ra, chi phí này cao gấp 3 lần kè mềm.

Ông Lê Văn Sử, Phó Chủ tịch UBND tỉnh cho biết, năm 2024 tỉnh dự kiến bố trí thêm khoảng 420 tỷ đồng để thi công 8 km kè tại những điểm xung yếu nhất; phấn đấu đến năm 2025 hoàn thành xử lý 100% các đoạn sạt lở đặc biệt nguy hiểm.

Bên cạnh đó, từ đầu năm đến nay tỉnh đã trồng mới 215 ha rừng phòng hộ ven biển, tỷ lệ cây sống đạt trên 80%. Tỉnh cũng yêu cầu các địa phương nghiêm cấm khai thác cát, nuôi trồng thủy sản trong phạm vi 200 m tính từ chân kè, theo Nghị định số 66/2021/NĐ-CP của Chính phủ.

TRẦN NGUYÊN - HỮU NGHĨA
12/04/2024
"""

NOW = P("đến nay", None, "2024-04-12")
SINCE = P("Từ năm 2018 đến nay", "2018-01-01", "2024-04-12")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-04-12")

FIGS = [
    F("hơn 1.300 tỷ đồng xây kè", "1.300", 1_300_000_000_000, "money", "đồng", "vốn đầu tư xây kè chống sạt lở bờ biển Tây",
      approx="over"),
    F("từ 20 đến 50 m", "20", 20, "measure", "m/năm", "biển lấn vào bờ biển Tây", value_max=50),
    F("dài khoảng 107 km", "107", 107, "measure", "km", "chiều dài toàn tuyến bờ biển Tây", approx="about"),
    F("có 63 km", "63", 63, "measure", "km", "bờ biển Tây bị sạt lở", NOW),
    F("trong đó 25,5 km", "25,5", 25.5, "measure", "km", "bờ biển Tây sạt lở đặc biệt nguy hiểm", NOW, total=63),
    F("huy động hơn 1.300 tỷ đồng", "1.300", 1_300_000_000_000, "money", "đồng",
      "vốn huy động đầu tư xây dựng kè chống sạt lở", SINCE, approx="over"),
    F("xây dựng 41,2 km kè", "41,2", 41.2, "measure", "km", "kè chống sạt lở được đầu tư xây dựng", SINCE),
    F("gồm 26,8 km", "26,8", 26.8, "measure", "km", "kè bê tông", SINCE, total=41.2),
    F("và 14,4 km", "14,4", 14.4, "measure", "km", "kè mềm bằng cọc ly tâm, cừ tràm", SINCE, total=41.2),
    F("hơn 8.600 ha", "8.600", 8600, "measure", "ha", "đất sản xuất được bảo vệ an toàn", I(SINCE), approx="over"),
    F("3.100 hộ dân", "3.100", 3100, "count", "hộ dân", "hộ dân sống dọc tuyến đê biển Tây được bảo vệ an toàn", I(SINCE)),
    F("có 14,6 km", "14,6", 14.6, "measure", "km", "kè đã hoàn thành", location="U Minh"),
    F("17,3 km", "17,3", 17.3, "measure", "km", "kè đã hoàn thành", location="Trần Văn Thời"),
    F("và 9,3 km", "9,3", 9.3, "measure", "km", "kè đã hoàn thành", location="Phú Tân"),
    F("khoảng 90-120 triệu", "90", 90_000_000, "money", "đồng/m dài", "giá thành xây dựng kè bê tông",
      value_max=120_000_000, approx="about"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "chi phí xây dựng kè bê tông so với kè mềm"),
    F("khoảng 420 tỷ đồng", "420", 420_000_000_000, "money", "đồng", "vốn bố trí thêm để thi công kè", Y24,
      approx="about", status="forecast"),
    F("thi công 8 km kè", "8", 8, "measure", "km", "kè thi công tại những điểm xung yếu nhất", Y24, status="forecast"),
    F("xử lý 100% các đoạn", "100", 100, "percent", "%", "các đoạn sạt lở đặc biệt nguy hiểm được xử lý",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("trồng mới 215 ha", "215", 215, "measure", "ha", "rừng phòng hộ ven biển trồng mới", YTD),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ cây sống", YTD, approx="over"),
    F("phạm vi 200 m", "200", 200, "measure", "m", "phạm vi nghiêm cấm khai thác cát, nuôi trồng thủy sản tính từ chân kè",
      optional=True),
]

COMMENTS = [
    "Báo Cà Mau (Party newspaper, tag '(BCM)'), byline and bare date '12/04/2024' at the end: kè chống sạt lở bờ biển Tây.",
    "'đến nay' ends at the dateline; 'Từ năm 2018 đến nay' runs 2018-01-01 … 2024-04-12. '26,8 km … và 14,4 km' after 'gồm' are",
    "parts of 41,2 km; the district list with 'lần lượt' has no part-of cue (own sentence), so no total, each district its location.",
    "'cao gấp 3 lần kè mềm' stands as its own claim (sentence 'Tính ra, …'): a multiple. '90-120 triệu đồng/m dài' is a money range.",
    "'dự kiến' governs the 420 tỷ and the 8 km (forecast); 'phấn đấu đến năm 2025 … 100%' is a target.",
    "Not figures: Nghị định số 66/2021/NĐ-CP, năm 2018, dateline. The 200 m protection zone is a legal rule, not a statistic: optional.",
]

emit("p565-5", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Cà Mau")
