"""p1460-5: Party/provincial newspaper (Báo Bắc Ninh, tag BNO): a smart-lock maker in thị xã Quế Võ."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BẮC NINH ĐIỆN TỬ
Kinh tế | Doanh nghiệp

Khóa thông minh "made in Bắc Ninh" vươn ra thế giới
12/11/2024 07:45

Sau 5 năm chuyển từ gia công linh kiện sang tự sản xuất khóa thông minh, Công ty TNHH Công nghệ An Phú Lock đã có sản phẩm mang thương hiệu riêng bán ra thị trường quốc tế.

(BNO) - Nhà máy của công ty tại Khu công nghiệp Quế Võ, thị xã Quế Võ rộng 1,8 ha, hiện có 4 dây chuyền lắp ráp với công suất 600.000 bộ khóa/năm; sản phẩm đã xuất khẩu sang 7 quốc gia. Ông Nguyễn Đức Tâm, Giám đốc công ty cho biết, 10 tháng năm 2024, công ty tiêu thụ 415.000 bộ khóa, doanh thu đạt 268 tỷ đồng, tăng 32% so với cùng kỳ; trong đó xuất khẩu chiếm hơn 60%.

Công ty có 320 lao động, trong đó 45 kỹ sư phần mềm, điện tử; thu nhập bình quân 11,5 triệu đồng/người/tháng. Mỗi năm, công ty dành khoảng 5% doanh thu cho nghiên cứu, phát triển. Tỷ lệ nội địa hóa sản phẩm đã đạt 52%, tăng 15 điểm phần trăm so với năm 2021. Dòng khóa vân tay AP-X9 có giá bán lẻ 4,9 triệu đồng/bộ, rẻ hơn khoảng 30% so với sản phẩm nhập khẩu cùng loại.

"Năm 2025, chúng tôi dự kiến đầu tư thêm 120 tỷ đồng mở rộng nhà xưởng, nâng công suất lên 1 triệu bộ/năm", ông Tâm nói.

Theo Sở Công Thương, Bắc Ninh hiện có 11 doanh nghiệp sản xuất, lắp ráp khóa điện tử. Năm 2023, kim ngạch xuất khẩu khóa điện tử của tỉnh đạt khoảng 46 triệu USD, đứng thứ hai cả nước sau Bình Dương.

THANH HÀ
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
BN = "Bắc Ninh"

FIGS = [
    F("Sau 5 năm", "5", 5, "measure", "năm", optional=True),
    F("rộng 1,8 ha", "1,8", 1.8, "measure", "ha", subject="diện tích nhà máy"),
    F("có 4 dây chuyền", "4", 4, "count", "dây chuyền", subject="dây chuyền lắp ráp"),
    F("600.000 bộ khóa/năm", "600.000", 600000, "measure", "bộ khóa/năm", subject="công suất nhà máy"),
    F("sang 7 quốc gia", "7", 7, "count", "quốc gia", subject="quốc gia sản phẩm đã xuất khẩu sang"),
    F("tiêu thụ 415.000 bộ", "415.000", 415000, "count", "bộ khóa", subject="bộ khóa công ty tiêu thụ",
      period=M10),
    F("đạt 268 tỷ", "268", 268e9, "money", "đồng", change=C("increase", 32, "%", "cùng kỳ"),
      subject="doanh thu", period=M10),
    F("chiếm hơn 60%", "60", 60, "percent", "%", approx="over",
      subject="tỷ trọng xuất khẩu trong doanh thu", period=M10),
    F("có 320 lao động", "320", 320, "count", "lao động", subject="lao động của công ty"),
    F("trong đó 45 kỹ sư", "45", 45, "count", "kỹ sư", total=320, subject="kỹ sư phần mềm, điện tử"),
    F("bình quân 11,5 triệu", "11,5", 11.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    F("khoảng 5% doanh thu", "5", 5, "percent", "%", approx="about",
      subject="doanh thu dành cho nghiên cứu, phát triển mỗi năm"),
    F("đạt 52%", "52", 52, "percent", "%",
      change=C("increase", 15, "điểm phần trăm", "năm 2021"), subject="tỷ lệ nội địa hóa sản phẩm"),
    F("lẻ 4,9 triệu", "4,9", 4.9e6, "money", "đồng/bộ",
      change=C("decrease", 30, "%", "sản phẩm nhập khẩu cùng loại", approx="about"),
      subject="giá bán lẻ dòng khóa vân tay AP-X9"),
    F("thêm 120 tỷ", "120", 120e9, "money", "đồng", status="forecast",
      subject="vốn đầu tư mở rộng nhà xưởng", period=Y25),
    F("lên 1 triệu", "1", 1e6, "measure", "bộ/năm", status="forecast",
      subject="công suất", period=Y25),
    F("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất, lắp ráp khóa điện tử", location=BN),
    F("khoảng 46 triệu", "46", 46e6, "money", "USD", approx="about",
      subject="kim ngạch xuất khẩu khóa điện tử của tỉnh", period=Y23, location=BN),
    F("thứ hai cả nước", "hai", 2, "rank", "hạng",
      subject="kim ngạch xuất khẩu khóa điện tử", period=Y23, location=BN),
]

NOTES = [
    "Party/provincial newspaper (Báo Bắc Ninh): section menu, headline, '12/11/2024 07:45', sapo, tag '(BNO) -', byline THANH HÀ at the end.",
    "Distractors: 07:45, product name 'AP-X9', 'Khu công nghiệp Quế Võ', 'năm 2021' (baseline), 'made in'.",
    "'Sau 5 năm chuyển từ ...' is a duration that places the story in time: optional (a careful annotator may or may not count it).",
    "The company passage is placed in thị xã Quế Võ: location Quế Võ for the company's figures, including the quoted plan; the last",
    "paragraph (Sở Công Thương, 'Bắc Ninh hiện có', 'của tỉnh') is Bắc Ninh. The rank 'thứ hai cả nước' is the province's (cả nước is the field).",
    "'trong đó xuất khẩu chiếm hơn 60%' is a percent figure of its own (share inside the doanh thu). 'tăng 15 điểm phần trăm so với",
    "năm 2021' is the change of 52% (unit điểm phần trăm). 'rẻ hơn khoảng 30% so với ...' is a decrease change of the price.",
    "'dự kiến' in the quote governs both clauses (forecast, năm 2025). 'Mỗi năm ... khoảng 5% doanh thu' is a standing share: no period.",
]

if __name__ == "__main__":
    write("p1460-5", TEXT, NOTES, FIGS, published="2024-11-12", location="Quế Võ")
