"""p652-8: CDC Thanh Hóa site — myopia and scoliosis screening, quarter I/2024."""
from lib import F, P, I, CH, TG, SY, emit

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH THANH HÓA
Tin hoạt động » Sức khỏe học đường
Ngày cập nhật 12/04/2024

Quý I/2024: Khám sàng lọc cận thị, cong vẹo cột sống cho hơn 15.000 học sinh

Trong quý I/2024, Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Thanh Hóa phối hợp với Bệnh viện Mắt tỉnh khám sàng lọc tật khúc xạ và cong vẹo cột sống cho 15.320 học sinh tại 42 trường thuộc 6 huyện, thị xã, thành phố, đạt 102,1% kế hoạch quý.

Kết quả, có 3.987 em mắc tật khúc xạ, chiếm 26%, trong đó cận thị 3.612 em, viễn thị và loạn thị 375 em. Ngoài ra, 612 em có dấu hiệu cong vẹo cột sống (4%), cao hơn 1,2 điểm phần trăm so với quý I/2023.

Đáng chú ý, tỷ lệ cận thị ở học sinh THPT nội thành thành phố Thanh Hóa lên tới từ 40 đến 45%. Tỷ lệ này gấp khoảng 3 lần khu vực miền núi.

Trung tâm đã trao tặng 1.450 kính thuốc miễn phí cho học sinh có hoàn cảnh khó khăn, trị giá khoảng 290 triệu đồng, bình quân 200.000 đồng/kính.

Hiện toàn tỉnh có 1.284/2.016 trường học có nhân viên y tế chuyên trách, chiếm 63,7%.

Trong quý II/2024, dự kiến Trung tâm sàng lọc thêm 12.000 học sinh tại 35 trường của các huyện Nga Sơn, Hậu Lộc và Hoằng Hóa.

Mọi thông tin xin liên hệ: Khoa Sức khỏe môi trường - Y tế trường học, số 101 Nguyễn Trãi, phường Ba Đình, TP Thanh Hóa; điện thoại 0237.3852.146.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
FIGS = [
    F("hơn 15.000 học sinh", "15.000", 15000, "count", "học sinh", "học sinh được khám sàng lọc cận thị, cong vẹo cột sống",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), approx="over"),
    F("cho 15.320 học sinh", "15.320", 15320, "count", "học sinh", "học sinh được khám sàng lọc tật khúc xạ và cong vẹo cột sống", Q1, percent=102.1),
    F("tại 42 trường", "42", 42, "count", "trường", "trường được khám sàng lọc", Q1),
    F("thuộc 6 huyện", "6", 6, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố được khám sàng lọc", Q1),
    F("có 3.987 em", "3.987", 3987, "count", "em", "học sinh mắc tật khúc xạ", I(Q1), percent=26),
    F("cận thị 3.612 em", "3.612", 3612, "count", "em", "học sinh cận thị", I(Q1), total=3987),
    F("loạn thị 375 em", "375", 375, "count", "em", "học sinh viễn thị và loạn thị", I(Q1), total=3987),
    F("Ngoài ra, 612 em", "612", 612, "count", "em", "học sinh có dấu hiệu cong vẹo cột sống", I(Q1), percent=4,
      change=CH("increase", 1.2, "điểm phần trăm", "quý I/2023")),
    F("từ 40 đến 45%", "40", 40, "percent", "%", "tỷ lệ cận thị ở học sinh THPT nội thành", value_max=45),
    F("gấp khoảng 3 lần", "3", 3, "multiple", "lần", "tỷ lệ cận thị ở học sinh THPT nội thành so với khu vực miền núi", approx="about"),
    F("tặng 1.450 kính", "1.450", 1450, "count", "kính thuốc", "kính thuốc trao tặng miễn phí cho học sinh có hoàn cảnh khó khăn"),
    F("khoảng 290 triệu đồng", "290", 290e6, "money", "đồng", "trị giá kính thuốc trao tặng", approx="about"),
    F("bình quân 200.000 đồng", "200.000", 200000, "money", "đồng/kính", "giá trị bình quân mỗi kính"),
    F("có 1.284/2.016", "1.284", 1284, "count", "trường học", "trường học có nhân viên y tế chuyên trách", total=2016, percent=63.7),
    F("thêm 12.000 học sinh", "12.000", 12000, "count", "học sinh", "học sinh được sàng lọc", Q2, status="forecast"),
    F("tại 35 trường", "35", 35, "count", "trường", "trường được sàng lọc", Q2, status="forecast"),
]

COMMENTS = [
    "CDC Thanh Hóa: khám sàng lọc tật khúc xạ, cong vẹo cột sống quý I/2024; kính tặng; nhân viên y tế trường học; kế hoạch quý II.",
    "'Ngày cập nhật 12/04/2024' is the dateline. Not figures: 'số 101 Nguyễn Trãi', phone, 'quý I/2023' (a baseline).",
    "'đạt 102,1% kế hoạch quý' is the percent of 15.320 (cf. 'đạt 87,66% chỉ tiêu'). '(4%)' in brackets after 612 em is its share (percent);",
    "'cao hơn 1,2 điểm phần trăm so với quý I/2023' is its change. 3.612 + 375 = 3.987 after 'trong đó': total. 'gấp khoảng 3 lần' in its own",
    "sentence is a multiple. The 40-45% of THPT pupils in the city of Thanh Hóa keeps location Thanh Hóa (city and province share the name).",
]

if __name__ == "__main__":
    emit("p652-8", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Thanh Hóa")
