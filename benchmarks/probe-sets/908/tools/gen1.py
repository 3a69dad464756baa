"""p908-1: province portal (Khánh Hòa), sea-cage fish output H1/2024, cages by locality, prices."""
from lib import F, period, change, target, write

TEXT = """
Cổng thông tin điện tử tỉnh Khánh Hòa
Trang chủ > Tin tức - Sự kiện > Kinh tế
Khánh Hòa: Sản lượng cá biển nuôi lồng 6 tháng đạt hơn 3.100 tấn
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316
Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, sản lượng cá biển nuôi lồng bè trên địa bàn tỉnh ước đạt 3.145 tấn, tăng 9,6% so với cùng kỳ năm 2023, bằng 48,5% kế hoạch năm; trong đó cá mú khoảng 1.380 tấn, cá bớp 1.025 tấn, còn lại là cá chim vây vàng và cá hồng mỹ.
Hiện toàn tỉnh có 7.420 ô lồng nuôi cá biển, tập trung tại thị xã Ninh Hòa (2.150 ô lồng), huyện Vạn Ninh (3.480 ô lồng) và thành phố Cam Ranh (1.790 ô lồng). Số lồng tròn HDPE là 640 lồng, chiếm 8,6% tổng số lồng, tăng 185 lồng so với cuối năm 2023.
Giá cá mú trân thương phẩm tại bè dao động từ 250.000 đến 280.000 đồng/kg; cá bớp từ 140.000 đến 160.000 đồng/kg, giảm khoảng 15% so với đầu năm do xuất khẩu tiểu ngạch sang Trung Quốc chậm lại. Với mức giá này, mỗi ô lồng cá bớp cho lãi khoảng 30 triệu đồng/vụ.
Ông Nguyễn Văn Tư, chủ bè ở xã Vạn Thạnh (huyện Vạn Ninh), cho biết gia đình ông nuôi 24 ô lồng, đợt này thả 6.000 con cá mú giống, tỷ lệ sống đạt gần 80%.
Phấn đấu cả năm 2024, sản lượng cá biển nuôi lồng đạt 6.500 tấn; đến năm 2025, số lồng HDPE đạt trên 1.000 lồng. Từ nguồn vốn theo Nghị quyết số 05/2022/NQ-HĐND, tỉnh đã hỗ trợ 12 hộ chuyển đổi sang lồng HDPE với tổng kinh phí 2,4 tỷ đồng.
"""

H1 = period("6 tháng", "2024-01-01", "2024-06-30")
P6 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("6 tháng đạt hơn 3.100 tấn", "3.100", 3100, "measure", "tấn",
      "sản lượng cá biển nuôi lồng", approx="over", period=H1),
    F("ước đạt 3.145 tấn", "3.145", 3145, "measure", "tấn",
      "sản lượng cá biển nuôi lồng bè", percent=48.5,
      change=change("increase", 9.6, "%", "cùng kỳ năm 2023"), status="estimate", period=P6),
    F("cá mú khoảng 1.380 tấn", "1.380", 1380, "measure", "tấn", "sản lượng cá mú",
      approx="about", total=3145, status="estimate", period=P6),
    F("cá bớp 1.025 tấn", "1.025", 1025, "measure", "tấn", "sản lượng cá bớp",
      total=3145, status="estimate", period=P6),
    F("có 7.420 ô lồng", "7.420", 7420, "count", "ô lồng", "ô lồng nuôi cá biển"),
    F("Ninh Hòa (2.150 ô lồng)", "2.150", 2150, "count", "ô lồng", "ô lồng nuôi cá biển",
      total=7420, location="Ninh Hòa"),
    F("Vạn Ninh (3.480 ô lồng)", "3.480", 3480, "count", "ô lồng", "ô lồng nuôi cá biển",
      total=7420, location="Vạn Ninh"),
    F("Cam Ranh (1.790 ô lồng)", "1.790", 1790, "count", "ô lồng", "ô lồng nuôi cá biển",
      total=7420, location="Cam Ranh"),
    F("là 640 lồng", "640", 640, "count", "lồng", "lồng tròn HDPE", percent=8.6,
      change=change("increase", 185, "lồng", "cuối năm 2023")),
    F("từ 250.000 đến 280.000 đồng/kg", "250.000", 250000, "money", "đồng/kg",
      "giá cá mú trân thương phẩm tại bè", value_max=280000),
    F("từ 140.000 đến 160.000 đồng/kg", "140.000", 140000, "money", "đồng/kg",
      "giá cá bớp tại bè", value_max=160000,
      change=change("decrease", 15, "%", "đầu năm", approx="about")),
    F("lãi khoảng 30 triệu đồng/vụ", "30", 30_000_000, "money", "đồng/vụ",
      "lãi mỗi ô lồng cá bớp", approx="about"),
    F("nuôi 24 ô lồng", "24", 24, "count", "ô lồng", "ô lồng gia đình ông Nguyễn Văn Tư nuôi",
      location="Vạn Ninh"),
    F("thả 6.000 con", "6.000", 6000, "count", "con", "cá mú giống thả nuôi",
      location="Vạn Ninh"),
    F("đạt gần 80%", "80", 80, "percent", "%", "tỷ lệ sống của cá mú giống",
      approx="nearly", location="Vạn Ninh"),
    F("đạt 6.500 tấn", "6.500", 6500, "measure", "tấn", "sản lượng cá biển nuôi lồng",
      status="target", period=period("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("trên 1.000 lồng", "1.000", 1000, "count", "lồng", "số lồng HDPE",
      approx="over", status="target", period=period("đến năm 2025", None, "2025-12-31")),
    F("hỗ trợ 12 hộ", "12", 12, "count", "hộ", "hộ được hỗ trợ chuyển đổi sang lồng HDPE"),
    F("kinh phí 2,4 tỷ đồng", "2,4", 2_400_000_000, "money", "đồng",
      "tổng kinh phí hỗ trợ chuyển đổi sang lồng HDPE"),
]

NOTES = [
    "Province portal (Khánh Hòa): sea-cage fish output in H1/2024, cages by locality, HDPE cages, prices, targets.",
    "Headline '6 tháng' has no year: 2024 from the dateline. 'Hiện' gives no period.",
    "The bracketed localities add up to 7.420 ô lồng (2.150 + 3.480 + 1.790): each gets total 7420.",
    "'; trong đó cá mú ..., cá bớp ...' continues the 'ước đạt' clause: estimate, total 3145.",
    "'bằng 48,5% kế hoạch năm' is the share (percent) of 3.145 tấn; 'giảm khoảng 15% so với đầu năm' is the change of the cá bớp price.",
    "Household figures of a chủ bè in xã Vạn Thạnh, huyện Vạn Ninh: location Vạn Ninh.",
    "Distractors: 'Cập nhật: 12/07/2024 09:45', 'Lượt xem: 2.316', 'Nghị quyết số 05/2022/NQ-HĐND', 'Ông Nguyễn Văn Tư'.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-07-12", location="Khánh Hòa")
