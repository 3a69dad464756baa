from lib import Doc, P, C, T

TEXT = """BÁO ĐÀ NẴNG
Kinh tế
HOÀNG HIỆP 08:30, 14/10/2024

Doanh nghiệp khoa học và công nghệ: lực lượng nòng cốt của đổi mới sáng tạo

Tính đến ngày 30/9/2024, thành phố có 52 doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ (KH&CN), xếp thứ 5 cả nước sau Hà Nội, TP Hồ Chí Minh, Bình Dương và Đồng Nai. Trong đó, 31 doanh nghiệp hoạt động trong lĩnh vực công nghệ thông tin, 12 doanh nghiệp thuộc lĩnh vực cơ khí - tự động hóa, còn lại là công nghệ sinh học và môi trường.

Năm 2023, tổng doanh thu của các doanh nghiệp KH&CN đạt 2.846 tỷ đồng, trong đó doanh thu từ sản phẩm hình thành từ kết quả KH&CN đạt 1.735 tỷ đồng, chiếm 61%. Các doanh nghiệp được miễn, giảm thuế thu nhập doanh nghiệp gần 47 tỷ đồng; nộp ngân sách hơn 130 tỷ đồng, tăng 9,2% so với năm 2022.

Theo khảo sát của Sở KH&CN, khoảng 70% doanh nghiệp KH&CN có bộ phận nghiên cứu và phát triển (R&D); chi cho R&D bình quân chiếm từ 3 đến 5% doanh thu. Riêng 8 doanh nghiệp trong Khu công nghệ cao Đà Nẵng có tỷ lệ chi R&D trên 7%.

Theo Nghị định số 13/2019/NĐ-CP, doanh nghiệp KH&CN được miễn thuế thu nhập doanh nghiệp 4 năm và giảm 50% số thuế phải nộp trong 9 năm tiếp theo. Ngoài ra, thành phố hỗ trợ tối đa 300 triệu đồng/doanh nghiệp để thương mại hóa kết quả nghiên cứu.

Mục tiêu đến năm 2025, Đà Nẵng có 70 doanh nghiệp KH&CN và đến năm 2030 đạt 120 doanh nghiệp, trong đó ít nhất 30% có sản phẩm xuất khẩu.

Đồng chí Giám đốc Sở KH&CN cho biết, sở sẽ phối hợp với Vườn ươm doanh nghiệp công nghệ cao (số 10 Ca Văn Thỉnh) dự kiến tổ chức 6 lớp tập huấn trong quý IV năm nay.
"""

d = Doc("p316-4", TEXT, [
    "Báo Đà Nẵng (Party newspaper): science-and-technology enterprises. Dateline with byline before it: 'HOÀNG HIỆP 08:30, 14/10/2024'.",
    "Distractors: 'Nghị định số 13/2019/NĐ-CP', address 'số 10 Ca Văn Thỉnh', 'Khu công nghệ cao Đà Nẵng' (a name), provinces named in",
    "  'sau Hà Nội, …' carry no figure. Tax-rule durations '4 năm', '9 năm tiếp theo' and the rule's '50%' are optional (legal terms, not facts).",
    "'xếp thứ 5 cả nước' is Đà Nẵng's rank (location Đà Nẵng). 'Trong đó, 31 …, 12 …' parts of 52 (the rest unnumbered).",
    "'trong đó … 1.735 tỷ đồng, chiếm 61%': total 2.846 tỷ and percent 61. 'hơn 130 tỷ đồng, tăng 9,2% so với năm 2022': change.",
    "Survey shares have no stated period. 'từ 3 đến 5% doanh thu' a range; 'trên 7%' is a threshold in the count's defining clause: optional. 'tối đa 300 triệu đồng/doanh nghiệp' at_most (a rule).",
    "Targets 'đến năm 2025/2030' -> start null, end 2025-12-31 / 2030-12-31. 'ít nhất 30%' of the 2030 enterprises: target percent.",
    "'6 lớp tập huấn trong quý IV năm nay' is a plan ('dự kiến'): forecast; 'năm nay' = 2024 (dateline, nearest earlier date).",
], published="2024-10-14", location="Đà Nẵng")

A30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
A30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

d.f("có 52 doanh nghiệp", "52", 52, "count", "doanh nghiệp", "doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ", period=A30)
d.f("xếp thứ 5 cả nước", "5", 5, "rank", "hạng", "doanh nghiệp khoa học và công nghệ", period=A30)
d.f("31 doanh nghiệp", "31", 31, "count", "doanh nghiệp", "doanh nghiệp hoạt động trong lĩnh vực công nghệ thông tin", total=52, period=A30i)
d.f("12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", "doanh nghiệp thuộc lĩnh vực cơ khí - tự động hóa", total=52, period=A30i)
d.f("đạt 2.846 tỷ đồng", "2.846", 2846e9, "money", "đồng", "tổng doanh thu của các doanh nghiệp KH&CN", period=Y23)
d.f("đạt 1.735 tỷ đồng", "1.735", 1735e9, "money", "đồng", "doanh thu từ sản phẩm hình thành từ kết quả KH&CN",
    total=2846e9, percent=61, period=Y23)
d.f("gần 47 tỷ đồng", "47", 47e9, "money", "đồng", "thuế thu nhập doanh nghiệp được miễn, giảm", approx="nearly", period=Y23i)
d.f("hơn 130 tỷ đồng", "130", 130e9, "money", "đồng", "nộp ngân sách", approx="over",
    change=C("increase", 9.2, "%", "năm 2022"), period=Y23i)
d.f("khoảng 70%", "70", 70, "percent", "%", "doanh nghiệp KH&CN có bộ phận nghiên cứu và phát triển (R&D)", approx="about")
d.f("từ 3 đến 5%", "3", 3, "percent", "%", "chi cho R&D bình quân", value_max=5)
d.f("Riêng 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", "doanh nghiệp trong Khu công nghệ cao Đà Nẵng có tỷ lệ chi R&D trên 7%")
d.f("trên 7%", "7", 7, "percent", "%", "tỷ lệ chi R&D", approx="over", optional=True)
d.f("thuế thu nhập doanh nghiệp 4 năm", "4", 4, "measure", "năm", optional=True)
d.f("giảm 50% số thuế", "50", 50, "percent", "%", "số thuế phải nộp", optional=True)
d.f("trong 9 năm", "9", 9, "measure", "năm", optional=True)
d.f("tối đa 300 triệu đồng", "300", 300e6, "money", "đồng/doanh nghiệp", "hỗ trợ thương mại hóa kết quả nghiên cứu", approx="at_most")
d.f("có 70 doanh nghiệp", "70", 70, "count", "doanh nghiệp KH&CN", "doanh nghiệp KH&CN", status="target", period=T25)
d.f("đạt 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", "doanh nghiệp KH&CN", status="target", period=T30)
d.f("ít nhất 30%", "30", 30, "percent", "%", "doanh nghiệp có sản phẩm xuất khẩu", approx="at_least", status="target", period=T30)
d.f("tổ chức 6 lớp", "6", 6, "count", "lớp tập huấn", "lớp tập huấn", status="forecast",
    period=P("quý IV năm nay", "2024-10-01", "2024-12-31"))
d.write()
