"""p1315-5: provincial Party newspaper (Báo Thừa Thiên Huế): software outsourcing for Japan, first half of 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO THỪA THIÊN HUẾ ĐIỆN TỬ
Kinh tế > Doanh nghiệp

Gia công phần mềm cho thị trường Nhật Bản: hướng đi của doanh nghiệp Huế

11/07/2024 07:15

6 tháng đầu năm, xuất khẩu phần mềm của các doanh nghiệp trên địa bàn đạt gần 19 triệu USD; riêng thị trường Nhật Bản chiếm khoảng 65%.

(TTH.VN) - Tại Công ty TNHH Phần mềm Hương An (phường Vỹ Dạ, TP Huế), hơn 300 kỹ sư đang thực hiện các dự án cho khách hàng Nhật Bản. Ông Lê Minh Khoa, Giám đốc công ty cho biết, năm 2023 doanh thu của công ty đạt 142 tỷ đồng, gấp đôi năm 2021. 6 tháng đầu năm nay, công ty ký thêm 12 hợp đồng mới, doanh thu ước đạt 86 tỷ đồng, bằng 55% kế hoạch năm.

Theo Sở Thông tin và Truyền thông, toàn tỉnh hiện có 186 doanh nghiệp phần mềm, trong đó 24 doanh nghiệp có hợp đồng gia công với đối tác Nhật Bản. 6 tháng đầu năm 2024, xuất khẩu phần mềm toàn tỉnh đạt 18,6 triệu USD, tăng 21% so với cùng kỳ năm 2023, chiếm 46% doanh thu phần mềm.

Tuy nhiên, nhân lực vẫn là điểm nghẽn: mỗi năm các trường đại học trên địa bàn đào tạo khoảng 1.200 sinh viên công nghệ thông tin, trong khi nhu cầu của doanh nghiệp là 2.000-2.500 người/năm. Lương khởi điểm của kỹ sư biết tiếng Nhật từ 15 đến 18 triệu đồng/tháng, cao hơn khoảng 30% so với kỹ sư thông thường.

Tỉnh đặt mục tiêu đến năm 2025 có 250 doanh nghiệp phần mềm và đến năm 2030 doanh thu phần mềm xếp thứ 3 khu vực miền Trung.

HOÀI THƯƠNG

Tin liên quan:
- Huế: Ngày hội việc làm công nghệ thông tin lần thứ 4
- Khai trương Trung tâm đổi mới sáng tạo tại số 28 Lý Thường Kiệt
"""

H1 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_NAY = period("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
H1_24 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
BY25 = period("đến năm 2025", None, "2025-12-31")
BY30 = period("đến năm 2030", None, "2030-12-31")
HUE = "Huế"

FIGS = [
    F("đạt gần 19 triệu USD", "19", 19e6, "money", "USD", "xuất khẩu phần mềm của các doanh nghiệp trên địa bàn", H1,
      approx="nearly"),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "xuất khẩu phần mềm sang thị trường Nhật Bản", H1,
      approx="about"),
    F("hơn 300 kỹ sư", "300", 300, "count", "kỹ sư", "kỹ sư thực hiện các dự án cho khách hàng Nhật Bản",
      approx="over", location=HUE),
    F("đạt 142 tỷ", "142", 142e9, "money", "đồng", "doanh thu của công ty", Y23,
      change=change("increase", 2, "lần", "năm 2021"), location=HUE),
    F("thêm 12 hợp đồng", "12", 12, "count", "hợp đồng", "hợp đồng mới công ty ký thêm", H1_NAY, location=HUE),
    F("ước đạt 86 tỷ", "86", 86e9, "money", "đồng", "doanh thu của công ty", H1_NAY, percent=55, status="estimate",
      location=HUE),
    F("có 186 doanh nghiệp", "186", 186, "count", "doanh nghiệp", "doanh nghiệp phần mềm"),
    F("trong đó 24 doanh nghiệp", "24", 24, "count", "doanh nghiệp",
      "doanh nghiệp có hợp đồng gia công với đối tác Nhật Bản", total=186),
    F("đạt 18,6 triệu USD", "18,6", 18.6e6, "money", "USD", "xuất khẩu phần mềm toàn tỉnh", H1_24,
      change=change("increase", 21, "%", "cùng kỳ năm 2023"), percent=46),
    F("khoảng 1.200 sinh viên", "1.200", 1200, "measure", "sinh viên/năm",
      "sinh viên công nghệ thông tin các trường đại học đào tạo mỗi năm", approx="about"),
    F("là 2.000-2.500", "2.000", 2000, "measure", "người/năm", "nhu cầu nhân lực của doanh nghiệp", value_max=2500),
    F("từ 15 đến 18 triệu", "15", 15e6, "money", "đồng/tháng", "lương khởi điểm của kỹ sư biết tiếng Nhật",
      value_max=18e6, change=change("increase", 30, "%", "kỹ sư thông thường", approx="about")),
    F("có 250 doanh nghiệp", "250", 250, "count", "doanh nghiệp", "doanh nghiệp phần mềm", BY25, status="target"),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "doanh thu phần mềm", BY30, status="target"),
]

NOTES = [
    "Provincial Party newspaper (Báo Thừa Thiên Huế): section path, '11/07/2024 07:15', sapo, tag '(TTH.VN) -', byline, related links.",
    "Distractors: 07:15, 'lần thứ 4' and 'số 28 Lý Thường Kiệt' in related links; baselines 'năm 2021', 'cùng kỳ năm 2023' are not figures.",
    "The paper and its tag imply Thừa Thiên Huế; the company passage (phường Vỹ Dạ, TP Huế) is located in Huế.",
    "Sapo '6 tháng đầu năm' has no year: the dateline before it gives 2024. '6 tháng đầu năm nay' -> published year 2024.",
    "'gấp đôi năm 2021' after the 2023 revenue is its change: value 2, unit 'lần', baseline 'năm 2021'.",
    "'riêng thị trường Nhật Bản chiếm khoảng 65%' is the share of a part: its own percent figure, the partner in the subject.",
    "'mỗi năm … khoảng 1.200 sinh viên' and '2.000-2.500 người/năm' are rates: kind measure, the time in the unit.",
    "'cao hơn khoảng 30% so với kỹ sư thông thường' is the change of the wage range.",
    "'đặt mục tiêu' governs both 'đến năm 2025' and 'đến năm 2030' clauses (target); the rank is the province's.",
]

if __name__ == "__main__":
    write("p1315-5", TEXT, NOTES, FIGS, published="2024-07-11", location="Thừa Thiên Huế")
