from lib import F, P, INH, CH, TG, emit

TEXT = """BÁO LẠNG SƠN ĐIỆN TỬ
Kinh tế
Cao tốc Hữu Nghị – Chi Lăng: Gỡ vướng mặt bằng, tăng tốc về đích

Sau hơn 1 năm thi công, dự án đường cao tốc Hữu Nghị – Chi Lăng theo hình thức đối tác công tư (PPP) đã cơ bản hoàn thành giải phóng mặt bằng. Tuy vậy, để bảo đảm mục tiêu thông tuyến vào cuối năm 2025, các đơn vị phải đẩy nhanh tiến độ.

Dự án dài 59,87 km, đi qua TP. Lạng Sơn và 3 huyện Cao Lộc, Văn Lãng, Chi Lăng, tổng mức đầu tư 11.024 tỷ đồng, trong đó vốn ngân sách nhà nước tham gia 5.546 tỷ đồng.

Tổng diện tích đất thu hồi khoảng 426 ha, liên quan đến 3.192 hộ dân và 1.107 ngôi mộ phải di dời. Tính đến ngày 15/8/2024, các địa phương đã bàn giao 421,5 ha, đạt 98,9%; riêng huyện Cao Lộc còn 2,3 ha của 17 hộ chưa bàn giao.

Theo nhà đầu tư, đến nay sản lượng thi công đạt 1.830 tỷ đồng. Các gói thầu xây lắp đạt từ 30 đến 35% giá trị hợp đồng. Trên công trường hiện có 45 mũi thi công, hơn 1.200 cán bộ, công nhân và trên 500 thiết bị.

Nhu cầu đất đắp nền của dự án khoảng 6,5 triệu m³, trong khi các mỏ đã cấp phép mới đáp ứng gần 4 triệu m³. Tỉnh đã cho phép nâng công suất 7 mỏ đất, tăng thêm 1,2 triệu m³/năm.

Phó Chủ tịch UBND tỉnh Đoàn Thanh Sơn yêu cầu nhà đầu tư phấn đấu đến ngày 31/12/2024 sản lượng đạt trên 50% giá trị hợp đồng; tháo gỡ dứt điểm mặt bằng tại Km 18+500 trong tháng 9/2024.

ĐỨC TOÀN
21/08/2024
"""

ASOF = P("Tính đến ngày 15/8/2024", end="2024-08-15")

FIGS = [
    F("dài 59,87 km", "59,87", 59.87, "measure", "km", "chiều dài dự án đường cao tốc Hữu Nghị – Chi Lăng"),
    F("và 3 huyện", "3", 3, "count", "huyện", "huyện dự án đi qua"),
    F("11.024 tỷ", "11.024", 11024e9, "money", "đồng", "tổng mức đầu tư"),
    F("5.546 tỷ", "5.546", 5546e9, "money", "đồng", "vốn ngân sách nhà nước tham gia", total=11024e9),
    F("khoảng 426 ha", "426", 426, "measure", "ha", "tổng diện tích đất thu hồi", approx="about"),
    F("3.192 hộ", "3.192", 3192, "count", "hộ dân", "hộ dân liên quan đến đất thu hồi"),
    F("1.107 ngôi mộ", "1.107", 1107, "count", "ngôi mộ", "ngôi mộ phải di dời"),
    F("421,5 ha", "421,5", 421.5, "measure", "ha", "diện tích các địa phương đã bàn giao", ASOF, percent=98.9),
    F("còn 2,3 ha", "2,3", 2.3, "measure", "ha", "diện tích chưa bàn giao", ASOF, location="Cao Lộc"),
    F("của 17 hộ", "17", 17, "count", "hộ", "hộ chưa bàn giao mặt bằng", ASOF, location="Cao Lộc"),
    F("đạt 1.830 tỷ", "1.830", 1830e9, "money", "đồng", "sản lượng thi công", P("đến nay", end="2024-08-21")),
    F("từ 30 đến 35%", "30", 30, "percent", "%", "sản lượng các gói thầu xây lắp so với giá trị hợp đồng", value_max=35),
    F("có 45 mũi", "45", 45, "count", "mũi thi công", "mũi thi công trên công trường"),
    F("hơn 1.200 cán bộ", "1.200", 1200, "count", "cán bộ, công nhân", "cán bộ, công nhân trên công trường", approx="over"),
    F("trên 500 thiết bị", "500", 500, "count", "thiết bị", "thiết bị trên công trường", approx="over"),
    F("khoảng 6,5 triệu m³", "6,5", 6.5e6, "measure", "m³", "nhu cầu đất đắp nền của dự án", approx="about"),
    F("gần 4 triệu m³", "4", 4e6, "measure", "m³", "đất đắp nền các mỏ đã cấp phép đáp ứng", approx="nearly"),
    F("công suất 7 mỏ", "7", 7, "count", "mỏ đất", "mỏ đất được nâng công suất"),
    F("thêm 1,2 triệu m³/năm", "1,2", 1.2e6, "measure", "m³/năm", "công suất mỏ đất tăng thêm"),
    F("trên 50%", "50", 50, "percent", "%", "sản lượng so với giá trị hợp đồng",
      P("đến ngày 31/12/2024", end="2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Báo Lạng Sơn: cao tốc Hữu Nghị – Chi Lăng (PPP), GPMB and construction progress (invented probe article, set 518). Byline + date at the end.",
    "Distractors: 'hơn 1 năm thi công' (a duration locating an event), 'cuối năm 2025', 'Km 18+500', 'tháng 9/2024', the name Đoàn Thanh Sơn.",
    "'tăng thêm 1,2 triệu m³/năm' after '7 mỏ đất' is a measure of its own (a capacity increment, another unit), not the change of 7 mỏ.",
    "A range stated as its own sentence ('đạt từ 30 đến 35% giá trị hợp đồng') is a percent figure with value_max. Cao Lộc figures are located there.",
    "revised: 1,2 triệu m³/năm subject 'công suất khai thác mỏ đất tăng thêm' -> 'công suất mỏ đất tăng thêm' ('khai thác' is not in the sentence).",
]

if __name__ == "__main__":
    emit("p518-5", TEXT, COMMENTS, FIGS, published="2024-08-21", location="Lạng Sơn")
