"""p845-6: national newspaper, Hà Nội care homes full, fees; national ageing index; Hà Nội plans to 2030."""
from lib import F, P, C, build

TEXT = """Thời sự › Dân sinh
Thứ bảy, 5/10/2024, 07:30 (GMT+7)
Viện dưỡng lão kín chỗ, phí tới 18 triệu đồng mỗi tháng

Nhiều viện dưỡng lão ở Hà Nội luôn kín giường, người già phải chờ vài tháng mới có chỗ, trong khi chi phí mỗi tháng có nơi lên tới 18 triệu đồng.

Viện dưỡng lão Bình An nằm cạnh Quốc lộ 6, quận Hà Đông, có 120 giường nhưng đang có 35 hồ sơ chờ. Giám đốc Nguyễn Thu Hằng cho biết mức phí là 9,5 triệu đồng mỗi tháng với người còn tự phục vụ và 18 triệu đồng với người nằm một chỗ. Mức phí cao nhất gấp khoảng 3 lần lương hưu bình quân. 9 tháng năm 2024, cơ sở tiếp nhận 86 cụ, gấp 1,4 lần cùng kỳ năm trước.

Theo Tổng cục Thống kê, chỉ số già hóa của Việt Nam năm 2023 là 60,2%, tăng 1,6 điểm phần trăm so với năm 2021. Cả nước hiện chỉ có khoảng 10.000 giường chăm sóc người cao tuổi tại các cơ sở ngoài công lập, đáp ứng chưa đến 5% nhu cầu, theo ước tính của Hội Người cao tuổi Việt Nam.

Tại Hà Nội, Sở Lao động - Thương binh và Xã hội cho biết thành phố có 11 cơ sở công lập và 19 cơ sở ngoài công lập chăm sóc người cao tuổi, tổng công suất khoảng 3.200 chỗ. Thành phố dự kiến đến năm 2030 xây mới 4 trung tâm dưỡng lão với khoảng 2.000 giường, trong đó một trung tâm ở huyện Sóc Sơn rộng 5,6 ha.

Hải Yến
"""

T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("phí tới 18 triệu đồng mỗi tháng", "18", 18e6, "money", "đồng/tháng", "phí viện dưỡng lão", approx="at_most"),
    F("lên tới 18 triệu đồng", "18", 18e6, "money", "đồng", "chi phí viện dưỡng lão mỗi tháng", approx="at_most"),
    F("có 120 giường", "120", 120, "count", "giường", "giường của viện dưỡng lão", location="Hà Đông"),
    F("có 35 hồ sơ", "35", 35, "count", "hồ sơ", "hồ sơ chờ", location="Hà Đông"),
    F("là 9,5 triệu đồng", "9,5", 9.5e6, "money", "đồng/tháng", "mức phí với người còn tự phục vụ",
      location="Hà Đông"),
    F("và 18 triệu đồng với", "18", 18e6, "money", "đồng", "mức phí với người nằm một chỗ", location="Hà Đông"),
    F("gấp khoảng 3 lần", "3", 3, "multiple", "lần", "mức phí cao nhất so với lương hưu bình quân",
      approx="about", location="Hà Đông"),
    F("tiếp nhận 86 cụ", "86", 86, "count", "cụ", "cụ được viện dưỡng lão tiếp nhận",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"),
      change=C("increase", 1.4, "lần", "cùng kỳ năm trước"), location="Hà Đông"),
    F("là 60,2%", "60,2", 60.2, "percent", "%", "chỉ số già hóa", P("năm 2023", "2023-01-01", "2023-12-31"),
      change=C("increase", 1.6, "điểm phần trăm", "năm 2021"), location="Việt Nam"),
    F("khoảng 10.000 giường", "10.000", 10000, "count", "giường",
      "giường chăm sóc người cao tuổi tại các cơ sở ngoài công lập", approx="about", status="estimate",
      location="Việt Nam"),
    F("chưa đến 5%", "5", 5, "percent", "%", "tỷ lệ nhu cầu được đáp ứng", approx="under", status="estimate",
      location="Việt Nam"),
    F("có 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở công lập chăm sóc người cao tuổi"),
    F("và 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở ngoài công lập chăm sóc người cao tuổi"),
    F("khoảng 3.200 chỗ", "3.200", 3200, "count", "chỗ", "tổng công suất các cơ sở chăm sóc người cao tuổi",
      approx="about"),
    F("mới 4 trung tâm", "4", 4, "count", "trung tâm", "trung tâm dưỡng lão xây mới", T30, status="forecast"),
    F("khoảng 2.000 giường", "2.000", 2000, "count", "giường", "giường của các trung tâm dưỡng lão xây mới", T30,
      approx="about", status="forecast"),
    F("rộng 5,6 ha", "5,6", 5.6, "measure", "ha", "diện tích trung tâm dưỡng lão ở Sóc Sơn", T30,
      status="forecast", location="Sóc Sơn"),
]

COMMENTS = [
    "National newspaper (Thứ bảy, 5/10/2024, 07:30 (GMT+7)): Hà Nội care homes full and expensive; national ageing index; Hà Nội plan to 2030.",
    "Distractors: Quốc lộ 6, GMT+7 and 07:30, 'vài tháng' (no number), năm 2021 (baseline).",
    "Two fees joined by 'và' with their own qualifiers are two figures, not a range. 'tới/lên tới' = at_most.",
    "'Mức phí cao nhất gấp khoảng 3 lần ...' stands alone: multiple. 'gấp 1,4 lần cùng kỳ' after 86 cụ is its change (lần).",
    "'đáp ứng chưa đến 5% nhu cầu' is a share of need, not of 10.000 giường: own figure; 'theo ước tính' makes both estimates.",
    "Hà Đông home's figures located in Hà Đông (quận); the Sóc Sơn site's area in Sóc Sơn; 'dự kiến đến năm 2030' -> forecast.",
]

if __name__ == "__main__":
    build("p845-6", TEXT, FIGS, COMMENTS, published="2024-10-05", location="Hà Nội")
