"""p1261-3: ministry site (Bộ NN&PTNT, Cục Lâm nghiệp): national forestry tissue-culture seedlings."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp

Nâng tỷ lệ giống cây lâm nghiệp nuôi cấy mô

22/05/2024 | 14:10 | Cục Lâm nghiệp

Theo Cục Lâm nghiệp, năm 2023 cả nước sản xuất khoảng 950 triệu cây giống lâm nghiệp, trong đó cây giống nuôi cấy mô đạt 210 triệu cây, chiếm 22,1%. Cả nước hiện có 45 cơ sở nuôi cấy mô cây lâm nghiệp với tổng công suất trên 300 triệu cây/năm, tập trung ở vùng Đông Bắc và Bắc Trung Bộ.

Các tỉnh có sản lượng giống cấy mô lớn nhất lần lượt là Tuyên Quang (38 triệu cây), Quảng Trị (27 triệu cây) và Yên Bái (21 triệu cây).

Giống keo lai và bạch đàn cấy mô cho năng suất rừng trồng bình quân 20-25 m3/ha/năm, cao hơn khoảng 35% so với giống gieo từ hạt. Chu kỳ khai thác rừng gỗ nhỏ nhờ đó rút ngắn còn 5-7 năm.

Mục tiêu đến năm 2030, tỷ lệ sử dụng giống cây lâm nghiệp được cải thiện đạt 85%, trong đó giống nuôi cấy mô chiếm ít nhất 30%. Để đạt mục tiêu, cả nước cần sản xuất thêm khoảng 100 triệu cây giống cấy mô mỗi năm.

Năm 2024, Bộ dự kiến bố trí 12 tỷ đồng hỗ trợ chuyển giao công nghệ nuôi cấy mô cho tám tỉnh miền núi phía Bắc. Các cơ sở sản xuất giống phải đáp ứng Thông tư số 22/2021/TT-BNNPTNT và Quyết định số 1728/QĐ-BNN-LN về quản lý nguồn giống.

Tin cùng chuyên mục:
- Hội nghị trực tuyến về phát triển trồng rừng gỗ lớn
- Công bố hiện trạng rừng toàn quốc năm 2023

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3843.7520
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "sản lượng giống cấy mô"

FIGS = [
    fig("khoảng 950 triệu", "950", 950e6, "count", "cây giống", approx="about",
        subject="cây giống lâm nghiệp cả nước sản xuất", period=Y23),
    fig("đạt 210 triệu", "210", 210e6, "count", "cây", total=950e6, percent=22.1,
        subject="cây giống nuôi cấy mô", period=Y23),
    fig("có 45 cơ sở", "45", 45, "count", "cơ sở", subject="cơ sở nuôi cấy mô cây lâm nghiệp"),
    fig("trên 300 triệu", "300", 300e6, "measure", "cây/năm", approx="over",
        subject="tổng công suất các cơ sở nuôi cấy mô cây lâm nghiệp"),
    fig("Tuyên Quang (38 triệu", "38", 38e6, "count", "cây", subject=LIST, period=inh(Y23),
        location="Tuyên Quang"),
    fig("Quảng Trị (27 triệu", "27", 27e6, "count", "cây", subject=LIST, period=inh(Y23),
        location="Quảng Trị"),
    fig("Yên Bái (21 triệu", "21", 21e6, "count", "cây", subject=LIST, period=inh(Y23),
        location="Yên Bái"),
    fig("bình quân 20-25", "20", 20, "measure", "m3/ha/năm", value_max=25,
        change=chg("increase", 35, "%", "giống gieo từ hạt", approx="about"),
        subject="năng suất rừng trồng bình quân của giống keo lai và bạch đàn cấy mô"),
    fig("còn 5-7 năm", "5", 5, "measure", "năm", value_max=7, subject="chu kỳ khai thác rừng gỗ nhỏ"),
    fig("đạt 85%", "85", 85, "percent", "%", status="target",
        subject="tỷ lệ sử dụng giống cây lâm nghiệp được cải thiện", period=T30),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ giống nuôi cấy mô", period=T30),
    fig("khoảng 100 triệu", "100", 100e6, "measure", "cây giống/năm", approx="about", status="target",
        subject="cây giống cấy mô cả nước cần sản xuất thêm"),
    fig("bố trí 12 tỷ", "12", 12e9, "money", "đồng", status="forecast",
        subject="kinh phí hỗ trợ chuyển giao công nghệ nuôi cấy mô", period=Y24),
    fig("cho tám tỉnh", "tám", 8, "count", "tỉnh", status="forecast",
        subject="tỉnh miền núi phía Bắc được hỗ trợ chuyển giao công nghệ nuôi cấy mô", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Lâm nghiệp): breadcrumb, '22/05/2024 | 14:10 | Cục Lâm nghiệp', related links, address footer.",
    "Distractors: 14:10, Thông tư số 22/2021/TT-BNNPTNT, Quyết định số 1728/QĐ-BNN-LN, 'năm 2023' in a link, 'Số 2 Ngọc Hà', phone.",
    "National figures: location Việt Nam; the three list items take their province as location, subject = the list's indicator;",
    "their year comes from the previous paragraph (inherited).",
    "'cao hơn khoảng 35% so với giống gieo từ hạt' → change of the yield range. 'rút ngắn còn 5-7 năm' is a measured duration",
    "(the claim itself, not a time locator): measure in năm.",
    "'trong đó giống nuôi cấy mô chiếm ít nhất 30%' after a target percent: a percent figure of its own, target, at_least.",
    "'Để đạt mục tiêu, ... cần sản xuất thêm khoảng 100 triệu cây ... mỗi năm' → target (named by 'mục tiêu'), a yearly rate.",
    "'Bộ dự kiến ...' → forecast for both the money and 'tám tỉnh' (number word).",
]

if __name__ == "__main__":
    write(3, TEXT, NOTES, FIGS, published="2024-05-22", location="Việt Nam")
