"""p540-6: national press (VnExpress style) — TP HCM flooded roads, tidal-flood project, wastewater plants, fees."""
from lib import emit, fig, per, chg

TEXT = """Thời sự › Giao thông

Thứ ba, 8/10/2024, 06:30 (GMT+7)

TP HCM còn 21 tuyến đường ngập do mưa

Sau nhiều năm đầu tư chống ngập, đến tháng 9/2024 TP HCM còn 21 tuyến đường thường xuyên ngập khi mưa lớn, giảm 8 tuyến so với cuối năm 2023, trong đó nhiều nhất là TP Thủ Đức (6 tuyến), quận Bình Tân (4 tuyến) và quận 12 (3 tuyến). Năm 2008, con số này là 126 tuyến. Các tuyến ngập sâu nhất là Nguyễn Hữu Cảnh, đường 3/2 (quận 10) và Quốc lộ 13.

Dự án giải quyết ngập do triều khu vực TP HCM có xét đến yếu tố biến đổi khí hậu (giai đoạn 1) có tổng vốn gần 10.000 tỷ đồng, gồm 6 cống kiểm soát triều và 7,9 km đê bao ven sông Sài Gòn, đến nay đã hoàn thành khoảng 95% khối lượng. Dự án dự kiến hoàn thành trong quý II/2025, khi vận hành sẽ kiểm soát ngập do triều cho khu vực rộng khoảng 570 km² với khoảng 6,5 triệu dân.

Về xử lý nước thải, thành phố hiện có 3 nhà máy tập trung với tổng công suất 630.000 m³/ngày đêm, gồm Bình Hưng 469.000 m³/ngày đêm, Bình Hưng Hòa 30.000 m³/ngày đêm và Tham Lương - Bến Cát 131.000 m³/ngày đêm. Tỷ lệ nước thải sinh hoạt được thu gom, xử lý mới đạt khoảng 17%; mục tiêu đến năm 2030 nâng lên 40-50%.

Năm 2024, giá dịch vụ thoát nước và xử lý nước thải tại TP HCM bằng 20% giá nước sạch (chưa gồm VAT); theo lộ trình, năm 2025 dự kiến là 25% và năm 2026 là 30%.

Gia Minh
"""

ASOF = per("đến tháng 9/2024", end="2024-09-30")
SUBJ_RD = "tuyến đường thường xuyên ngập khi mưa lớn"
SUBJ_FEE = "giá dịch vụ thoát nước và xử lý nước thải so với giá nước sạch"
SUBJ_PLANT = "công suất nhà máy xử lý nước thải"

FIGS = [
    fig("còn 21 tuyến đường ngập", "21", 21, "count", "tuyến đường", "tuyến đường ngập do mưa"),
    fig("còn 21 tuyến đường thường", "21", 21, "count", "tuyến đường", SUBJ_RD, ASOF,
        change=chg("decrease", 8, "tuyến", baseline="cuối năm 2023")),
    fig("(6 tuyến)", "6", 6, "count", "tuyến", SUBJ_RD, ASOF, total=21, location="Thủ Đức"),
    fig("(4 tuyến)", "4", 4, "count", "tuyến", SUBJ_RD, ASOF, total=21, location="Bình Tân"),
    fig("(3 tuyến)", "3", 3, "count", "tuyến", SUBJ_RD, ASOF, total=21, location="quận 12"),
    fig("là 126 tuyến", "126", 126, "count", "tuyến", "tuyến đường ngập do mưa",
        per("Năm 2008", "2008-01-01", "2008-12-31")),
    fig("gần 10.000 tỷ", "10.000", 10000e9, "money", "đồng",
        "tổng vốn dự án giải quyết ngập do triều giai đoạn 1", approx="nearly"),
    fig("gồm 6 cống", "6", 6, "count", "cống", "cống kiểm soát triều"),
    fig("và 7,9 km", "7,9", 7.9, "measure", "km", "đê bao ven sông Sài Gòn"),
    fig("khoảng 95% khối lượng", "95", 95, "percent", "%", "khối lượng dự án đã hoàn thành",
        per("đến nay", end="2024-10-08"), approx="about"),
    fig("khoảng 570 km²", "570", 570, "measure", "km²", "diện tích khu vực được kiểm soát ngập do triều",
        approx="about", status="forecast"),
    fig("khoảng 6,5 triệu dân", "6,5", 6.5e6, "count", "dân", "dân trong khu vực được kiểm soát ngập do triều",
        approx="about", status="forecast"),
    fig("có 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy xử lý nước thải tập trung"),
    fig("suất 630.000 m³", "630.000", 630000, "measure", "m³/ngày đêm", "tổng công suất nhà máy xử lý nước thải"),
    fig("Bình Hưng 469.000", "469.000", 469000, "measure", "m³/ngày đêm", SUBJ_PLANT + " Bình Hưng", total=630000),
    fig("Hòa 30.000", "30.000", 30000, "measure", "m³/ngày đêm", SUBJ_PLANT + " Bình Hưng Hòa", total=630000),
    fig("Cát 131.000", "131.000", 131000, "measure", "m³/ngày đêm", SUBJ_PLANT + " Tham Lương - Bến Cát",
        total=630000),
    fig("khoảng 17%", "17", 17, "percent", "%", "tỷ lệ nước thải sinh hoạt được thu gom, xử lý", approx="about"),
    fig("lên 40-50%", "40", 40, "percent", "%", "tỷ lệ nước thải sinh hoạt được thu gom, xử lý",
        per("đến năm 2030", end="2030-12-31"), value_max=50, status="target"),
    fig("bằng 20% giá", "20", 20, "percent", "%", SUBJ_FEE, per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("là 25%", "25", 25, "percent", "%", SUBJ_FEE, per("năm 2025", "2025-01-01", "2025-12-31"),
        status="forecast"),
    fig("là 30%", "30", 30, "percent", "%", SUBJ_FEE, per("năm 2026", "2026-01-01", "2026-12-31"),
        status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ ba, 8/10/2024, 06:30 (GMT+7)' is the article's date; byline at the end.",
    "TP HCM: tuyến đường ngập do mưa (as of tháng 9/2024), dự án chống ngập do triều, nhà máy xử lý nước thải, giá dịch vụ.",
    "Not figures: '(GMT+7)', 'giai đoạn 1', 'đường 3/2', 'quận 10', 'Quốc lộ 13', 'quý II/2025'.",
    "Location: TP HCM written 'TP HCM' → 'Hồ Chí Minh'; bracketed district items after 'trong đó' take the district and",
    "total 21 ('quận 12' is a district name). Plant names Bình Hưng / Bình Hưng Hòa / Tham Lương - Bến Cát are plants,",
    "not places (subject, location stays TP HCM); after 'gồm' they add up to 630.000 (total). '6 cống', '7,9 km' after",
    "'gồm' follow a money figure: different things, no total. 'đến nay' ends at the article's date.",
    "'dự kiến' governs the forecast clause (570 km², 6,5 triệu dân) and the 2025/2026 fee steps ('năm 2026 là 30%' continues it).",
]

if __name__ == "__main__":
    emit("p540-6", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hồ Chí Minh")
