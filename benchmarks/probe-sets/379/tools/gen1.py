from lib import F, P, C, T, emit

text = """Cổng Thông tin điện tử tỉnh Sơn La
Trang chủ > Kinh tế > Công nghiệp - Năng lượng
Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.315

Sơn La: 98,6% số hộ dân được sử dụng điện lưới quốc gia

(SL) - Tính đến ngày 30/9/2024, toàn tỉnh có 204/204 xã, phường, thị trấn có điện lưới quốc gia; tổng số hộ được sử dụng điện lưới là 318.452 hộ, đạt 98,6% tổng số hộ, tăng 1,4 điểm phần trăm so với cuối năm 2020. Trong đó, khu vực nông thôn có 271.930 hộ sử dụng điện lưới, chiếm 85,4%.

Giai đoạn 2021-2025, tỉnh được phân bổ 1.126 tỷ đồng thực hiện Chương trình cấp điện nông thôn, miền núi và hải đảo theo Quyết định số 1740/QĐ-TTg, trong đó vốn ngân sách trung ương 955,7 tỷ đồng (chiếm 84,9%), vốn đối ứng của tỉnh và Tổng công ty Điện lực miền Bắc khoảng 170 tỷ đồng. Từ năm 2021 đến nay, các dự án đã xây dựng mới 312 trạm biến áp với tổng dung lượng 21.560 kVA, 486,3 km đường dây trung áp và gần 790 km đường dây hạ áp, cấp điện cho 14.208 hộ dân tại 402 bản.

Tuy nhiên, toàn tỉnh vẫn còn 63 bản với khoảng 4.450 hộ chưa có điện lưới, trong đó nhiều nhất là huyện Sốp Cộp (18 bản), Mường La (15 bản) và Bắc Yên (12 bản). Nguyên nhân chủ yếu do các bản ở vùng sâu, địa hình chia cắt, dân cư thưa, suất đầu tư cao.

Tỉnh phấn đấu đến hết năm 2025 có 99,5% số hộ dân được sử dụng điện lưới quốc gia, trong đó khu vực nông thôn đạt trên 99%. Theo Công ty Điện lực Sơn La, tỷ lệ tổn thất điện năng trên lưới hạ áp nông thôn của tỉnh 9 tháng năm 2024 là 6,12%, giảm 0,47 điểm phần trăm so với cùng kỳ năm 2023.

Mọi phản ánh về cấp điện, người dân liên hệ Công ty Điện lực Sơn La, số 56 đường Tô Hiệu, phường Tô Hiệu, TP Sơn La; Tổng đài chăm sóc khách hàng: 19006769.
Nguồn: Sở Công Thương"""

Q3 = P("Tính đến ngày 30/9/2024", end="2024-09-30")
Q3i = P("Tính đến ngày 30/9/2024", end="2024-09-30", inh=True)
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
DN = P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-14")
T25 = P("đến hết năm 2025", end="2025-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

figs = [
    F("Sơn La: 98,6% số hộ", "98,6", 98.6, "percent", "%", "số hộ dân được sử dụng điện lưới quốc gia"),
    F("204/204 xã", "204", 204, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có điện lưới quốc gia", Q3, total=204),
    F("là 318.452 hộ", "318.452", 318452, "count", "hộ", "tổng số hộ được sử dụng điện lưới", Q3,
      percent=98.6, change=C("increase", 1.4, "điểm phần trăm", "cuối năm 2020")),
    F("có 271.930 hộ", "271.930", 271930, "count", "hộ", "hộ khu vực nông thôn sử dụng điện lưới", Q3i,
      total=318452, percent=85.4),
    F("phân bổ 1.126 tỷ đồng", "1.126", 1126e9, "money", "đồng",
      "vốn thực hiện Chương trình cấp điện nông thôn, miền núi và hải đảo", GD),
    F("trung ương 955,7 tỷ đồng", "955,7", 955.7e9, "money", "đồng", "vốn ngân sách trung ương", GD,
      total=1126e9, percent=84.9),
    F("khoảng 170 tỷ đồng", "170", 170e9, "money", "đồng", "vốn đối ứng của tỉnh và Tổng công ty Điện lực miền Bắc", GD,
      approx="about", total=1126e9),
    F("mới 312 trạm biến áp", "312", 312, "count", "trạm biến áp", "trạm biến áp xây dựng mới", DN),
    F("21.560 kVA", "21.560", 21560, "measure", "kVA", "tổng dung lượng trạm biến áp xây dựng mới", DN),
    F("486,3 km", "486,3", 486.3, "measure", "km", "đường dây trung áp xây dựng mới", DN),
    F("gần 790 km", "790", 790, "measure", "km", "đường dây hạ áp xây dựng mới", DN, approx="nearly"),
    F("cho 14.208 hộ", "14.208", 14208, "count", "hộ", "hộ dân được cấp điện", DN),
    F("tại 402 bản", "402", 402, "count", "bản", "bản được cấp điện", DN),
    F("còn 63 bản", "63", 63, "count", "bản", "bản chưa có điện lưới", Q3i),
    F("khoảng 4.450 hộ", "4.450", 4450, "count", "hộ", "hộ chưa có điện lưới", Q3i, approx="about"),
    F("Sốp Cộp (18 bản)", "18", 18, "count", "bản", "bản chưa có điện lưới", Q3i, total=63, location="Sốp Cộp"),
    F("Mường La (15 bản)", "15", 15, "count", "bản", "bản chưa có điện lưới", Q3i, total=63, location="Mường La"),
    F("Bắc Yên (12 bản)", "12", 12, "count", "bản", "bản chưa có điện lưới", Q3i, total=63, location="Bắc Yên"),
    F("có 99,5% số hộ", "99,5", 99.5, "percent", "%", "số hộ dân được sử dụng điện lưới quốc gia", T25, status="target"),
    F("đạt trên 99%", "99", 99, "percent", "%", "hộ dân khu vực nông thôn được sử dụng điện lưới quốc gia", T25,
      approx="over", status="target"),
    F("là 6,12%", "6,12", 6.12, "percent", "%", "tỷ lệ tổn thất điện năng trên lưới hạ áp nông thôn", M9,
      change=C("decrease", 0.47, "điểm phần trăm", "cùng kỳ năm 2023")),
]

emit("p379-1", text, [
    "Cổng TTĐT tỉnh Sơn La: hộ dùng điện lưới, vốn Chương trình cấp điện nông thôn 2021-2025, bản chưa có điện, tổn thất hạ áp.",
    "'Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.315' — dateline + view counter (furniture). Title percent is a figure (no period).",
    "'đạt 98,6% tổng số hộ' after the count is its percent; 'tăng 1,4 điểm phần trăm' its change. 'Trong đó' part in the next sentence: total, inherited period.",
    "'trong đó nhiều nhất là huyện Sốp Cộp (18 bản) ...' follows the whole '63 bản' (same unit): total 63, district in location.",
    "'Từ năm 2021 đến nay' ends at the dateline. Targets 'đến hết năm 2025': start null. Distractors: QĐ 1740/QĐ-TTg, address, hotline 19006769.",
], figs, published="2024-10-14", location="Sơn La")
