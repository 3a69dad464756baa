"""p1315-3: ministry site (Bộ Thông tin và Truyền thông): national software industry 2023, data centres, targets."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > Công nghiệp ICT

Doanh thu công nghiệp phần mềm năm 2023 vượt 7 tỷ USD

12/01/2024 | 09:30 | Vụ Công nghệ thông tin

Năm 2023, doanh thu lĩnh vực phần mềm của cả nước ước đạt 7,3 tỷ USD, tăng 14,2% so với năm 2022, vượt 4% kế hoạch. Xuất khẩu phần mềm và dịch vụ công nghệ thông tin đạt khoảng 5,8 tỷ USD, chiếm 79,5% tổng doanh thu phần mềm.

Cả nước hiện có khoảng 17.500 doanh nghiệp phần mềm, trong đó hơn 9.200 doanh nghiệp tham gia gia công, xuất khẩu; lao động trong lĩnh vực phần mềm là 224.000 người, thu nhập bình quân 21,6 triệu đồng/người/tháng. Các địa phương dẫn đầu về doanh thu phần mềm lần lượt là Hà Nội (3,1 tỷ USD), TP Hồ Chí Minh (2,4 tỷ USD) và Đà Nẵng (0,6 tỷ USD).

Theo bảng xếp hạng của một hãng tư vấn quốc tế, Việt Nam xếp thứ 6 trong số các điểm đến gia công phần mềm hấp dẫn nhất thế giới.

Về hạ tầng, cả nước có 45 trung tâm dữ liệu của 27 doanh nghiệp, tổng công suất thiết kế khoảng 95 MW; trong đó 30 trung tâm đạt tiêu chuẩn Tier 3 trở lên.

Thực hiện Quyết định số 411/QĐ-TTg, mục tiêu đến năm 2025, doanh thu công nghiệp phần mềm đạt 10 tỷ USD; đến năm 2030 cả nước có 150.000 doanh nghiệp công nghệ số và ít nhất 1 triệu kỹ sư công nghệ thông tin.

Tin cùng chuyên mục:
- Hội nghị giao ban quản lý nhà nước quý IV/2023
- Công bố Sách trắng công nghệ thông tin và truyền thông 2023

BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Địa chỉ: 18 Nguyễn Du, Hà Nội | Điện thoại: 024.3943.7328
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y23c = period("Năm 2023", "2023-01-01", "2023-12-31")
BY25 = period("đến năm 2025", None, "2025-12-31")
BY30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("vượt 7 tỷ USD", "7", 7e9, "money", "USD", "doanh thu công nghiệp phần mềm", Y23, approx="over"),
    F("ước đạt 7,3 tỷ USD", "7,3", 7.3e9, "money", "USD", "doanh thu lĩnh vực phần mềm", Y23c,
      change=change("increase", 14.2, "%", "năm 2022"), status="estimate"),
    F("vượt 4% kế hoạch", "4", 4, "percent", "%", "doanh thu lĩnh vực phần mềm vượt kế hoạch", Y23c,
      status="estimate", optional=True),
    F("khoảng 5,8 tỷ USD", "5,8", 5.8e9, "money", "USD", "xuất khẩu phần mềm và dịch vụ công nghệ thông tin",
      inherit(Y23c), approx="about", percent=79.5),
    F("khoảng 17.500 doanh nghiệp", "17.500", 17500, "count", "doanh nghiệp", "doanh nghiệp phần mềm",
      approx="about"),
    F("hơn 9.200 doanh nghiệp", "9.200", 9200, "count", "doanh nghiệp", "doanh nghiệp tham gia gia công, xuất khẩu",
      approx="over", total=17500),
    F("là 224.000 người", "224.000", 224000, "count", "người", "lao động trong lĩnh vực phần mềm"),
    F("bình quân 21,6 triệu", "21,6", 21.6e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("Hà Nội (3,1 tỷ USD)", "3,1", 3.1e9, "money", "USD", "doanh thu phần mềm", inherit(Y23c), location="Hà Nội"),
    F("TP Hồ Chí Minh (2,4 tỷ USD)", "2,4", 2.4e9, "money", "USD", "doanh thu phần mềm", inherit(Y23c),
      location="TP Hồ Chí Minh"),
    F("Đà Nẵng (0,6 tỷ USD)", "0,6", 0.6e9, "money", "USD", "doanh thu phần mềm", inherit(Y23c), location="Đà Nẵng"),
    F("xếp thứ 6", "6", 6, "rank", "hạng", "điểm đến gia công phần mềm hấp dẫn nhất thế giới"),
    F("có 45 trung tâm", "45", 45, "count", "trung tâm dữ liệu", "trung tâm dữ liệu"),
    F("của 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", "doanh nghiệp có trung tâm dữ liệu"),
    F("khoảng 95 MW", "95", 95, "measure", "MW", "tổng công suất thiết kế các trung tâm dữ liệu", approx="about"),
    F("trong đó 30 trung tâm", "30", 30, "count", "trung tâm", "trung tâm dữ liệu đạt tiêu chuẩn Tier 3 trở lên",
      total=45),
    F("đạt 10 tỷ USD", "10", 10e9, "money", "USD", "doanh thu công nghiệp phần mềm", BY25, status="target"),
    F("có 150.000 doanh nghiệp", "150.000", 150000, "count", "doanh nghiệp", "doanh nghiệp công nghệ số", BY30,
      status="target"),
    F("ít nhất 1 triệu kỹ sư", "1", 1e6, "count", "kỹ sư", "kỹ sư công nghệ thông tin", BY30,
      approx="at_least", status="target"),
]

NOTES = [
    "Ministry site (Bộ TT&TT): national software industry 2023; breadcrumb, '12/01/2024 | 09:30 | Vụ Công nghệ thông tin', address footer.",
    "Distractors: 09:30, 'Tier 3', 'Quyết định số 411/QĐ-TTg', 'quý IV/2023' and '2023' in link titles, '18 Nguyễn Du', phone.",
    "Headline 'vượt 7 tỷ USD': 'vượt' before an amount means over (approx over), no estimate cue in the headline.",
    "7,3 tỷ USD carries two gaps: the first ('tăng 14,2% so với năm 2022') is its change; 'vượt 4% kế hoạch' is the second, so an optional percent figure.",
    "'chiếm 79,5% tổng doanh thu phần mềm' is the percent of 5,8 tỷ USD. 'trong đó 30 trung tâm' -> total 45 (the whole counting the same thing).",
    "The 'lần lượt' list: each item's province is its location, subject the list's indicator; period inherited from 'Năm 2023'.",
    "National figures: location Việt Nam. Targets 'mục tiêu đến năm 2025/2030' (start null); 'ít nhất 1 triệu' continues the 2030 clause.",
]

if __name__ == "__main__":
    write("p1315-3", TEXT, NOTES, FIGS, published="2024-01-12", location="Việt Nam")
