"""p1450-4: ministry site (Bộ Công Thương): national tissue paper market 2023, exports, pulp imports, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Công nghiệp

Thị trường giấy tissue năm 2023: tiêu thụ tăng đều, xuất khẩu khởi sắc

05/03/2024 | 10:20 | Vụ Công nghiệp

Theo Hiệp hội Giấy và Bột giấy Việt Nam (VPPA), năm 2023 tiêu thụ giấy tissue trong nước ước đạt 426 nghìn tấn, tăng 6,3% so với năm 2022. Mức tiêu dùng bình quân đạt khoảng 4,3 kg/người/năm, tăng 0,2 kg so với năm 2022.

Cả nước hiện có khoảng 70 doanh nghiệp sản xuất giấy tissue với tổng công suất trên 580.000 tấn/năm, trong đó 3 doanh nghiệp có vốn đầu tư nước ngoài. Khối doanh nghiệp FDI chiếm gần 45% tổng công suất toàn ngành. Hiệu suất sử dụng máy móc bình quân của ngành chỉ đạt 73%.

Về xuất khẩu, năm 2023 kim ngạch xuất khẩu giấy tissue và sản phẩm giấy tissue đạt 215,4 triệu USD, tăng 18,2% so với năm 2022. Hoa Kỳ là thị trường lớn nhất với 68,9 triệu USD, tiếp đến là Nhật Bản 41,2 triệu USD và Australia 23,5 triệu USD. Ngược lại, lượng nhập khẩu giấy tissue chỉ còn khoảng 31 nghìn tấn, giảm 9,6% so với năm 2022.

Ngành tissue vẫn phụ thuộc lớn vào bột giấy nhập khẩu: năm 2023, cả nước nhập khoảng 480 nghìn tấn bột giấy, trị giá gần 290 triệu USD; giá nhập khẩu bình quân 605 USD/tấn, giảm 21% so với năm 2022.

Theo Chiến lược phát triển ngành giấy, mục tiêu đến năm 2030 mức tiêu dùng giấy tissue đạt 6 kg/người/năm, xuất khẩu chiếm ít nhất 25% sản lượng giấy tissue. VPPA dự báo năm 2024 tiêu thụ giấy tissue trong nước tăng từ 5 đến 7%.

Bài viết liên quan:
- Quyết định số 1694/QĐ-BCT về Quy hoạch phát triển ngành giấy
- Triển lãm Vietnam Paper Expo 2024 khai mạc tại Hà Nội

Bản quyền thuộc Bộ Công Thương. Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23c = per("năm 2023,", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("ước đạt 426 nghìn", "426", 426e3, "measure", "tấn", status="estimate",
        change=chg("increase", 6.3, "%", "năm 2022"), subject="tiêu thụ giấy tissue trong nước", period=Y23),
    fig("khoảng 4,3 kg", "4,3", 4.3, "measure", "kg/người/năm", approx="about",
        change=chg("increase", 0.2, "kg", "năm 2022"), subject="mức tiêu dùng bình quân", period=inh(Y23)),
    fig("khoảng 70 doanh nghiệp", "70", 70, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất giấy tissue"),
    fig("trên 580.000 tấn/năm", "580.000", 580000, "measure", "tấn/năm", approx="over",
        subject="tổng công suất doanh nghiệp sản xuất giấy tissue"),
    fig("trong đó 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=70,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("gần 45%", "45", 45, "percent", "%", approx="nearly",
        subject="tổng công suất toàn ngành của khối doanh nghiệp FDI"),
    fig("chỉ đạt 73%", "73", 73, "percent", "%", subject="hiệu suất sử dụng máy móc bình quân của ngành"),
    fig("đạt 215,4 triệu", "215,4", 215.4e6, "money", "USD", change=chg("increase", 18.2, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu giấy tissue và sản phẩm giấy tissue", period=Y23),
    fig("với 68,9 triệu", "68,9", 68.9e6, "money", "USD",
        subject="kim ngạch xuất khẩu giấy tissue và sản phẩm giấy tissue", period=inh(Y23)),
    fig("Nhật Bản 41,2 triệu", "41,2", 41.2e6, "money", "USD",
        subject="kim ngạch xuất khẩu giấy tissue và sản phẩm giấy tissue", period=inh(Y23)),
    fig("Australia 23,5 triệu", "23,5", 23.5e6, "money", "USD",
        subject="kim ngạch xuất khẩu giấy tissue và sản phẩm giấy tissue", period=inh(Y23)),
    fig("khoảng 31 nghìn", "31", 31e3, "measure", "tấn", approx="about",
        change=chg("decrease", 9.6, "%", "năm 2022"), subject="lượng nhập khẩu giấy tissue", period=inh(Y23)),
    fig("khoảng 480 nghìn", "480", 480e3, "measure", "tấn", approx="about",
        subject="bột giấy cả nước nhập", period=Y23c),
    fig("gần 290 triệu", "290", 290e6, "money", "USD", approx="nearly",
        subject="trị giá bột giấy nhập khẩu", period=Y23c),
    fig("bình quân 605 USD/tấn", "605", 605, "money", "USD/tấn", change=chg("decrease", 21, "%", "năm 2022"),
        subject="giá nhập khẩu bình quân bột giấy", period=Y23c),
    fig("đạt 6 kg", "6", 6, "measure", "kg/người/năm", status="target",
        subject="mức tiêu dùng giấy tissue", period=T30),
    fig("ít nhất 25%", "25", 25, "percent", "%", approx="at_least", status="target",
        subject="xuất khẩu trong sản lượng giấy tissue", period=T30),
    fig("từ 5 đến 7%", "5", 5, "percent", "%", value_max=7, status="forecast",
        subject="tiêu thụ giấy tissue trong nước", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '05/03/2024 | 10:20 | Vụ Công nghiệp', related links, address footer. Location Việt Nam.",
    "Distractors: 10:20, Quyết định số 1694/QĐ-BCT, 'Vietnam Paper Expo 2024', '54 Hai Bà Trưng', baselines 'năm 2022'.",
    "'khoảng 70 doanh nghiệp ... với tổng công suất trên 580.000 tấn/năm, trong đó 3 doanh nghiệp' → total 70: the whole counts",
    "the same thing (doanh nghiệp), not the capacity figure standing right before the cue. 'Khối doanh nghiệp FDI chiếm gần 45%' is",
    "a percent figure of its own (own sentence, no base amount). 'tăng 0,2 kg so với năm 2022' → change in kg.",
    "Export list 'Hoa Kỳ ... 68,9 triệu USD, tiếp đến là Nhật Bản ..., Australia ...': trade partners, location stays Việt Nam; no total (no cue).",
    "'mục tiêu đến năm 2030 ...' → target, period start null; 'VPPA dự báo năm 2024 ... tăng từ 5 đến 7%' → forecast growth rate (percent, range).",
]

if __name__ == "__main__":
    write("p1450-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
