"""p1511-5: Party newspaper (Hà Nội Mới): the Đa Sỹ forging village (quận Hà Đông), scissors and nail clippers."""
from lib import fig, per, inh, chg, tgt, write, year, month, first_months, quarter, until

TEXT = """HÀ NỘI MỚI
Kinh tế | Làng nghề

Làng rèn Đa Sỹ sống khỏe nhờ kéo và bấm móng tay

14/03/2024 10:20

Không chỉ có dao, làng rèn Đa Sỹ (phường Kiến Hưng, quận Hà Đông) nay còn nổi tiếng với kéo cắt tóc, kéo tỉa lông mày và bấm móng tay thủ công, có mặt ở hơn 20 tỉnh, thành phố.

(HNMO) - Theo UBND phường Kiến Hưng, làng Đa Sỹ hiện có khoảng 1.300 hộ, trong đó 215 hộ làm nghề rèn và mài dụng cụ cắt tỉa. Năm 2023, doanh thu từ nghề đạt gần 180 tỷ đồng, tăng 12% so với năm 2022; riêng kéo và bấm móng tay chiếm khoảng 40%.

Xưởng của ông Nguyễn Văn Thắng ở ngõ 4 phố Đa Sỹ, người có hơn 40 năm theo nghề, mỗi ngày làm ra chừng 300 chiếc kéo, giá bán từ 60.000 đến 250.000 đồng/chiếc tùy loại. "Một chiếc kéo cắt tóc tốt phải qua 12 công đoạn, riêng khâu mài mất gần 2 giờ", ông Thắng nói.

Cả làng hiện có 3 doanh nghiệp và 47 tổ hợp tác, thu hút khoảng 2.000 lao động, thu nhập bình quân 9-12 triệu đồng/người/tháng. Nhiều hộ đã đầu tư máy mài, máy đánh bóng trị giá 150-200 triệu đồng mỗi bộ, thay cho lò rèn than.

Quận Hà Đông đặt mục tiêu đến năm 2025 có 5 sản phẩm của làng nghề Đa Sỹ đạt chuẩn OCOP; hiện đã có 3 sản phẩm kéo và bấm móng tay đạt 4 sao.

THU HƯƠNG

Tin cùng chuyên mục:
- Hà Đông: Khai mạc lễ hội làng nghề lần thứ 2
- Ứng Hòa phát triển 10 làng nghề gắn với du lịch
"""

Y23 = year("Năm 2023", 2023)
T25 = until("đến năm 2025", "2025-12-31")
SHOP = "ông Nguyễn Văn Thắng"

FIGS = [
    fig("hơn 20 tỉnh", "20", 20, "count", "tỉnh, thành phố", approx="over",
        subject="tỉnh, thành phố có mặt kéo, bấm móng tay thủ công của làng rèn Đa Sỹ", location="Việt Nam"),
    fig("khoảng 1.300 hộ", "1.300", 1300, "count", "hộ", approx="about", subject="hộ của làng Đa Sỹ"),
    fig("trong đó 215 hộ", "215", 215, "count", "hộ", total=1300,
        subject="hộ làm nghề rèn và mài dụng cụ cắt tỉa"),
    fig("gần 180 tỷ", "180", 180e9, "money", "đồng", approx="nearly",
        change=chg("increase", 12, "%", "năm 2022"), subject="doanh thu từ nghề", period=Y23),
    fig("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="tỷ trọng kéo và bấm móng tay trong doanh thu từ nghề", period=inh(Y23)),
    fig("hơn 40 năm", "40", 40, "measure", "năm", approx="over", optional=True,
        subject="thời gian ông Thắng theo nghề"),
    fig("chừng 300 chiếc", "300", 300, "measure", "chiếc/ngày", approx="about",
        subject="kéo xưởng của " + SHOP + " làm ra mỗi ngày"),
    fig("từ 60.000 đến 250.000", "60.000", 60000, "money", "đồng/chiếc", value_max=250000,
        subject="giá bán kéo"),
    fig("qua 12 công đoạn", "12", 12, "count", "công đoạn", subject="công đoạn làm một chiếc kéo cắt tóc tốt"),
    fig("gần 2 giờ", "2", 2, "measure", "giờ", approx="nearly", subject="thời gian khâu mài"),
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp của làng"),
    fig("và 47 tổ hợp tác", "47", 47, "count", "tổ hợp tác", subject="tổ hợp tác của làng"),
    fig("khoảng 2.000 lao động", "2.000", 2000, "count", "lao động", approx="about",
        subject="lao động làng nghề thu hút"),
    fig("bình quân 9-12 triệu", "9", 9e6, "money", "đồng/người/tháng", value_max=12e6,
        subject="thu nhập bình quân"),
    fig("trị giá 150-200 triệu", "150", 150e6, "money", "đồng/bộ", value_max=200e6,
        subject="giá trị máy mài, máy đánh bóng các hộ đầu tư"),
    fig("có 5 sản phẩm", "5", 5, "count", "sản phẩm", status="target",
        subject="sản phẩm của làng nghề Đa Sỹ đạt chuẩn OCOP", period=T25),
    fig("có 3 sản phẩm", "3", 3, "count", "sản phẩm",
        subject="sản phẩm kéo và bấm móng tay đạt 4 sao"),
    fig("triển 10 làng nghề", "10", 10, "count", "làng nghề", optional=True,
        subject="làng nghề Ứng Hòa phát triển gắn với du lịch", location="Ứng Hòa"),
]

NOTES = [
    "Party newspaper (Hà Nội Mới): section menu, headline, '14/03/2024 10:20' (published), sapo, tag '(HNMO) -', byline, related links.",
    "Location: the village is in quận Hà Đông, the district the figures describe (phường Kiến Hưng is a ward, not a place of the spec).",
    "'riêng kéo và bấm móng tay chiếm khoảng 40%' is a share standing alone: a percent figure (its whole is the revenue), period inherited.",
    "'hơn 40 năm theo nghề' (the craftsman's career) is optional. 'mỗi ngày ... chừng 300 chiếc' is a rate (chiếc/ngày);",
    "'150-200 triệu đồng mỗi bộ' is money per set (đồng/bộ). 'Một chiếc kéo' in the quote is a generic article, not a figure.",
    "'3 doanh nghiệp và 47 tổ hợp tác' are siblings, not parts; 'khoảng 2.000 lao động' is the village's workforce.",
    "Target: 'đặt mục tiêu đến năm 2025 có 5 sản phẩm' (start null); 'hiện đã có 3 sản phẩm' is actual, no period.",
    "'có mặt ở hơn 20 tỉnh, thành phố' is a count of provinces: location Việt Nam (FIGURES.md, location).",
    "The link title 'Ứng Hòa phát triển 10 làng nghề' is a figure of another article standing in page furniture: optional.",
    "Distractors: 'ngõ 4 phố Đa Sỹ', 'OCOP ... 4 sao', 'lần thứ 2', the time '10:20'.",
]

if __name__ == "__main__":
    write("p1511-5", TEXT, NOTES, FIGS, published="2024-03-14", location="Hà Đông")
