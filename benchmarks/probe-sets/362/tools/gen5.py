from lib import F, P, build

TEXT = """Cần thêm chính sách cho nhóm trẻ độc lập tư thục ở khu công nghiệp

Theo số liệu của Bộ Giáo dục và Đào tạo, tính đến cuối năm 2023, cả nước có 16.820 nhóm trẻ, lớp mẫu giáo độc lập tư thục, chiếm 71,2% số cơ sở giáo dục mầm non ngoài công lập; trong đó khoảng 9.500 cơ sở nằm tại các địa bàn có khu công nghiệp, khu chế xuất.

Các địa phương có nhiều nhóm trẻ độc lập nhất là Hà Nội (2.346 cơ sở), TP Hồ Chí Minh (2.118 cơ sở), Bình Dương (1.068 cơ sở) và Đồng Nai (1.004 cơ sở).

Giai đoạn 2021-2025, ngân sách nhà nước và nguồn xã hội hóa đã đầu tư khoảng 1,2 nghìn tỷ đồng hỗ trợ cơ sở vật chất cho nhóm trẻ ở khu công nghiệp; gần 4.000 nhóm được hỗ trợ trang thiết bị tối thiểu.

Theo Nghị định số 105/2020/NĐ-CP, giáo viên tại nhóm trẻ độc lập ở địa bàn có khu công nghiệp được hỗ trợ 800.000 đồng/tháng; trẻ em là con công nhân được hỗ trợ tối thiểu 160.000 đồng/trẻ/tháng. Năm 2023, hơn 125 nghìn trẻ và 11.240 giáo viên được hưởng chính sách này với tổng kinh phí 312,6 tỷ đồng, tăng 18,4% so với năm 2022.

Tuy vậy, tỷ lệ giáo viên, người chăm sóc trẻ tại nhóm trẻ độc lập đạt chuẩn trình độ đào tạo năm 2023 mới đạt 62,3%, thấp hơn nhiều so với mức 89,5% ở các trường mầm non công lập; tỷ lệ này giữa các vùng dao động từ 48% đến 77%.

Mục tiêu đến năm 2025, 100% nhóm trẻ độc lập được cấp phép, ít nhất 85% người chăm sóc trẻ đạt chuẩn trình độ đào tạo; đến năm 2030, tỷ lệ huy động trẻ nhà trẻ đến nhóm, lớp đạt 40%.

Vụ Giáo dục Mầm non
"""

END23 = P("tính đến cuối năm 2023", None, "2023-12-31")
END23_I = P("tính đến cuối năm 2023", None, "2023-12-31", inherited=True)
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "nhóm trẻ độc lập"

FIGS = [
    F("có 16.820 nhóm", "16.820", 16820, "count", "nhóm trẻ, lớp mẫu giáo", "nhóm trẻ, lớp mẫu giáo độc lập tư thục",
      percent=71.2, period=END23),
    F("khoảng 9.500 cơ sở", "9.500", 9500, "count", "cơ sở",
      "cơ sở nằm tại các địa bàn có khu công nghiệp, khu chế xuất", approx="about", total=16820, period=END23),
    F("Hà Nội (2.346 cơ sở)", "2.346", 2346, "count", "cơ sở", LIST, period=END23_I, location="Hà Nội"),
    F("(2.118 cơ sở)", "2.118", 2118, "count", "cơ sở", LIST, period=END23_I, location="TP Hồ Chí Minh"),
    F("(1.068 cơ sở)", "1.068", 1068, "count", "cơ sở", LIST, period=END23_I, location="Bình Dương"),
    F("(1.004 cơ sở)", "1.004", 1004, "count", "cơ sở", LIST, period=END23_I, location="Đồng Nai"),
    F("khoảng 1,2 nghìn tỷ", "1,2", 1.2e12, "money", "đồng",
      "vốn đầu tư hỗ trợ cơ sở vật chất cho nhóm trẻ ở khu công nghiệp", approx="about", period=G),
    F("gần 4.000 nhóm", "4.000", 4000, "count", "nhóm", "nhóm được hỗ trợ trang thiết bị tối thiểu",
      approx="nearly", period=G),
    F("hỗ trợ 800.000 đồng/tháng", "800.000", 800000, "money", "đồng/tháng",
      "hỗ trợ giáo viên tại nhóm trẻ độc lập ở địa bàn có khu công nghiệp"),
    F("tối thiểu 160.000", "160.000", 160000, "money", "đồng/trẻ/tháng", "hỗ trợ trẻ em là con công nhân",
      approx="at_least"),
    F("hơn 125 nghìn trẻ", "125", 125000, "count", "trẻ", "trẻ được hưởng chính sách", approx="over", period=Y23),
    F("và 11.240 giáo viên", "11.240", 11240, "count", "giáo viên", "giáo viên được hưởng chính sách", period=Y23),
    F("312,6 tỷ đồng", "312,6", 312.6e9, "money", "đồng", "tổng kinh phí thực hiện chính sách",
      change={"direction": "increase", "value": 18.4, "unit": "%", "baseline": "năm 2022"}, period=Y23),
    F("mới đạt 62,3%", "62,3", 62.3, "percent", "%",
      "tỷ lệ giáo viên, người chăm sóc trẻ tại nhóm trẻ độc lập đạt chuẩn trình độ đào tạo",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("mức 89,5%", "89,5", 89.5, "percent", "%",
      "tỷ lệ giáo viên đạt chuẩn trình độ đào tạo ở các trường mầm non công lập",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 48% đến 77%", "48", 48, "percent", "%", "tỷ lệ giáo viên đạt chuẩn trình độ đào tạo giữa các vùng",
      value_max=77, period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F(", 100% nhóm trẻ", "100", 100, "percent", "%", "nhóm trẻ độc lập được cấp phép", status="target", period=T25),
    F("ít nhất 85%", "85", 85, "percent", "%", "người chăm sóc trẻ đạt chuẩn trình độ đào tạo",
      approx="at_least", status="target", period=T25),
    F("đạt 40%", "40", 40, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ đến nhóm, lớp", status="target", period=T30),
]

COMMENTS = [
    "Bộ GD&ĐT (ministry site, national): independent childcare groups, industrial zones, Nghị định 105/2020 support, staff qualification, targets.",
    "No dateline at all (published absent); signed 'Vụ Giáo dục Mầm non' at the end. Location Việt Nam; provinces in the list are their items' location.",
    "Distractors: 'Nghị định số 105/2020/NĐ-CP', 'Giai đoạn 2021-2025', 'năm 2022' baseline. 'khoảng 9.500 cơ sở' after '; trong đó' is part of 16.820.",
    "Support amounts '800.000 đồng/tháng', 'tối thiểu 160.000 đồng/trẻ/tháng' are money rates (unit with the denominator), no period.",
    "'thấp hơn nhiều so với mức 89,5%' names a comparison level (a percent figure of its own), not a change. 'từ 48% đến 77%' is a range.",
    "'1,2 nghìn tỷ đồng' = 1,2·10^12. Targets: 'Mục tiêu đến năm 2025' governs 100% and 'ít nhất 85%'; 'đến năm 2030 … đạt 40%'.",
    "The period of the 48–77% range is inherited from 'năm 2023' earlier in the same sentence (scored).",
]

if __name__ == "__main__":
    build(5, TEXT, COMMENTS, FIGS, published=None, location="Việt Nam")
