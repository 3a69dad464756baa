"""p1481-5: national newspaper: Vietnam's exports of woven PP bags and jumbo bags, 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 20/3/2025, 10:15 (GMT+7)

Bao jumbo Việt Nam đứng thứ ba thế giới về xuất khẩu

Xuất khẩu bao bì nhựa năm 2024 tăng 9,3%, trong đó bao PP dệt và bao jumbo chiếm khoảng 42%, nhưng doanh nghiệp vẫn phụ thuộc hạt nhựa nhập khẩu.

Theo Hiệp hội Nhựa Việt Nam (VPA), kim ngạch xuất khẩu bao bì nhựa năm 2024 đạt 1,85 tỷ USD, tăng 9,3% so với năm 2023. Riêng bao jumbo ước đạt 410 triệu USD, giúp Việt Nam đứng thứ ba thế giới sau Trung Quốc và Ấn Độ.

Cả nước hiện có khoảng 450 doanh nghiệp sản xuất bao bì PP dệt, tập trung ở phía Nam. Bình Dương dẫn đầu với 96 doanh nghiệp, tiếp đến là TP HCM 84 doanh nghiệp và Long An 57 doanh nghiệp. Nhật Bản là thị trường lớn nhất, chiếm 31% kim ngạch bao jumbo, tiếp theo là Hoa Kỳ (22%) và EU (18%).

Ông Phạm Quốc Vinh, Tổng giám đốc Công ty cổ phần Bao bì Phương Nam Xanh (Bình Dương), cho biết đơn hàng quý I/2025 của công ty tăng khoảng 20% so với cùng kỳ. Nhà máy đang chạy hết công suất 150.000 bao jumbo/tháng, giá xuất khẩu bình quân 4,5-6 USD/chiếc tùy loại.

Theo VPA, chi phí hạt nhựa chiếm tới 65-70% giá thành, trong khi khoảng 80% hạt nhựa PP vẫn phải nhập khẩu. Từ năm 2024, doanh nghiệp còn phải thực hiện trách nhiệm tái chế theo Nghị định 08/2022/NĐ-CP.

Mục tiêu đến năm 2030, xuất khẩu bao bì nhựa đạt 3 tỷ USD, trong đó ít nhất 30% sản phẩm sử dụng nguyên liệu tái chế.

Thanh Tâm
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
BD = "Bình Dương"
SHARE = "tỷ trọng trong kim ngạch bao jumbo"

FIGS = [
    fig("đứng thứ ba thế giới về", "ba", 3, "rank", "hạng", subject="xuất khẩu bao jumbo"),
    fig("năm 2024 tăng 9,3%", "9,3", 9.3, "percent", "%", subject="xuất khẩu bao bì nhựa", period=Y24),
    fig("chiếm khoảng 42%, nhưng", "42", 42, "percent", "%", approx="about",
        subject="tỷ trọng bao PP dệt và bao jumbo trong xuất khẩu bao bì nhựa", period=Y24),
    fig("đạt 1,85 tỷ", "1,85", 1.85e9, "money", "USD", change=chg("increase", 9.3, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu bao bì nhựa", period=Y24),
    fig("ước đạt 410 triệu", "410", 410e6, "money", "USD", status="estimate",
        subject="kim ngạch xuất khẩu bao jumbo", period=inh(Y24)),
    fig("đứng thứ ba thế giới sau", "ba", 3, "rank", "hạng", status="estimate",
        subject="xuất khẩu bao jumbo", period=inh(Y24)),
    fig("khoảng 450 doanh nghiệp", "450", 450, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất bao bì PP dệt"),
    fig("với 96 doanh nghiệp", "96", 96, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bao bì PP dệt", location=BD),
    fig("HCM 84 doanh nghiệp", "84", 84, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bao bì PP dệt", location="TP Hồ Chí Minh"),
    fig("Long An 57 doanh nghiệp", "57", 57, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bao bì PP dệt", location="Long An"),
    fig("chiếm 31%", "31", 31, "percent", "%", subject=f"Nhật Bản {SHARE}", period=inh(Y24)),
    fig("(22%)", "22", 22, "percent", "%", subject=f"Hoa Kỳ {SHARE}", period=inh(Y24)),
    fig("(18%)", "18", 18, "percent", "%", subject=f"EU {SHARE}", period=inh(Y24)),
    fig("tăng khoảng 20%", "20", 20, "percent", "%", approx="about",
        subject="đơn hàng của Công ty cổ phần Bao bì Phương Nam Xanh", period=Q1, location=BD),
    fig("công suất 150.000", "150.000", 150000, "measure", "bao jumbo/tháng",
        subject="công suất nhà máy", location=BD),
    fig("4,5-6 USD/chiếc", "4,5", 4.5, "money", "USD/chiếc", value_max=6,
        subject="giá xuất khẩu bình quân bao jumbo", location=BD),
    fig("tới 65-70%", "65", 65, "percent", "%", value_max=70, subject="chi phí hạt nhựa trong giá thành"),
    fig("khoảng 80% hạt nhựa", "80", 80, "percent", "%", approx="about",
        subject="hạt nhựa PP phải nhập khẩu"),
    fig("đạt 3 tỷ", "3", 3e9, "money", "USD", status="target", subject="xuất khẩu bao bì nhựa", period=T30),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="sản phẩm sử dụng nguyên liệu tái chế", period=T30),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 20/3/2025, 10:15 (GMT+7)' (published), headline, sapo, byline Thanh Tâm at the end.",
    "Distractors: '(GMT+7)', time 10:15, 'Nghị định 08/2022/NĐ-CP', 'Từ năm 2024' (a date of a rule), 'quý I/2025' (period).",
    "Location Việt Nam (VPA national figures); the provinces in the list of firm counts are their locations; Nhật Bản, Hoa Kỳ, EU are trade partners",
    "(location Việt Nam, the partner is in the subject). The Bình Dương company's quote → location Bình Dương.",
    "Headline rank 'đứng thứ ba thế giới' and body rank (continuing the 'ước đạt' clause → estimate) are ranks of Việt Nam.",
    "Sapo 'năm 2024 tăng 9,3%' is a growth rate as the claim (no base amount there): percent figure without change.",
    "'trong đó ... chiếm khoảng 42%' is a share of a part, a percent figure. The body's 1,85 tỷ USD carries the change 9,3%.",
    "'chiếm tới 65-70%': 'tới' is emphasis, not an approximation; a range. 'Mục tiêu đến năm 2030': target, period start null, end 2030-12-31.",
    "The list shares (31%, 22%, 18%) take period năm 2024 from an earlier paragraph (inherited, not scored).",
    "revised after the first run: both rank subjects ('bao jumbo Việt Nam về xuất khẩu', 'xuất khẩu bao jumbo của Việt Nam') → 'xuất khẩu bao jumbo':",
    "the ranked place belongs in location, not in the subject, as in the shared gold's ranks ('Trà Vinh xếp hạng 25/63' → subject 'mức độ chuyển đổi số').",
]

if __name__ == "__main__":
    write("p1481-5", TEXT, NOTES, FIGS, published="2025-03-20", location="Việt Nam")
