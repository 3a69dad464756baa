"""p1534-1: province portal (Vĩnh Long): red-clay pottery exports (chậu cảnh, lọ hoa) 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu gốm đỏ 9 tháng đạt gần 16 triệu USD

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu sản phẩm gốm đỏ của tỉnh Vĩnh Long ước đạt 15,8 triệu USD, tăng 12,4% so với cùng kỳ năm 2023, bằng 79% kế hoạch năm; trong đó chậu cảnh trang trí chiếm khoảng 64%, lọ hoa và bình hoa các loại chiếm 21%. Riêng quý III năm nay, kim ngạch đạt 6,1 triệu USD, cao nhất từ đầu năm.

Toàn tỉnh hiện còn 428 miệng lò gốm, trong đó khoảng 160 lò hoạt động thường xuyên, tập trung ở huyện Mang Thít; các cơ sở giải quyết việc làm cho khoảng 3.500 lao động với thu nhập từ 6 đến 8 triệu đồng/người/tháng. Giá đất sét nguyên liệu năm nay tăng lên khoảng 380.000 đồng/m3, cao hơn 15% so với năm 2023.

Tại xã Mỹ An, huyện Mang Thít, Công ty TNHH Gốm Phú Thạnh Lợi mỗi tháng xuất khoảng 25 container chậu cảnh sang Hà Lan, Đức và Mỹ. Từ đầu năm đến nay, công ty đạt doanh thu 42 tỷ đồng, tăng 18% so với cùng kỳ. Giá xuất xưởng chậu gốm đỏ loại đường kính 40 cm khoảng 85.000 đồng/cái.

Phấn đấu cả năm 2024, kim ngạch xuất khẩu gốm đỏ của tỉnh đạt 20 triệu USD; mục tiêu đến năm 2030 có ít nhất 5 sản phẩm gốm đỏ đạt OCOP 4 sao.

Tin liên quan:
- Vĩnh Long: Khai mạc Lễ hội gốm đỏ lần thứ 3 năm 2024
- Khánh thành đường tỉnh 902 qua vùng làng nghề gốm
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
Q3 = per("quý III năm nay", "2024-07-01", "2024-09-30")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
MT = "Mang Thít"

FIGS = [
    fig("đạt gần 16 triệu", "16", 16e6, "money", "USD", approx="nearly",
        subject="xuất khẩu gốm đỏ", period=NINE_H),
    fig("ước đạt 15,8 triệu", "15,8", 15.8e6, "money", "USD", status="estimate", percent=79,
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu sản phẩm gốm đỏ", period=NINE),
    fig("chiếm khoảng 64%", "64", 64, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng chậu cảnh trang trí trong kim ngạch xuất khẩu", period=NINE),
    fig("chiếm 21%", "21", 21, "percent", "%", status="estimate",
        subject="tỷ trọng lọ hoa và bình hoa các loại trong kim ngạch xuất khẩu", period=NINE),
    fig("đạt 6,1 triệu", "6,1", 6.1e6, "money", "USD", subject="kim ngạch xuất khẩu gốm đỏ", period=Q3),
    fig("còn 428 miệng", "428", 428, "count", "miệng lò", subject="miệng lò gốm"),
    fig("khoảng 160 lò", "160", 160, "count", "lò", approx="about", total=428,
        subject="lò gốm hoạt động thường xuyên"),
    fig("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động", approx="about",
        subject="lao động được các cơ sở gốm giải quyết việc làm"),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập của lao động các cơ sở gốm"),
    fig("khoảng 380.000 đồng", "380.000", 380000, "money", "đồng/m3", approx="about",
        change=chg("increase", 15, "%", "năm 2023"), subject="giá đất sét nguyên liệu", period=NOW),
    fig("khoảng 25 container", "25", 25, "measure", "container/tháng", approx="about",
        subject="chậu cảnh Công ty TNHH Gốm Phú Thạnh Lợi xuất mỗi tháng", location=MT),
    fig("doanh thu 42 tỷ", "42", 42e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="doanh thu công ty", period=YTD, location=MT),
    fig("đường kính 40 cm", "40", 40, "measure", "cm", subject="đường kính chậu gốm đỏ",
        location=MT, optional=True),
    fig("khoảng 85.000 đồng", "85.000", 85000, "money", "đồng/cái", approx="about",
        subject="giá xuất xưởng chậu gốm đỏ", location=MT),
    fig("đạt 20 triệu", "20", 20e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu gốm đỏ của tỉnh", period=Y24),
    fig("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm gốm đỏ đạt OCOP 4 sao", period=TO30),
]

NOTES = [
    "Province portal (Vĩnh Long): red-clay pottery exports 9 months 2024; 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, Lượt xem 1.386, 'OCOP 4 sao', 'lần thứ 3', 'năm 2024' in a link, 'đường tỉnh 902', 'm3' in the unit.",
    "Headline 'đạt gần 16 triệu USD' has no 'ước': status actual; '9 tháng' takes the dateline's year.",
    "'; trong đó ... chiếm khoảng 64%, ... chiếm 21%' continue the 'ước đạt' clause: estimate, percent figures of their own.",
    "'quý III năm nay', 'năm nay', 'Từ đầu năm đến nay' take 2024 from published (YTD ends at the dateline).",
    "Company in xã Mỹ An, huyện Mang Thít: location Mang Thít (district) for its figures; 'đường kính 40 cm' is a product size: optional.",
    "'mỗi tháng xuất khoảng 25 container' is a rate: measure 'container/tháng'.",
]

if __name__ == "__main__":
    write("p1534-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Vĩnh Long")
