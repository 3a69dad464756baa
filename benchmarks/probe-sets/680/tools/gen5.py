"""p680-5: Báo Quảng Nam (Party newspaper) — Mã Châu silk village (Duy Xuyên): looms, output, revenue, exports."""
from lib import F, P, INH, CH, emit

TEXT = """Làng lụa Mã Châu vươn ra thị trường quốc tế

(QNO) - Làng lụa Mã Châu (thị trấn Nam Phước, huyện Duy Xuyên) có lịch sử hơn 400 năm, nằm cạnh tuyến ĐT610. Tại Festival Di sản Quảng Nam lần thứ 8, lụa Mã Châu là một trong những sản phẩm được du khách quan tâm nhất.

Hiện làng có 28 cơ sở dệt với 215 khung dệt, trong đó 160 khung dệt cơ khí và 55 khung dệt thủ công, giải quyết việc làm cho gần 400 lao động với thu nhập bình quân 6,5 triệu đồng/người/tháng.

Năm 2023, các cơ sở ở Mã Châu sản xuất khoảng 1,2 triệu mét lụa và vải tơ tằm, doanh thu đạt 86,4 tỷ đồng, tăng 15,7% so với năm 2022. Trong đó, doanh thu xuất khẩu đạt 21,6 tỷ đồng (tương đương khoảng 880.000 USD), chiếm 25%, chủ yếu sang Nhật Bản, Ấn Độ và Hàn Quốc.

Giá lụa tơ tằm Mã Châu hiện từ 250.000 đến 450.000 đồng/m tùy loại. Mỗi năm, làng lụa đón hơn 35.000 lượt khách tham quan, trong đó khoảng 60% là khách quốc tế.

Tuy nhiên, nguồn nguyên liệu tại chỗ còn hạn chế. Diện tích dâu của huyện Duy Xuyên chỉ còn 35 ha, giảm 20 ha so với năm 2020, nên các cơ sở phải nhập 85-90% lượng tơ từ Lâm Đồng.

Huyện Duy Xuyên đặt mục tiêu đến năm 2025 khôi phục 100 ha dâu, nâng doanh thu làng nghề lên 120 tỷ đồng/năm.

MINH THƯ
08/04/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 400 năm", "400", 400, "measure", "năm", "lịch sử làng lụa Mã Châu", approx="over", optional=True),
    F("có 28 cơ sở", "28", 28, "count", "cơ sở dệt", "cơ sở dệt"),
    F("với 215 khung", "215", 215, "count", "khung dệt", "khung dệt"),
    F("trong đó 160 khung", "160", 160, "count", "khung dệt", "khung dệt cơ khí", total=215),
    F("và 55 khung", "55", 55, "count", "khung dệt", "khung dệt thủ công", total=215),
    F("gần 400 lao động", "400", 400, "count", "lao động", "lao động được giải quyết việc làm", approx="nearly"),
    F("6,5 triệu đồng/người/tháng", "6,5", 6500000, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("khoảng 1,2 triệu mét", "1,2", 1200000, "measure", "mét", "lụa và vải tơ tằm sản xuất", Y23, approx="about"),
    F("đạt 86,4 tỷ đồng", "86,4", 86400000000, "money", "đồng", "doanh thu", Y23,
      change=CH("increase", 15.7, "%", "năm 2022")),
    F("đạt 21,6 tỷ đồng", "21,6", 21600000000, "money", "đồng", "doanh thu xuất khẩu", INH(Y23),
      total=86400000000, percent=25),
    F("khoảng 880.000 USD", "880.000", 880000, "money", "USD", "doanh thu xuất khẩu", INH(Y23), approx="about"),
    F("từ 250.000 đến 450.000", "250.000", 250000, "money", "đồng/m", "giá lụa tơ tằm Mã Châu", value_max=450000),
    F("hơn 35.000 lượt", "35.000", 35000, "count", "lượt khách", "lượt khách tham quan làng lụa mỗi năm",
      approx="over"),
    F("khoảng 60%", "60", 60, "percent", "%", "khách quốc tế trong lượt khách tham quan", approx="about"),
    F("còn 35 ha", "35", 35, "measure", "ha", "diện tích dâu", change=CH("decrease", 20, "ha", "năm 2020")),
    F("nhập 85-90%", "85", 85, "percent", "%", "lượng tơ nhập từ Lâm Đồng", value_max=90),
    F("khôi phục 100 ha", "100", 100, "measure", "ha", "diện tích dâu khôi phục", T25, status="target"),
    F("lên 120 tỷ đồng/năm", "120", 120000000000, "money", "đồng/năm", "doanh thu làng nghề", T25, status="target"),
]

COMMENTS = [
    "Báo Quảng Nam (invented): Mã Châu silk village, huyện Duy Xuyên — weaving units, looms, jobs, output, revenue, exports, tourism.",
    "Byline and bare date at the end -> published 2024-04-08. The village lies in huyện Duy Xuyên, named in the lead: location Duy Xuyên",
    "(a district; the province tag QNO is not needed). Lâm Đồng (silk source) and export markets are not places of the figures.",
    "'tương đương khoảng 880.000 USD' is an equivalent amount, its own money figure (as 469/h01 treat 'tương đương'); 'chiếm 25%'",
    "after the bracket is the percent of 21,6 tỷ. 'lịch sử hơn 400 năm' is optional (an age, arguably a duration).",
    "Not figures: ĐT610, 'Festival ... lần thứ 8', byline date.",
]

if __name__ == "__main__":
    emit("p680-5", TEXT, COMMENTS, FIGS, published="2024-04-08", location="Duy Xuyên")
