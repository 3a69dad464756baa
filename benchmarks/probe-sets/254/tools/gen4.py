from lib import *

A = """BÁO NGHỆ AN
Kinh tế › Doanh nghiệp

Doanh nghiệp khoa học và công nghệ: Động lực mới cho tăng trưởng

05/08/2024 07:30

Thanh Lê

(Baonghean.vn) - Tính đến tháng 7/2024, toàn tỉnh có 37 doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ, tăng 12 doanh nghiệp so với cuối năm 2021, đứng thứ 2 khu vực Bắc Trung Bộ. Trong đó, 21 doanh nghiệp hoạt động trong lĩnh vực nông nghiệp công nghệ cao, 9 doanh nghiệp thuộc lĩnh vực công nghệ thông tin - điện tử, còn lại là cơ khí, chế biến thực phẩm.

Các doanh nghiệp khoa học và công nghệ tập trung chủ yếu ở TP Vinh (18 doanh nghiệp), thị xã Hoàng Mai (5 doanh nghiệp) và huyện Nghĩa Đàn (4 doanh nghiệp).

Năm 2023, doanh thu từ sản phẩm hình thành từ kết quả khoa học và công nghệ của các doanh nghiệp này ước đạt 1.250 tỷ đồng, chiếm khoảng 42% tổng doanh thu. Cũng trong năm 2023, các doanh nghiệp nộp ngân sách gần 86 tỷ đồng và được miễn, giảm thuế thu nhập doanh nghiệp hơn 14,5 tỷ đồng theo Nghị định 13/2019/NĐ-CP.

Giai đoạn 2021-2025, tỉnh bố trí khoảng 30 tỷ đồng từ ngân sách để hỗ trợ doanh nghiệp đổi mới công nghệ, mức hỗ trợ tối đa 1 tỷ đồng/dự án. Từ năm 2021 đến nay đã có 23 dự án được hỗ trợ với tổng kinh phí 17,6 tỷ đồng.

Ông Nguyễn Văn Hải, Giám đốc Công ty TNHH Công nghệ sinh học 579 cho biết, nhờ chuyển giao quy trình nhân giống cây lâm nghiệp bằng nuôi cấy mô, năng suất cây giống của công ty tăng gấp 3 lần, giá thành giảm 25%.

Theo Sở Khoa học và Công nghệ, tỉnh phấn đấu đến năm 2025 có từ 45 đến 50 doanh nghiệp khoa học và công nghệ, đến năm 2030 đạt 80 doanh nghiệp.
"""

T7 = P("Tính đến tháng 7/2024", None, "2024-07-31")
T7i = P("Tính đến tháng 7/2024", None, "2024-07-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
S_DN = "doanh nghiệp khoa học và công nghệ"
FIG = [
    F("có 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp", "doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ",
      change=C("increase", 12, "doanh nghiệp", "cuối năm 2021"), period=T7),
    F("đứng thứ 2 khu vực", "2", 2, "rank", "hạng", S_DN, period=T7),
    F("đó, 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp", "doanh nghiệp hoạt động trong lĩnh vực nông nghiệp công nghệ cao",
      total=37, period=T7i),
    F(", 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp thuộc lĩnh vực công nghệ thông tin - điện tử",
      total=37, period=T7i),
    F("(18 doanh nghiệp)", "18", 18, "count", "doanh nghiệp", S_DN, location="Vinh", period=T7i),
    F("(5 doanh nghiệp)", "5", 5, "count", "doanh nghiệp", S_DN, location="Hoàng Mai", period=T7i),
    F("(4 doanh nghiệp)", "4", 4, "count", "doanh nghiệp", S_DN, location="Nghĩa Đàn", period=T7i),
    F("ước đạt 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng",
      "doanh thu từ sản phẩm hình thành từ kết quả khoa học và công nghệ", percent=42, status="estimate", period=Y23),
    F("gần 86 tỷ đồng", "86", 86e9, "money", "đồng", "nộp ngân sách", approx="nearly",
      period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 14,5 tỷ đồng", "14,5", 14.5e9, "money", "đồng", "miễn, giảm thuế thu nhập doanh nghiệp", approx="over",
      period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 30 tỷ đồng", "30", 30e9, "money", "đồng", "ngân sách hỗ trợ doanh nghiệp đổi mới công nghệ", approx="about",
      period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("tối đa 1 tỷ đồng/dự án", "1", 1e9, "money", "đồng/dự án", "mức hỗ trợ", approx="at_most", optional=True),
    F("có 23 dự án", "23", 23, "count", "dự án", "dự án được hỗ trợ", period=P("Từ năm 2021 đến nay", "2021-01-01", "2024-08-05")),
    F("kinh phí 17,6 tỷ đồng", "17,6", 17.6e9, "money", "đồng", "tổng kinh phí hỗ trợ dự án", period=P("Từ năm 2021 đến nay", "2021-01-01", "2024-08-05")),
    F("tăng gấp 3 lần", "3", 3, "multiple", "lần", "năng suất cây giống của công ty"),
    F("giảm 25%", "25", 25, "percent", "%", "giá thành"),
    F("có từ 45 đến 50 doanh nghiệp", "45", 45, "count", "doanh nghiệp", S_DN, value_max=50, status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt 80 doanh nghiệp", "80", 80, "count", "doanh nghiệp", S_DN, status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
]

build(4, A, FIG, comments=[
    "Party newspaper (Báo Nghệ An): science-and-technology enterprises in Nghệ An. Bare dateline '05/08/2024 07:30' after the title, byline.",
    "Distractors: 'Nghị định 13/2019/NĐ-CP', 'Công ty TNHH Công nghệ sinh học 579' (a name), 'Baonghean.vn', '2021-2025' as a period.",
    "'Trong đó, 21 … 9 …' after a sentence break: parts of 37. District list (TP Vinh, thị xã Hoàng Mai, huyện Nghĩa Đàn) → locations; no total",
    "(no cue, and they do not add up to 37). 'chiếm khoảng 42%' is the share of 1.250 tỷ (estimate). 'Cũng trong năm 2023' starts a new",
    "sentence, so 'ước' does not govern it. 'mức hỗ trợ tối đa' is a cap (criterion): optional.",
    "'tăng gấp 3 lần' and 'giảm 25%' have no base amount: a multiple and a percent figure of the company (location default Nghệ An);",
    "their paragraph states no period, so none. 'Từ năm 2021 đến nay' runs to the dateline.",
], published="2024-08-05", location="Nghệ An")
