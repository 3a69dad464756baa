"""p872-4: ministry site (Bộ LĐTBXH, Cục Bảo trợ xã hội), national orthopaedic and rehabilitation system, 2023."""
from lib import F, P, I, C, build

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Bảo trợ xã hội
Nâng cao năng lực hệ thống chỉnh hình, phục hồi chức năng cho người khuyết tật
Ngày đăng: 05/12/2023 | Lượt xem: 2.418

Theo Cục Bảo trợ xã hội, cả nước hiện có khoảng 7 triệu người khuyết tật, chiếm 7,06% dân số từ 2 tuổi trở lên; trong đó khoảng 29% là người khuyết tật vận động, nhóm có nhu cầu lớn nhất về dụng cụ chỉnh hình và phương tiện trợ giúp.

Hệ thống cơ sở chỉnh hình, phục hồi chức năng hiện gồm 6 trung tâm chỉnh hình và phục hồi chức năng thuộc Bộ, 63 bệnh viện, khoa phục hồi chức năng tuyến tỉnh cùng hơn 150 cơ sở ngoài công lập.

Năm 2023, các trung tâm thuộc Bộ ước cung cấp 21.450 dụng cụ chỉnh hình, phương tiện trợ giúp, tăng 8,2% so với năm 2022; trong đó có 3.960 chân giả, tay giả. Các đơn vị cung cấp nhiều nhất là Trung tâm Chỉnh hình và Phục hồi chức năng Thành phố Hồ Chí Minh (5.820 dụng cụ), Đà Nẵng (4.375 dụng cụ), Hà Nội (4.102 dụng cụ) và Cần Thơ (3.214 dụng cụ).

Trong 10 tháng năm 2023, cả nước đã cấp phương tiện trợ giúp, dụng cụ chỉnh hình cho 48.730 lượt người có công với cách mạng, kinh phí khoảng 236 tỷ đồng. Theo Nghị định số 131/2021/NĐ-CP, niên hạn cấp chân giả cho người có công là 3 năm/lần.

Hiện cả nước chỉ có khoảng 450 kỹ thuật viên chỉnh hình được đào tạo bài bản, trong khi nhu cầu ước khoảng 1.500 người. Bộ đề nghị đào tạo thêm 200 kỹ thuật viên đến năm 2025.

Mục tiêu đến năm 2025, 80% người khuyết tật có nhu cầu được tiếp cận dịch vụ chỉnh hình, phục hồi chức năng; đến năm 2030, tỷ lệ này đạt 90%.

Cục Bảo trợ xã hội - Số 35 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024.3747.8675
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
LIST = "dụng cụ chỉnh hình, phương tiện trợ giúp trung tâm chỉnh hình và phục hồi chức năng cung cấp"

FIGS = [
    F("khoảng 7 triệu người", "7", 7000000, "count", "người khuyết tật", "người khuyết tật",
      approx="about", percent=7.06),
    F("từ 2 tuổi trở lên", "2", 2, "measure", "tuổi", approx="at_least", optional=True),
    F("khoảng 29% là", "29", 29, "percent", "%", "người khuyết tật vận động trong tổng số người khuyết tật",
      approx="about"),
    F("gồm 6 trung tâm", "6", 6, "count", "trung tâm", "trung tâm chỉnh hình và phục hồi chức năng thuộc Bộ"),
    F("63 bệnh viện", "63", 63, "count", "bệnh viện, khoa phục hồi chức năng",
      "bệnh viện, khoa phục hồi chức năng tuyến tỉnh"),
    F("hơn 150 cơ sở", "150", 150, "count", "cơ sở", "cơ sở chỉnh hình, phục hồi chức năng ngoài công lập",
      approx="over"),
    F("ước cung cấp 21.450 dụng cụ", "21.450", 21450, "count", "dụng cụ chỉnh hình, phương tiện trợ giúp",
      "dụng cụ chỉnh hình, phương tiện trợ giúp các trung tâm thuộc Bộ cung cấp", status="estimate",
      change=C("increase", 8.2, "%", "năm 2022"), period=Y23),
    F("3.960 chân giả", "3.960", 3960, "count", "chân giả, tay giả", "chân giả, tay giả", total=21450,
      status="estimate", period=Y23),
    F("(5.820 dụng cụ)", "5.820", 5820, "count", "dụng cụ", LIST, location="Hồ Chí Minh", period=I(Y23)),
    F("(4.375 dụng cụ)", "4.375", 4375, "count", "dụng cụ", LIST, location="Đà Nẵng", period=I(Y23)),
    F("(4.102 dụng cụ)", "4.102", 4102, "count", "dụng cụ", LIST, location="Hà Nội", period=I(Y23)),
    F("(3.214 dụng cụ)", "3.214", 3214, "count", "dụng cụ", LIST, location="Cần Thơ", period=I(Y23)),
    F("cho 48.730 lượt người", "48.730", 48730, "count", "lượt người có công",
      "lượt người có công với cách mạng được cấp phương tiện trợ giúp, dụng cụ chỉnh hình", period=M10),
    F("khoảng 236 tỷ đồng", "236", 236000000000, "money", "đồng",
      "kinh phí cấp phương tiện trợ giúp, dụng cụ chỉnh hình cho người có công", approx="about", period=M10),
    F("là 3 năm/lần", "3", 3, "measure", "năm/lần", "niên hạn cấp chân giả cho người có công"),
    F("khoảng 450 kỹ thuật viên", "450", 450, "count", "kỹ thuật viên",
      "kỹ thuật viên chỉnh hình được đào tạo bài bản", approx="about"),
    F("khoảng 1.500 người", "1.500", 1500, "count", "người", "nhu cầu kỹ thuật viên chỉnh hình",
      approx="about", status="estimate"),
    F("thêm 200 kỹ thuật viên", "200", 200, "count", "kỹ thuật viên", "kỹ thuật viên đào tạo thêm",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("2025, 80%", "80", 80, "percent", "%",
      "người khuyết tật có nhu cầu được tiếp cận dịch vụ chỉnh hình, phục hồi chức năng", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt 90%", "90", 90, "percent", "%",
      "người khuyết tật có nhu cầu được tiếp cận dịch vụ chỉnh hình, phục hồi chức năng", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Bộ LĐTBXH site: hệ thống chỉnh hình, phục hồi chức năng; dụng cụ cấp năm 2023; người có công; kỹ thuật viên; mục tiêu 2025/2030 (invented, probe set 872).",
    "National: location Việt Nam, except the four centres in the list, whose figures take the city the centre is named after.",
    "'khoảng 29% là người khuyết tật vận động' after 'trong đó' is a share of another whole: a percent figure of its own.",
    "The list after 'Các đơn vị cung cấp nhiều nhất là' shares the indicator of 21.450 and the period Năm 2023 (inherited); it does not add up: no total; its own sentence has no 'ước': actual.",
    "'3 năm/lần' (a regulation's renewal interval) is a measure as the claim. 'từ 2 tuổi trở lên' is a category threshold: optional.",
    "Distractors: Ngày đăng 05/12/2023, Lượt xem: 2.418, Nghị định số 131/2021/NĐ-CP, Số 35 Trần Phú, 024.3747.8675.",
]

if __name__ == "__main__":
    build("p872-4", TEXT, FIGS, COMMENTS, published="2023-12-05", location="Việt Nam")
