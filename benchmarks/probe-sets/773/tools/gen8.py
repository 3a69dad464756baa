"""p773-8: Báo Hà Tĩnh, provincial rehabilitation hospital, 6 months 2024; byline + time + date dateline."""
from lib import F, P, I, CH, emit

TEXT = """Báo Hà Tĩnh > Sức khỏe

Bệnh viện Phục hồi chức năng Hà Tĩnh: công suất giường bệnh đạt 118%

THU PHƯƠNG 07:45, 21/08/2024

(Baohatinh.vn) - 6 tháng đầu năm 2024, Bệnh viện Phục hồi chức năng Hà Tĩnh đã khám cho 21.560 lượt người, tăng 9,8% so với cùng kỳ, đạt 56,7% kế hoạch năm; điều trị nội trú cho 2.874 lượt bệnh nhân.

Với 150 giường kế hoạch, bệnh viện thường xuyên phải kê thêm giường, công suất sử dụng giường bệnh bình quân đạt 118%, riêng quý II là 124%. Bệnh viện là đơn vị hạng II, có 186 cán bộ, nhân viên, trong đó 32 bác sĩ và 54 kỹ thuật viên phục hồi chức năng.

Trong tổng số người bệnh điều trị nội trú, có 1.012 ca di chứng tai biến mạch máu não, 437 ca chấn thương cột sống, lần lượt chiếm 35,2% và 15,2%. Số ngày điều trị nội trú trung bình là 18,5 ngày/đợt, giảm 1,2 ngày so với cùng kỳ. Bệnh viện cũng lắp đặt 96 dụng cụ chỉnh hình và cho mượn 40 xe lăn để người bệnh tập luyện tại nhà.

"Nhu cầu phục hồi chức năng ngày càng lớn, dự kiến đến cuối năm 2024 số lượt khám sẽ đạt khoảng 40.000 lượt", bác sĩ Nguyễn Hữu Tình, Giám đốc bệnh viện cho biết. Tỉnh đã phê duyệt dự án mở rộng bệnh viện tại xã Thạch Trung, TP Hà Tĩnh (gần đường 26/3) với tổng mức đầu tư 85 tỷ đồng, nâng quy mô lên 250 giường vào năm 2026.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("bệnh đạt 118%", "118", 118, "percent", "%",
      "công suất giường bệnh Bệnh viện Phục hồi chức năng Hà Tĩnh"),
    F("cho 21.560 lượt", "21.560", 21560, "count", "lượt người",
      "lượt người Bệnh viện Phục hồi chức năng Hà Tĩnh khám", H1,
      percent=56.7, change=CH("increase", 9.8, baseline="cùng kỳ")),
    F("cho 2.874 lượt", "2.874", 2874, "count", "lượt bệnh nhân", "lượt bệnh nhân điều trị nội trú", H1),
    F("Với 150 giường", "150", 150, "count", "giường", "giường kế hoạch của bệnh viện"),
    F("bình quân đạt 118%", "118", 118, "percent", "%", "công suất sử dụng giường bệnh bình quân", I(H1)),
    F("là 124%", "124", 124, "percent", "%", "công suất sử dụng giường bệnh quý II",
      P("quý II", "2024-04-01", "2024-06-30")),
    F("có 186 cán bộ", "186", 186, "count", "cán bộ, nhân viên", "cán bộ, nhân viên bệnh viện"),
    F("32 bác sĩ", "32", 32, "count", "bác sĩ", "bác sĩ", total=186),
    F("54 kỹ thuật viên", "54", 54, "count", "kỹ thuật viên", "kỹ thuật viên phục hồi chức năng", total=186),
    F("có 1.012 ca", "1.012", 1012, "count", "ca", "ca di chứng tai biến mạch máu não điều trị nội trú", I(H1),
      total=2874, percent=35.2),
    F("437 ca", "437", 437, "count", "ca", "ca chấn thương cột sống điều trị nội trú", I(H1),
      total=2874, percent=15.2),
    F("là 18,5 ngày/đợt", "18,5", 18.5, "measure", "ngày/đợt", "số ngày điều trị nội trú trung bình", I(H1),
      change=CH("decrease", 1.2, unit="ngày", baseline="cùng kỳ")),
    F("lắp đặt 96 dụng cụ", "96", 96, "count", "dụng cụ chỉnh hình", "dụng cụ chỉnh hình bệnh viện lắp đặt", I(H1)),
    F("mượn 40 xe lăn", "40", 40, "count", "xe lăn", "xe lăn cho người bệnh mượn tập luyện tại nhà", I(H1)),
    F("khoảng 40.000 lượt", "40.000", 40000, "count", "lượt", "số lượt khám",
      P("đến cuối năm 2024", end="2024-12-31"), approx="about", status="forecast"),
    F("85 tỷ đồng", "85", 85000000000, "money", "đồng", "tổng mức đầu tư dự án mở rộng bệnh viện"),
    F("lên 250 giường", "250", 250, "count", "giường", "quy mô giường bệnh viện sau mở rộng",
      P("năm 2026", "2026-01-01", "2026-12-31"), status="target"),
]

COMMENTS = [
    "Báo Hà Tĩnh: Bệnh viện Phục hồi chức năng Hà Tĩnh 6 tháng đầu năm 2024; dateline 'THU PHƯƠNG 07:45, 21/08/2024'.",
    "'Trong tổng số người bệnh điều trị nội trú' makes the two case counts parts of 2.874; 'lần lượt chiếm 35,2% và 15,2%' are their",
    "percents. '150 giường kế hoạch' is the approved bed quota, an actual count (status actual). 'quý II' takes 2024.",
    "'dự kiến đến cuối năm 2024' is an as-of end (start null), forecast. '250 giường vào năm 2026' is the project's planned scale: target.",
    "Not figures: dateline time, Baohatinh.vn, 'hạng II' (hospital grade, a classification like 'mức độ 3'), đường 26/3, xã Thạch Trung.",
]

if __name__ == "__main__":
    emit("p773-8", TEXT, COMMENTS, FIGS, published="2024-08-21", location="Hà Tĩnh")
