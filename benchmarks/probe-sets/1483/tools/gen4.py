"""p1483-4: provincial newspaper (Báo Hải Dương): one household-plastics company in huyện Nam Sách, 2023 results, 2024 plan."""
from lib import F, P, INH, CH, TG, write

TEXT = """BÁO HẢI DƯƠNG ĐIỆN TỬ
Kinh tế > Doanh nghiệp

Nhựa gia dụng Thành Vinh: Doanh thu năm 2023 đạt hơn 500 tỷ đồng

Thứ Hai, 15/01/2024 07:45

Dù sức mua trong nước giảm, Công ty cổ phần Nhựa gia dụng Thành Vinh vẫn duy trì đà tăng trưởng hai con số nhờ mở rộng thị trường xuất khẩu.

(BHD) - Năm 2023, Công ty cổ phần Nhựa gia dụng Thành Vinh (Khu công nghiệp Nam Sách, huyện Nam Sách) đạt doanh thu 526 tỷ đồng, tăng 14,2% so với năm 2022, vượt 5,2% kế hoạch; nộp ngân sách hơn 31 tỷ đồng. Công ty hiện sản xuất trên 1.200 mẫu sản phẩm, gồm xô, chậu, rổ rá, thùng đựng gạo, tủ nhựa ghép và hộp đựng thực phẩm.

Năm qua, kim ngạch xuất khẩu của công ty đạt 9,8 triệu USD, chiếm gần 45% doanh thu. Sản phẩm của Thành Vinh đã có mặt tại 14 thị trường, trong đó Nhật Bản, Hàn Quốc và Australia là ba thị trường lớn nhất.

Hiện công ty có 3 nhà máy với 215 máy ép nhựa, sử dụng 1.340 lao động, trong đó 61% là lao động nữ; thu nhập bình quân đạt 9,6 triệu đồng/người/tháng, cao hơn 7% so với năm trước.

Ông Trần Quốc Hưng, Tổng Giám đốc công ty cho biết: "Năm 2024, chúng tôi phấn đấu doanh thu đạt 580 tỷ đồng, xuất khẩu tăng 15-20%. Công ty dự kiến đầu tư thêm một dây chuyền sản xuất hộp nhựa PP công suất 12 triệu sản phẩm/năm, tuyển thêm khoảng 150 lao động".

Theo Sở Công Thương, toàn tỉnh hiện có 27 doanh nghiệp sản xuất đồ nhựa gia dụng, giá trị sản xuất năm 2023 đạt khoảng 3.900 tỷ đồng; Thành Vinh là doanh nghiệp dẫn đầu về kim ngạch xuất khẩu.

THANH HƯƠNG
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23h = P("năm 2023", "2023-01-01", "2023-12-31")
LAST = P("Năm qua", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NS = "Nam Sách"

FIGS = [
    F("đạt hơn 500 tỷ", "500", 500e9, "money", "đồng", approx="over",
      subject="doanh thu Nhựa gia dụng Thành Vinh", period=Y23h, location=NS),
    F("doanh thu 526 tỷ", "526", 526e9, "money", "đồng", change=CH("increase", 14.2, "%", "năm 2022"),
      subject="doanh thu", period=Y23, location=NS),
    F("vượt 5,2% kế hoạch", "5,2", 5.2, "percent", "%", subject="doanh thu vượt kế hoạch",
      period=Y23, location=NS, optional=True),
    F("hơn 31 tỷ", "31", 31e9, "money", "đồng", approx="over", subject="nộp ngân sách",
      period=Y23, location=NS),
    F("trên 1.200 mẫu", "1.200", 1200, "count", "mẫu sản phẩm", approx="over",
      subject="mẫu sản phẩm công ty sản xuất", location=NS),
    F("đạt 9,8 triệu", "9,8", 9.8e6, "money", "USD", percent=45,
      subject="kim ngạch xuất khẩu của công ty", period=LAST, location=NS),
    F("tại 14 thị trường", "14", 14, "count", "thị trường",
      subject="thị trường sản phẩm của Thành Vinh có mặt", location=NS),
    F("ba thị trường lớn nhất", "ba", 3, "count", "thị trường", location=NS, optional=True),
    F("có 3 nhà máy", "3", 3, "count", "nhà máy", subject="nhà máy của công ty", location=NS),
    F("215 máy ép", "215", 215, "count", "máy ép nhựa", subject="máy ép nhựa", location=NS),
    F("sử dụng 1.340 lao động", "1.340", 1340, "count", "lao động", subject="lao động công ty sử dụng",
      location=NS),
    F("trong đó 61%", "61", 61, "percent", "%", subject="lao động nữ", location=NS),
    F("đạt 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng",
      change=CH("increase", 7, "%", "năm trước"), subject="thu nhập bình quân", location=NS),
    F("đạt 580 tỷ", "580", 580e9, "money", "đồng", status="target", subject="doanh thu",
      period=Y24, location=NS),
    F("tăng 15-20%", "15", 15, "percent", "%", value_max=20, status="target", subject="xuất khẩu",
      period=Y24, location=NS),
    F("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
      subject="dây chuyền sản xuất hộp nhựa PP đầu tư thêm", period=INH(Y24), location=NS),
    F("suất 12 triệu", "12", 12e6, "measure", "sản phẩm/năm", status="forecast",
      subject="công suất dây chuyền sản xuất hộp nhựa PP", location=NS),
    F("khoảng 150 lao động", "150", 150, "count", "lao động", approx="about", status="forecast",
      subject="lao động tuyển thêm", period=INH(Y24), location=NS),
    F("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất đồ nhựa gia dụng"),
    F("khoảng 3.900 tỷ", "3.900", 3900e9, "money", "đồng", approx="about",
      subject="giá trị sản xuất", period=Y23h),
]

NOTES = [
    "Provincial newspaper (Báo Hải Dương): headline figure, 'Thứ Hai, 15/01/2024 07:45', sapo, tag '(BHD) -', byline THANH HƯƠNG at the end.",
    "Distractors: 07:45, 'tăng trưởng hai con số' (double-digit growth, not a count), 'hộp nhựa PP', 'Khu công nghiệp Nam Sách'.",
    "The company sits in huyện Nam Sách (named in the text): its figures take location Nam Sách; the closing province figures (27 doanh nghiệp, 3.900 tỷ) take Hải Dương.",
    "Headline 'năm 2023 đạt hơn 500 tỷ đồng' is its own figure (over). 'tăng 14,2% so với năm 2022' is the change of 526 tỷ;",
    "the second gap 'vượt 5,2% kế hoạch' is a further change: a percent figure of its own, optional (FIGURES.md: one of each attribute).",
    "'Năm qua' in a paper dated January 2024 speaks of 2023. 'chiếm gần 45% doanh thu' → percent 45 of 9,8 triệu USD.",
    "'trong đó Nhật Bản, Hàn Quốc và Australia là ba thị trường lớn nhất': 'ba' names the group of markets: optional.",
    "'trong đó 61% là lao động nữ' is a share of a part: a percent figure; 'cao hơn 7% so với năm trước' is the change of 9,6 triệu.",
    "'phấn đấu' → target (580 tỷ, 15-20%); 'dự kiến' → forecast (một dây chuyền, 12 triệu sản phẩm/năm, khoảng 150 lao động).",
    "Năm 2024 stands in the quote's first sentence: inherited for the dự kiến sentence; capacity '12 triệu sản phẩm/năm' gets no period.",
]

if __name__ == "__main__":
    write("p1483-4", TEXT, NOTES, FIGS, published="2024-01-15", location="Hải Dương")
