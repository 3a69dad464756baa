"""p602-2: district portal (Tu Mơ Rông, Kon Tum) — rural electrification."""
from lib import F, P, INH, CH, emit

TEXT = """Cổng thông tin điện tử huyện Tu Mơ Rông - tỉnh Kon Tum
Trang chủ > Tin tức > Kinh tế - Xã hội
Thứ Năm, 21/03/2024 - 15:05

Gần 97% hộ dân Tu Mơ Rông được sử dụng điện lưới quốc gia

Đến cuối tháng 2/2024, toàn huyện có 5.986/6.183 hộ được sử dụng điện lưới quốc gia, đạt tỷ lệ 96,8%, tăng 4,1 điểm phần trăm so với năm 2021. Hiện còn 197 hộ tại sáu thôn chưa có điện lưới, tập trung ở các xã Măng Ri, Ngọk Lây và Đắk Na.

Giai đoạn 2021-2023, huyện triển khai Dự án cấp điện nông thôn từ lưới điện quốc gia với tổng mức đầu tư 68,5 tỷ đồng, trong đó vốn ngân sách trung ương 58,2 tỷ đồng, còn lại là vốn đối ứng của tỉnh. Dự án đã xây dựng mới 31,6 km đường dây trung áp 22kV, 24 trạm biến áp và 42,3 km đường dây hạ áp, cấp điện cho 1.126 hộ, trong đó xã Đắk Na 312 hộ, xã Tê Xăng 284 hộ, xã Măng Ri 265 hộ.

Anh A Thiên ở thôn Long Láy 1, xã Ngọk Lây, cho biết từ khi có điện lưới, chi phí thắp sáng của gia đình giảm từ 30 đến 40% so với dùng máy phát. Tại xã Tê Xăng, hơn 70% số hộ đã mua sắm ti vi, tủ lạnh.

Năm 2024, huyện dự kiến cần khoảng 12 tỷ đồng để kéo điện đến các thôn còn lại, trong đó có tuyến dọc Quốc lộ 40B qua xã Đắk Hà. Huyện phấn đấu đến năm 2025 có 100% số thôn và 99% số hộ được sử dụng điện lưới quốc gia.

Y Bôn - Văn phòng HĐND và UBND huyện
Điện thoại: 0260.3829.102
"""

GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Gần 97%", "97", 97, "percent", "%", "hộ dân được sử dụng điện lưới quốc gia", approx="nearly"),
    F("có 5.986/6.183 hộ", "5.986", 5986, "count", "hộ", "hộ được sử dụng điện lưới quốc gia",
      P("Đến cuối tháng 2/2024", None, "2024-02-29"), total=6183, percent=96.8,
      change=CH("increase", 4.1, "điểm phần trăm", "năm 2021")),
    F("còn 197 hộ", "197", 197, "count", "hộ", "hộ chưa có điện lưới"),
    F("tại sáu thôn", "sáu", 6, "count", "thôn", "thôn chưa có điện lưới"),
    F("đầu tư 68,5 tỷ đồng", "68,5", 68500000000, "money", "đồng",
      "tổng mức đầu tư Dự án cấp điện nông thôn từ lưới điện quốc gia", GD),
    F("trung ương 58,2 tỷ đồng", "58,2", 58200000000, "money", "đồng", "vốn ngân sách trung ương", GD,
      total=68500000000),
    F("31,6 km", "31,6", 31.6, "measure", "km", "đường dây trung áp xây dựng mới", INH(GD)),
    F("24 trạm biến áp", "24", 24, "count", "trạm biến áp", "trạm biến áp xây dựng mới", INH(GD)),
    F("42,3 km", "42,3", 42.3, "measure", "km", "đường dây hạ áp xây dựng mới", INH(GD)),
    F("cho 1.126 hộ", "1.126", 1126, "count", "hộ", "hộ được cấp điện", INH(GD)),
    F("Đắk Na 312 hộ", "312", 312, "count", "hộ", "hộ được cấp điện xã Đắk Na", INH(GD), total=1126),
    F("Tê Xăng 284 hộ", "284", 284, "count", "hộ", "hộ được cấp điện xã Tê Xăng", INH(GD), total=1126),
    F("Măng Ri 265 hộ", "265", 265, "count", "hộ", "hộ được cấp điện xã Măng Ri", INH(GD), total=1126),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "chi phí thắp sáng của gia đình giảm", value_max=40),
    F("hơn 70% số hộ", "70", 70, "percent", "%", "số hộ đã mua sắm ti vi, tủ lạnh", approx="over"),
    F("khoảng 12 tỷ đồng", "12", 12000000000, "money", "đồng", "vốn cần để kéo điện đến các thôn còn lại",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("có 100% số thôn", "100", 100, "percent", "%", "số thôn được sử dụng điện lưới quốc gia", T25,
      status="target"),
    F("và 99% số hộ", "99", 99, "percent", "%", "số hộ được sử dụng điện lưới quốc gia", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Tu Mơ Rông (Kon Tum): tỷ lệ hộ dùng điện lưới quốc gia, dự án cấp điện nông thôn 2021-2023.",
    "District portal with weekday dateline; location is the district. Communes (xã) are below district level, so commune",
    "items keep the district as location and carry the commune in the subject. 'Đến cuối tháng 2/2024' ends 2024-02-29 (leap).",
    "'5.986/6.183 hộ, đạt tỷ lệ 96,8%, tăng 4,1 điểm phần trăm' -> total, percent and change on the count. 'sáu thôn' = 6.",
    "'giảm từ 30 đến 40% so với dùng máy phát' is a rate that is the claim (no base amount): percent range, no change.",
    "Distractors: 22kV, 'thôn Long Láy 1', 'Quốc lộ 40B', phone 0260.3829.102, dateline, 'Giai đoạn 2021-2023'.",
    "'Hiện còn' sentence has no period; the 2025 targets end 2025-12-31 (start null).",
]

if __name__ == "__main__":
    emit("p602-2", TEXT, COMMENTS, FIGS, published="2024-03-21", location="Tu Mơ Rông")
