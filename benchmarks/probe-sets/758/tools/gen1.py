"""p758-1: Lào Cai province portal — Giải đua ngựa truyền thống Bắc Hà 2024."""
from lib import emit, fig, per, inh, year, chg

TEXT = """Cổng Thông tin điện tử tỉnh Lào Cai
Trang chủ > Tin tức - Sự kiện > Văn hóa - Thể thao - Du lịch

Giải đua ngựa truyền thống Bắc Hà 2024 thu hút hơn 15.000 lượt khách

Cập nhật: 17/06/2024 08:45 | Lượt xem: 3.284

Sáng 15/6, tại trường đua thôn Na Hối, thị trấn Bắc Hà, UBND huyện Bắc Hà tổ chức Giải đua ngựa truyền thống mở rộng năm 2024, hoạt động chính của Lễ hội Cao nguyên trắng diễn ra từ ngày 14 đến 16/6.

Năm nay, giải có 68 kỵ sĩ tham gia, tăng 12 kỵ sĩ so với năm 2023; trong đó 52 kỵ sĩ của huyện Bắc Hà, 16 kỵ sĩ đến từ các huyện lân cận. Các kỵ sĩ tranh tài ở nội dung đua cự ly ngắn 1.200 m và nội dung đường trường dài 4,5 km. Ban tổ chức trao 12 giải với tổng giá trị gần 120 triệu đồng; giải Nhất nội dung đường trường trị giá 20 triệu đồng.

Từ ngày 14 đến 16/6, Bắc Hà đón hơn 15.000 lượt khách, tăng 18,5% so với cùng kỳ năm trước, trong đó khách quốc tế khoảng 2.300 lượt; tổng doanh thu từ dịch vụ du lịch ước đạt 21,6 tỷ đồng. Công suất phòng của 146 cơ sở lưu trú trên địa bàn huyện đạt từ 85 đến 90%.

Theo ông Hoàng Văn Thắng, Phó Chủ tịch UBND huyện Bắc Hà, toàn huyện hiện có 2.150 con ngựa, chủ yếu là ngựa thồ và ngựa đua giống địa phương, trong đó ngựa bạch có 94 con. Huyện phấn đấu đến năm 2025 nâng tổng đàn ngựa lên 2.500 con.

Năm 2023, toàn tỉnh Lào Cai đón 7,2 triệu lượt khách, tổng thu từ khách du lịch đạt 32.500 tỷ đồng.

Thông tin chi tiết liên hệ Phòng Văn hóa và Thông tin huyện Bắc Hà, điện thoại 0214.3880.236.
"""

NAMNAY = year("Năm nay", 2024)
FEST = per("Từ ngày 14 đến 16/6", "2024-06-14", "2024-06-16")

FIGS = [
    fig("thu hút hơn 15.000 lượt khách", "15.000", 15000, "count", "lượt khách",
        "lượt khách đến Giải đua ngựa truyền thống Bắc Hà", approx="over"),
    fig("giải có 68 kỵ sĩ", "68", 68, "count", "kỵ sĩ", "kỵ sĩ tham gia giải đua ngựa", NAMNAY,
        change=chg("increase", 12, "kỵ sĩ", "năm 2023")),
    fig("trong đó 52 kỵ sĩ", "52", 52, "count", "kỵ sĩ", "kỵ sĩ của huyện Bắc Hà", NAMNAY, total=68),
    fig("16 kỵ sĩ đến từ", "16", 16, "count", "kỵ sĩ", "kỵ sĩ đến từ các huyện lân cận", NAMNAY, total=68),
    fig("cự ly ngắn 1.200 m", "1.200", 1200, "measure", "m", "cự ly nội dung đua ngắn"),
    fig("dài 4,5 km", "4,5", 4.5, "measure", "km", "cự ly nội dung đua đường trường"),
    fig("trao 12 giải", "12", 12, "count", "giải", "giải thưởng ban tổ chức trao"),
    fig("gần 120 triệu đồng", "120", 120e6, "money", "đồng", "tổng giá trị giải thưởng", approx="nearly"),
    fig("trị giá 20 triệu đồng", "20", 20e6, "money", "đồng", "giá trị giải Nhất nội dung đường trường"),
    fig("đón hơn 15.000 lượt khách", "15.000", 15000, "count", "lượt khách", "lượt khách đến Bắc Hà", FEST,
        approx="over", change=chg("increase", 18.5, "%", "cùng kỳ năm trước")),
    fig("khoảng 2.300 lượt", "2.300", 2300, "count", "lượt", "khách quốc tế", FEST, approx="about", total=15000),
    fig("ước đạt 21,6 tỷ đồng", "21,6", 21.6e9, "money", "đồng", "tổng doanh thu từ dịch vụ du lịch", FEST,
        status="estimate"),
    fig("của 146 cơ sở", "146", 146, "count", "cơ sở lưu trú", "cơ sở lưu trú trên địa bàn huyện", inh(FEST)),
    fig("từ 85 đến 90%", "85", 85, "percent", "%", "công suất phòng của các cơ sở lưu trú", inh(FEST),
        value_max=90),
    fig("hiện có 2.150 con", "2.150", 2150, "count", "con", "tổng đàn ngựa của huyện"),
    fig("có 94 con", "94", 94, "count", "con", "ngựa bạch", total=2150),
    fig("lên 2.500 con", "2.500", 2500, "count", "con", "tổng đàn ngựa",
        per("đến năm 2025", None, "2025-12-31"), status="target"),
    fig("đón 7,2 triệu lượt khách", "7,2", 7.2e6, "count", "lượt khách", "lượt khách du lịch đến Lào Cai",
        year("Năm 2023", 2023), location="Lào Cai"),
    fig("đạt 32.500 tỷ đồng", "32.500", 32500e9, "money", "đồng", "tổng thu từ khách du lịch",
        year("Năm 2023", 2023), location="Lào Cai"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Lào Cai: Giải đua ngựa truyền thống Bắc Hà 2024 (Lễ hội Cao nguyên trắng, 14-16/6/2024). Dateline 'Cập nhật: 17/06/2024 08:45'.",
    "Location: the event and herd are Bắc Hà's (district, named); the last paragraph's 2023 tourism figures are Lào Cai's (province named).",
    "'Năm nay' = 2024 (published). 'Từ ngày 14 đến 16/6' = 2024-06-14..16, scored for the sentence it opens.",
    "Distractors: 'Lượt xem: 3.284', 'Sáng 15/6', 'từ ngày 14 đến 16/6' (dates), phone 0214.3880.236, '2024' in the headline (name/year).",
    "52 and 16 kỵ sĩ are parts after 'trong đó' of 68; 2.300 international visitors part of 15.000; 94 white horses part of 2.150.",
]

if __name__ == "__main__":
    emit("p758-1", TEXT, COMMENTS, FIGS, published="2024-06-17", location="Bắc Hà")
