"""p529-8: TP. Hồ Chí Minh city portal, patients from other provinces and referrals, first 4 months of 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Cổng thông tin điện tử Thành phố Hồ Chí Minh
Tin tức > Y tế - Sức khỏe

Người bệnh từ các tỉnh chiếm hơn 23% lượt khám tại bệnh viện ở TP. Hồ Chí Minh

Ngày cập nhật 22/05/2024

Theo Sở Y tế TP. Hồ Chí Minh, 4 tháng đầu năm 2024, các bệnh viện trên địa bàn thành phố đã khám cho 17,6 triệu lượt người, tăng 9,1% so với cùng kỳ năm 2023; trong đó người bệnh từ các tỉnh, thành khác đến khám khoảng 4,1 triệu lượt, chiếm 23,3%.

Riêng tại 10 bệnh viện tuyến cuối như Chợ Rẫy, Ung Bướu, Từ Dũ, Nhi đồng 1, Nhi đồng 2, tỷ lệ người bệnh ngoài thành phố chiếm từ 35 đến 40%, cá biệt Bệnh viện Chợ Rẫy là 61%. Bệnh viện Chợ Rẫy có quy mô 1.800 giường nhưng thường xuyên điều trị nội trú cho khoảng 2.500 người bệnh mỗi ngày, công suất sử dụng giường bệnh lên tới 138%.

Số ca chuyển tuyến từ các tỉnh về thành phố trong 4 tháng là 86.540 ca, giảm 4,6% so với cùng kỳ; trong đó các tỉnh Đồng bằng sông Cửu Long chiếm 52%, các tỉnh Đông Nam Bộ chiếm 31%. Nhờ chương trình bệnh viện vệ tinh, mỗi tháng các bệnh viện thành phố chuyển giao khoảng 40 kỹ thuật cho tuyến tỉnh.

Để giảm quá tải, thành phố đặt mục tiêu đến năm 2025 nâng tổng số giường bệnh lên 50.000 giường, đạt 50 giường bệnh/vạn dân; đồng thời đầu tư 4 bệnh viện mới tại các cửa ngõ với tổng vốn hơn 12.000 tỷ đồng. Bệnh viện Quân y 175 và Bệnh viện Quận 7 cũng được giao mở rộng khoa cấp cứu.

Địa chỉ: 86 Lê Thánh Tôn, phường Bến Nghé, Quận 1. Đường dây nóng Sở Y tế: 0967.771.010.
"""

M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
T25 = P("đến năm 2025", None, "2025-12-31")
OUT = "tỷ lệ người bệnh ngoài thành phố"

FIGS = [
    F("chiếm hơn 23% lượt khám", "23", 23, "percent", "%", "người bệnh từ các tỉnh trong lượt khám tại bệnh viện",
      approx="over"),
    F("khám cho 17,6 triệu lượt người", "17,6", 17600000, "count", "lượt người",
      "lượt người được khám tại các bệnh viện trên địa bàn thành phố", M4,
      change=CH("increase", 9.1, baseline="cùng kỳ năm 2023")),
    F("khoảng 4,1 triệu lượt", "4,1", 4100000, "count", "lượt", "lượt người bệnh từ các tỉnh, thành khác đến khám",
      M4, approx="about", total=17600000, percent=23.3),
    F("tại 10 bệnh viện", "10", 10, "count", "bệnh viện", "bệnh viện tuyến cuối"),
    F("từ 35 đến 40%", "35", 35, "percent", "%", OUT + " tại 10 bệnh viện tuyến cuối", INH(M4), value_max=40),
    F("Chợ Rẫy là 61%", "61", 61, "percent", "%", OUT + " Bệnh viện Chợ Rẫy", INH(M4)),
    F("quy mô 1.800 giường", "1.800", 1800, "count", "giường", "quy mô giường Bệnh viện Chợ Rẫy"),
    F("khoảng 2.500 người bệnh", "2.500", 2500, "count", "người bệnh",
      "người bệnh điều trị nội trú mỗi ngày tại Bệnh viện Chợ Rẫy", approx="about"),
    F("lên tới 138%", "138", 138, "percent", "%", "công suất sử dụng giường bệnh Bệnh viện Chợ Rẫy"),
    F("là 86.540 ca", "86.540", 86540, "count", "ca", "ca chuyển tuyến từ các tỉnh về thành phố",
      P("trong 4 tháng", "2024-01-01", "2024-04-30"), change=CH("decrease", 4.6, baseline="cùng kỳ")),
    F("Cửu Long chiếm 52%", "52", 52, "percent", "%", "ca chuyển tuyến từ các tỉnh Đồng bằng sông Cửu Long",
      P("trong 4 tháng", "2024-01-01", "2024-04-30")),
    F("Nam Bộ chiếm 31%", "31", 31, "percent", "%", "ca chuyển tuyến từ các tỉnh Đông Nam Bộ",
      P("trong 4 tháng", "2024-01-01", "2024-04-30")),
    F("khoảng 40 kỹ thuật", "40", 40, "count", "kỹ thuật", "kỹ thuật chuyển giao cho tuyến tỉnh mỗi tháng",
      approx="about"),
    F("lên 50.000 giường", "50.000", 50000, "count", "giường", "tổng số giường bệnh", T25, status="target"),
    F("đạt 50 giường bệnh/vạn dân", "50", 50, "measure", "giường bệnh/vạn dân", "giường bệnh/vạn dân", T25,
      status="target"),
    F("đầu tư 4 bệnh viện", "4", 4, "count", "bệnh viện", "bệnh viện mới đầu tư tại các cửa ngõ", INH(T25),
      status="target"),
    F("hơn 12.000 tỷ đồng", "12.000", 12000000000000, "money", "đồng", "tổng vốn đầu tư 4 bệnh viện mới", INH(T25),
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT TP. Hồ Chí Minh: patients from other provinces, end-of-line hospitals, referrals (4 tháng đầu năm 2024), 2025 bed targets.",
    "'Ngày cập nhật 22/05/2024' is the dateline. Not figures: 'Nhi đồng 1', 'Nhi đồng 2', 'Bệnh viện Quân y 175', 'Bệnh viện Quận 7',",
    "'86 Lê Thánh Tôn', 'Quận 1', hotline '0967.771.010'. Headline 'hơn 23%' rounds the lead's 23,3% (no period in the headline).",
    "4,1 triệu lượt is a part of 17,6 triệu ('trong đó', same unit): total and its share 23,3%.",
    "Regional shares of referrals (ĐBSCL 52%, Đông Nam Bộ 31%) are percent figures; regions are not provinces, so location stays TP. Hồ Chí Minh.",
    "'đặt mục tiêu đến năm 2025 …; đồng thời đầu tư 4 bệnh viện … hơn 12.000 tỷ đồng' — the target cue continues into 'đồng thời'.",
    "Chợ Rẫy figures ('có quy mô', 'thường xuyên', 'mỗi ngày') have no period.",
]

if __name__ == "__main__":
    emit("p529-8", TEXT, COMMENTS, FIGS, published="2024-05-22", location="TP. Hồ Chí Minh")
