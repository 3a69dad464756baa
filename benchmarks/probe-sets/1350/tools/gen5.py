"""p1350-5: provincial newspaper (Báo Quảng Nam, tag QNO): Tam Kỳ pavements 2024, pothole patching on provincial roads."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NAM ONLINE
Kinh tế - Đô thị
Thứ Ba, 12/03/2024 | 15:10

Tam Kỳ chi gần 18 tỷ đồng chỉnh trang vỉa hè

Nhiều tuyến vỉa hè ở trung tâm TP.Tam Kỳ xây dựng từ năm 2010 đã bong tróc, sụt lún, gây mất mỹ quan và nguy hiểm cho người đi bộ.

(QNO) - Theo UBND TP.Tam Kỳ, giai đoạn 2022 - 2023, thành phố đã cải tạo vỉa hè 23 tuyến đường với tổng diện tích 41.500 m2, kinh phí hơn 26 tỷ đồng. Năm nay, thành phố bố trí 17,8 tỷ đồng, tăng gần gấp đôi so với năm 2023, để cải tạo 11 tuyến, gồm 7 tuyến tại phường An Mỹ, An Xuân và 4 tuyến tại phường Tân Thạnh. Vỉa hè được lát gạch terrazzo và đá granite trên lớp vữa xi măng PCB40, đơn giá bình quân khoảng 420.000 đồng/m2.

Ông Nguyễn Văn Tín, Phó Chủ tịch UBND TP.Tam Kỳ cho biết, qua rà soát, khoảng 30% diện tích vỉa hè nội thị đã xuống cấp, cần cải tạo. "Thành phố phấn đấu đến năm 2025, 100% tuyến đường chính có vỉa hè đạt chuẩn", ông Tín nói.

Cũng theo Sở GTVT Quảng Nam, từ đầu năm đến nay, Đoạn Quản lý đường bộ tỉnh đã vá gần 3.200 m2 ổ gà trên các tuyến ĐT.609, ĐT.610 và ĐT.616 bằng bê tông nhựa nóng C12,5, kinh phí khoảng 1,5 tỷ đồng. Đơn giá vá ổ gà hiện từ 280.000 - 320.000 đồng/m2, tùy độ sâu. Đơn vị cũng lắp đặt 120 biển cảnh báo tại các vị trí mặt đường hư hỏng chưa kịp sửa chữa.

HOÀNG LIÊN

Tags: vỉa hè, Tam Kỳ, chỉnh trang đô thị
"""

G2223 = P("giai đoạn 2022 - 2023", "2022-01-01", "2023-12-31")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-03-12")
QN = "Quảng Nam"

FIGS = [
    F("gần 18 tỷ", "18", 18e9, "money", "đồng", "kinh phí chỉnh trang vỉa hè", approx="nearly"),
    F("hè 23 tuyến", "23", 23, "count", "tuyến đường", "tuyến đường đã cải tạo vỉa hè", G2223),
    F("tích 41.500 m2", "41.500", 41500, "measure", "m2", "tổng diện tích vỉa hè cải tạo", G2223),
    F("hơn 26 tỷ", "26", 26e9, "money", "đồng", "kinh phí cải tạo vỉa hè", G2223, approx="over"),
    F("bố trí 17,8 tỷ", "17,8", 17.8e9, "money", "đồng", "kinh phí thành phố bố trí cải tạo vỉa hè", NOW,
      change=C("increase", 2, "lần", "năm 2023", approx="nearly")),
    F("cải tạo 11 tuyến", "11", 11, "count", "tuyến", "tuyến cải tạo vỉa hè", NOW),
    F("gồm 7 tuyến", "7", 7, "count", "tuyến", "tuyến tại phường An Mỹ, An Xuân", NOW, total=11),
    F("và 4 tuyến", "4", 4, "count", "tuyến", "tuyến tại phường Tân Thạnh", NOW, total=11),
    F("khoảng 420.000", "420.000", 420000, "money", "đồng/m2", "đơn giá bình quân lát vỉa hè", approx="about"),
    F("khoảng 30%", "30", 30, "percent", "%", "diện tích vỉa hè nội thị đã xuống cấp", approx="about"),
    F("2025, 100%", "100", 100, "percent", "%", "tuyến đường chính có vỉa hè đạt chuẩn", T25, status="target"),
    F("gần 3.200 m2", "3.200", 3200, "measure", "m2", "diện tích ổ gà đã vá", YTD, approx="nearly", location=QN),
    F("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", "kinh phí vá ổ gà", YTD, approx="about", location=QN),
    F("từ 280.000 - 320.000", "280.000", 280000, "money", "đồng/m2", "đơn giá vá ổ gà", value_max=320000,
      location=QN),
    F("đặt 120 biển", "120", 120, "count", "biển cảnh báo", "biển cảnh báo lắp đặt tại các vị trí mặt đường hư hỏng",
      I(YTD), location=QN),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Nam): section, 'Thứ Ba, 12/03/2024 | 15:10', headline figure, sapo, tag '(QNO) -', byline, tags.",
    "Distractors: 15:10, 'từ năm 2010', 'vữa xi măng PCB40' and 'bê tông nhựa nóng C12,5' (product grades), ĐT.609, ĐT.610, ĐT.616.",
    "Default location Tam Kỳ (the city); the Sở GTVT paragraph speaks of the province → Quảng Nam.",
    "Headline 'gần 18 tỷ đồng' has no period phrase in its sentence (no period). 'Năm nay' → 2024 (published).",
    "'bố trí 17,8 tỷ đồng, tăng gần gấp đôi so với năm 2023' → change increase 2 lần, approx nearly (gấp đôi = 2 lần).",
    "'11 tuyến, gồm 7 tuyến ... và 4 tuyến ...' → parts with total 11; the wards are below city level: location stays Tam Kỳ.",
    "'phấn đấu đến năm 2025, 100% ...' → target, end 2025-12-31. Standing prices ('đơn giá ... hiện') carry no period.",
    "'Đơn vị cũng lắp đặt 120 biển' continues the 'từ đầu năm đến nay' report of the previous sentences (inherited).",
]

if __name__ == "__main__":
    write("p1350-5", TEXT, NOTES, FIGS, published="2024-03-12", location="Tam Kỳ")
