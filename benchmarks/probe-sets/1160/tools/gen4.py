"""p1160-4: ministry site (Bộ TT&TT): postage stamp issues 2024 and plan 2025, stamp sales, Hội Tem Việt Nam, medals. National."""
from lib import F, P, I, C, T, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ / Tin tức - Sự kiện / Bưu chính

Năm 2025 dự kiến phát hành 14 bộ tem bưu chính

Ngày đăng: 26/12/2024 | Lượt xem: 1.089

Theo Quyết định số 2318/QĐ-BTTTT ngày 20/12/2024 phê duyệt kế hoạch phát hành tem bưu chính năm 2025, Bộ Thông tin và Truyền thông dự kiến phát hành 14 bộ tem với 38 mẫu tem và 3 blốc, trong đó 5 bộ tem kỷ niệm các sự kiện, ngày lễ lớn như 50 năm Ngày giải phóng miền Nam, thống nhất đất nước, 135 năm Ngày sinh Chủ tịch Hồ Chí Minh.

Năm 2024, Bộ đã phát hành 15 bộ tem gồm 41 mẫu tem và 2 blốc, tổng số lượng in khoảng 2,9 triệu con tem, giảm 12% so với năm 2023. Bộ tem "Bảo vật quốc gia" được bạn đọc bình chọn là bộ tem đẹp nhất năm với hơn 18.000 lượt bình chọn.

Theo Tổng công ty Bưu điện Việt Nam, doanh thu kinh doanh tem chơi năm 2024 ước đạt 46 tỷ đồng, bằng 95,8% năm 2023. Cả nước hiện có 63 bưu điện tỉnh, thành phố tổ chức quầy tem chơi; khoảng 1.400 khách hàng đăng ký mua tem theo hình thức thuê bao dài hạn.

Hội Tem Việt Nam hiện có 36 hội thành viên với hơn 4.200 hội viên, trong đó khoảng 35% là học sinh, sinh viên. Tại Triển lãm tem châu Á lần thứ 38 tổ chức ở Bangkok (Thái Lan) tháng 11/2024, Việt Nam có 6 bộ sưu tập tham dự, đoạt 6 huy chương (1 vàng lớn, 2 vàng, 3 bạc), xếp thứ 3 trong khu vực ASEAN về số huy chương.

Giai đoạn 2021-2025, Bộ đặt mục tiêu phát hành từ 60 đến 70 bộ tem, đưa tem bưu chính đến với ít nhất 500.000 học sinh thông qua các câu lạc bộ tem trường học.

Cơ quan chủ quản: Bộ Thông tin và Truyền thông
Địa chỉ: 18 Nguyễn Du, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3943.7225
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
NOV = P("tháng 11/2024", "2024-11-01", "2024-11-30")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
MEDAL = "huy chương của Việt Nam tại Triển lãm tem châu Á"

FIGS = [
    F("phát hành 14 bộ tem bưu chính", "14", 14, "count", "bộ tem", status="forecast",
      subject="bộ tem bưu chính phát hành", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("14 bộ tem với", "14", 14, "count", "bộ tem", status="forecast",
      subject="bộ tem bưu chính phát hành", period=Y25),
    F("38 mẫu tem", "38", 38, "count", "mẫu tem", status="forecast", subject="mẫu tem phát hành", period=Y25),
    F("và 3 blốc", "3", 3, "count", "blốc", status="forecast", subject="blốc tem phát hành", period=Y25),
    F("trong đó 5 bộ tem", "5", 5, "count", "bộ tem", total=14, status="forecast",
      subject="bộ tem kỷ niệm các sự kiện, ngày lễ lớn", period=Y25),
    F("phát hành 15 bộ tem", "15", 15, "count", "bộ tem", subject="bộ tem bưu chính đã phát hành", period=Y24),
    F("gồm 41 mẫu tem", "41", 41, "count", "mẫu tem", subject="mẫu tem đã phát hành", period=Y24),
    F("và 2 blốc", "2", 2, "count", "blốc", subject="blốc tem đã phát hành", period=Y24),
    F("khoảng 2,9 triệu", "2,9", 2.9e6, "count", "con tem", approx="about",
      change=C("decrease", 12, "%", "năm 2023"), subject="tổng số lượng tem in", period=Y24),
    F("hơn 18.000 lượt", "18.000", 18000, "count", "lượt bình chọn", approx="over",
      subject="lượt bình chọn bộ tem Bảo vật quốc gia"),
    F("ước đạt 46 tỷ", "46", 46e9, "money", "đồng", status="estimate", percent=95.8,
      subject="doanh thu kinh doanh tem chơi", period=Y24b),
    F("có 63 bưu điện", "63", 63, "count", "bưu điện tỉnh, thành phố",
      subject="bưu điện tỉnh, thành phố tổ chức quầy tem chơi"),
    F("khoảng 1.400 khách hàng", "1.400", 1400, "count", "khách hàng", approx="about",
      subject="khách hàng đăng ký mua tem theo hình thức thuê bao dài hạn"),
    F("có 36 hội thành viên", "36", 36, "count", "hội thành viên", subject="hội thành viên của Hội Tem Việt Nam"),
    F("hơn 4.200 hội viên", "4.200", 4200, "count", "hội viên", approx="over", subject="hội viên Hội Tem Việt Nam"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about", subject="tỷ lệ hội viên là học sinh, sinh viên"),
    F("có 6 bộ sưu tập", "6", 6, "count", "bộ sưu tập",
      subject="bộ sưu tập của Việt Nam tham dự Triển lãm tem châu Á", period=NOV),
    F("đoạt 6 huy chương", "6", 6, "count", "huy chương", subject=MEDAL, period=NOV),
    F("(1 vàng lớn", "1", 1, "count", "huy chương", total=6, subject="huy chương vàng lớn", period=NOV),
    F("2 vàng", "2", 2, "count", "huy chương", total=6, subject="huy chương vàng", period=NOV),
    F("3 bạc", "3", 3, "count", "huy chương", total=6, subject="huy chương bạc", period=NOV),
    F("xếp thứ 3", "3", 3, "rank", "hạng", subject="số huy chương trong khu vực ASEAN", period=NOV),
    F("từ 60 đến 70 bộ tem", "60", 60, "count", "bộ tem", value_max=70, status="target",
      subject="bộ tem phát hành", period=GD),
    F("ít nhất 500.000 học sinh", "500.000", 500000, "count", "học sinh", approx="at_least", status="target",
      subject="học sinh được tiếp cận tem bưu chính qua các câu lạc bộ tem trường học", period=GD),
]

NOTES = [
    "Ministry site (Bộ TT&TT), national (Việt Nam): stamp issue plan 2025 and results 2024. 'Ngày đăng: 26/12/2024 | Lượt xem: 1.089'.",
    "Distractors: Quyết định số 2318/QĐ-BTTTT ngày 20/12/2024, '50 năm Ngày giải phóng', '135 năm Ngày sinh' (names of anniversaries),",
    "'lần thứ 38', view counter, address '18 Nguyễn Du', phone. The Bangkok exhibition is a venue, not the figures' place (Việt Nam).",
    "'dự kiến phát hành' governs the whole sentence (forecast, incl. 'trong đó 5 bộ tem', total 14). '41 mẫu tem' after 'gồm' counts",
    "another thing than '15 bộ tem' (no total). '6 huy chương (1 vàng lớn, 2 vàng, 3 bạc)': bracketed breakdown adds up, total 6.",
    "'bằng 95,8% năm 2023' is the 46 tỷ's share. 'trong đó khoảng 35%' is a percent figure of its own. 'bộ tem đẹp nhất năm' gives no period.",
]

if __name__ == "__main__":
    write("p1160-4", TEXT, NOTES, FIGS, published="2024-12-26", location="Việt Nam")
