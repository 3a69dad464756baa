"""p1191-5: Party newspaper (Báo Hà Nam), weaving village Hòa Hậu (Lý Nhân), byline and bare date at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Làng dệt Hòa Hậu vào mùa hàng cuối năm

Những ngày này, tiếng máy dệt rộn ràng khắp các xóm của xã Hòa Hậu, huyện Lý Nhân. Toàn xã hiện có 1.150 hộ làm nghề dệt, trong đó khoảng 300 hộ chuyên dệt màn tuyn và 420 hộ dệt kim, với tổng số hơn 3.500 máy dệt các loại.

Xưởng dệt màn của ông Trần Văn Lực ở xóm 4 là một trong những cơ sở lớn nhất xã. Khởi nghiệp với hai chiếc máy dệt thủ công năm 1998, đến nay xưởng đã có 46 máy dệt tự động, mỗi tháng cho ra khoảng 25.000 chiếc màn. Xưởng tạo việc làm cho 35 lao động địa phương, trong đó có 22 lao động nữ, thu nhập từ 6,5 đến 9 triệu đồng/người/tháng. Năm 2023, doanh thu của xưởng đạt gần 15 tỷ đồng, lợi nhuận khoảng 1,8 tỷ đồng.

Theo UBND xã Hòa Hậu, 10 tháng năm 2024, giá trị sản xuất tiểu thủ công nghiệp của xã ước đạt 612 tỷ đồng, chiếm 78% tổng giá trị sản xuất trên địa bàn, tăng 8,3% so với cùng kỳ. Thu nhập bình quân đầu người của xã đạt 72 triệu đồng/năm, đứng thứ 2 toàn huyện. Xã hiện có 42 doanh nghiệp và 9 hợp tác xã hoạt động trong lĩnh vực dệt, may.

Ông Nguyễn Văn Bình, Chủ tịch UBND xã cho biết, năm 2025 xã dự kiến mở rộng cụm công nghiệp làng nghề thêm 8 ha để di dời khoảng 60 cơ sở dệt nhuộm ra khỏi khu dân cư; phấn đấu giá trị sản xuất tiểu thủ công nghiệp đạt 750 tỷ đồng.

MINH THU
28/11/2024
"""

Y1998 = per("năm 1998", "1998-01-01", "1998-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
SHOP = "xưởng dệt màn của ông Trần Văn Lực"

FIGS = [
    fig("có 1.150 hộ", "1.150", 1150, "count", "hộ", subject="hộ làm nghề dệt"),
    fig("khoảng 300 hộ", "300", 300, "count", "hộ", approx="about", total=1150, subject="hộ chuyên dệt màn tuyn"),
    fig("và 420 hộ", "420", 420, "count", "hộ", total=1150, subject="hộ dệt kim"),
    fig("hơn 3.500 máy", "3.500", 3500, "count", "máy dệt", approx="over", subject="máy dệt các loại"),
    fig("với hai chiếc", "hai", 2, "count", "chiếc máy dệt", subject="máy dệt thủ công của xưởng khi khởi nghiệp",
        period=Y1998),
    fig("có 46 máy", "46", 46, "count", "máy dệt", subject="máy dệt tự động của xưởng"),
    fig("khoảng 25.000 chiếc", "25.000", 25000, "measure", "chiếc màn/tháng", approx="about",
        subject="chiếc màn xưởng cho ra mỗi tháng"),
    fig("cho 35 lao động", "35", 35, "count", "lao động", subject="lao động địa phương được xưởng tạo việc làm"),
    fig("có 22 lao động", "22", 22, "count", "lao động", total=35, subject="lao động nữ của xưởng"),
    fig("từ 6,5 đến 9 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập lao động của xưởng"),
    fig("gần 15 tỷ", "15", 15e9, "money", "đồng", approx="nearly", subject="doanh thu của xưởng", period=Y23),
    fig("khoảng 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="about", subject="lợi nhuận của xưởng", period=Y23),
    fig("ước đạt 612 tỷ", "612", 612e9, "money", "đồng", status="estimate", percent=78,
        change=chg("increase", 8.3, "%", "cùng kỳ"),
        subject="giá trị sản xuất tiểu thủ công nghiệp của xã Hòa Hậu", period=M10),
    fig("đạt 72 triệu", "72", 72e6, "money", "đồng/năm", subject="thu nhập bình quân đầu người của xã Hòa Hậu"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="thu nhập bình quân đầu người của xã Hòa Hậu trong huyện"),
    fig("có 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp", subject="doanh nghiệp hoạt động trong lĩnh vực dệt, may"),
    fig("và 9 hợp tác xã", "9", 9, "count", "hợp tác xã", subject="hợp tác xã hoạt động trong lĩnh vực dệt, may"),
    fig("thêm 8 ha", "8", 8, "measure", "ha", status="forecast",
        subject="diện tích mở rộng cụm công nghiệp làng nghề", period=Y25),
    fig("khoảng 60 cơ sở", "60", 60, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở dệt nhuộm di dời ra khỏi khu dân cư", period=Y25),
    fig("đạt 750 tỷ", "750", 750e9, "money", "đồng", status="target",
        subject="giá trị sản xuất tiểu thủ công nghiệp của xã Hòa Hậu", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Hà Nam): byline 'MINH THU' and bare date '28/11/2024' at the end (published).",
    "Hòa Hậu commune in huyện Lý Nhân: every figure gets location Lý Nhân (the district named in the first sentence).",
    "300 and 420 hộ are parts of 1.150 hộ (trong đó); 22 lao động nữ is a part of 35 lao động (trong đó có).",
    "'hai chiếc máy dệt thủ công năm 1998' is a figure of 1998 (number word). 'mỗi tháng cho ra khoảng 25.000 chiếc màn' is a rate: measure, chiếc màn/tháng.",
    "'đứng thứ 2 toàn huyện' is a rank figure. 'năm 2025 xã dự kiến ...' forecast; after ';' 'phấn đấu' switches the clause to target.",
    "revised after the first run: subjects in the sentences after the workshop's introduction use their own word 'xưởng', not the owner's name.",
    "Distractors: 'xóm 4', 'năm 1998' (a year), 'một trong những cơ sở lớn nhất' (no number figure), the bare date.",
]

if __name__ == "__main__":
    write("p1191-5", TEXT, NOTES, FIGS, published="2024-11-28", location="Lý Nhân")
