"""p1017-8: provincial newspaper online (Báo Cà Mau style), headline figure, '(CMO) -' tag, year 2024."""
from lib import F, P, C, T, write

TEXT = """Cà Mau: Cấp hơn 10.700 giấy chứng nhận quyền sử dụng đất

Thứ Sáu, 20/12/2024 | 15:40

(CMO) - Năm 2024, ngành tài nguyên và môi trường tỉnh ước cấp 10.742 giấy chứng nhận quyền sử dụng đất (GCN), đạt 107,4% kế hoạch, tăng 9,6% so với năm 2023. Diện tích được cấp ước đạt 6.318 ha, chủ yếu là đất nuôi trồng thủy sản và đất trồng lúa.

Theo Sở Tài nguyên và Môi trường, trong tổng số GCN đã cấp có 2.875 GCN cấp lần đầu và 7.867 GCN cấp đổi, cấp lại. Các địa phương cấp nhiều là các huyện Trần Văn Thời, Cái Nước và Đầm Dơi, lần lượt đạt 1.624, 1.482 và 1.350 GCN.

Đáng chú ý, tỉnh đã hoàn thành cấp GCN cho 1.215 hộ dân tại khu tái định cư Khánh An (huyện U Minh) phục vụ dự án đường Hồ Chí Minh đoạn Năm Căn - Đất Mũi, sau gần 5 năm chờ đợi. Mỗi hộ được giao nền tái định cư từ 120 đến 150 m2.

Tuy nhiên, toàn tỉnh vẫn còn 3.460 hồ sơ tồn đọng, trong đó 1.920 hồ sơ vướng tranh chấp, 860 hồ sơ sai lệch ranh giới giữa bản đồ địa chính và thực địa. Nguồn thu từ tiền sử dụng đất, lệ phí trước bạ liên quan đến cấp GCN trong 11 tháng đạt 386,5 tỷ đồng, bằng 92% dự toán.

Ông Lê Văn Sử, Phó Giám đốc Sở Tài nguyên và Môi trường cho biết, năm 2025 tỉnh đặt mục tiêu cấp 11.000 GCN, giải quyết dứt điểm ít nhất 70% số hồ sơ tồn đọng; đơn giá đo đạc, lập bản đồ địa chính dự kiến được điều chỉnh tăng từ 5-10% để phù hợp mức lương cơ sở mới.

Trúc Linh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Cấp hơn 10.700 giấy", "10.700", 10700, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất đã cấp", approx="over"),
    F("ước cấp 10.742 giấy", "10.742", 10742, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất ngành tài nguyên và môi trường cấp", percent=107.4,
      change=C("increase", 9.6, baseline="năm 2023"), status="estimate", period=Y24),
    F("ước đạt 6.318 ha", "6.318", 6318, "measure", "ha", "diện tích được cấp GCN", status="estimate",
      period=Y24i),
    F("có 2.875 GCN", "2.875", 2875, "count", "GCN", "GCN cấp lần đầu", total=10742, period=Y24i),
    F("và 7.867 GCN", "7.867", 7867, "count", "GCN", "GCN cấp đổi, cấp lại", total=10742, period=Y24i),
    F("đạt 1.624, 1.482", "1.624", 1624, "count", "GCN", "GCN đã cấp", location="Trần Văn Thời", period=Y24i),
    F("1.624, 1.482 và", "1.482", 1482, "count", "GCN", "GCN đã cấp", location="Cái Nước", period=Y24i),
    F("và 1.350 GCN", "1.350", 1350, "count", "GCN", "GCN đã cấp", location="Đầm Dơi", period=Y24i),
    F("cho 1.215 hộ dân", "1.215", 1215, "count", "hộ dân", "hộ dân tái định cư được cấp GCN",
      location="U Minh"),
    F("gần 5 năm", "5", 5, "measure", "năm", "thời gian chờ cấp GCN", approx="nearly", location="U Minh",
      optional=True),
    F("từ 120 đến 150 m2", "120", 120, "measure", "m2", "diện tích nền tái định cư mỗi hộ được giao",
      value_max=150, location="U Minh"),
    F("còn 3.460 hồ sơ", "3.460", 3460, "count", "hồ sơ", "hồ sơ tồn đọng"),
    F("đó 1.920 hồ sơ", "1.920", 1920, "count", "hồ sơ", "hồ sơ tồn đọng vướng tranh chấp", total=3460),
    F(", 860 hồ sơ", "860", 860, "count", "hồ sơ",
      "hồ sơ tồn đọng sai lệch ranh giới giữa bản đồ địa chính và thực địa", total=3460),
    F("đạt 386,5 tỷ đồng", "386,5", 386.5e9, "money", "đồng",
      "nguồn thu từ tiền sử dụng đất, lệ phí trước bạ liên quan đến cấp GCN", percent=92,
      period=P("trong 11 tháng", "2024-01-01", "2024-11-30")),
    F("cấp 11.000 GCN", "11.000", 11000, "count", "GCN", "GCN cấp", status="target", period=Y25),
    F("ít nhất 70%", "70", 70, "percent", "%", "hồ sơ tồn đọng giải quyết dứt điểm", approx="at_least",
      status="target", period=Y25),
    F("tăng từ 5-10%", "5", 5, "percent", "%", "đơn giá đo đạc, lập bản đồ địa chính điều chỉnh tăng",
      value_max=10, status="forecast", period=Y25),
]

COMMENTS = [
    "Provincial newspaper online (Báo Cà Mau style): headline figure, dateline 'Thứ Sáu, 20/12/2024 | 15:40', tag '(CMO) -',",
    "byline at the end. Year 2024 results 'ước' (estimate). Location Cà Mau.",
    "Distractors: dateline, '(CMO)', 'Năm Căn' (a place whose name is the number word 'năm'), 'đường Hồ Chí Minh',",
    "'lương cơ sở', 'Khánh An'. 'gần 5 năm chờ đợi' is a duration (optional).",
    "The headline figure has no period or status cue of its own ('Cà Mau: Cấp hơn 10.700 ...'): actual, no period.",
    "'đạt 107,4% kế hoạch' is the percent of the 10.742 (a share of the plan, as 'đạt 70% so kế hoạch' in the shared gold).",
    "'trong tổng số GCN đã cấp có 2.875 ... và 7.867' are parts of 10.742. The lần lượt list has district locations.",
    "The clause 'đơn giá ... dự kiến được điều chỉnh tăng từ 5-10%' has its own cue: forecast, a percent range with",
    "no base amount (no change object); it continues the sentence that dates 'năm 2025'.",
]

if __name__ == "__main__":
    write("p1017-8", TEXT, FIGS, COMMENTS, published="2024-12-20", location="Cà Mau")
