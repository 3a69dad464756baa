"""p1504-1: province portal (Cổng TTĐT tỉnh Hưng Yên): 9-month output of aluminium / uPVC doors and roller shutters."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, sản lượng cửa nhôm, cửa nhựa lõi thép của tỉnh tăng 8,4%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng cửa nhôm, cửa nhựa lõi thép và cửa cuốn trên địa bàn tỉnh ước đạt 1,26 triệu m2, tăng 8,4% so với cùng kỳ năm 2023, bằng 76,4% kế hoạch năm. Trong đó, cửa nhôm hệ khoảng 540 nghìn m2, cửa nhựa lõi thép 410 nghìn m2, cửa cuốn 310.000 m2. Doanh thu của ngành ước đạt 2.150 tỷ đồng.

Toàn tỉnh hiện có 146 cơ sở sản xuất, lắp đặt cửa, gồm 38 doanh nghiệp và 108 hộ kinh doanh, thu hút hơn 4.300 lao động với thu nhập bình quân 8,5 triệu đồng/người/tháng. Các cơ sở tập trung chủ yếu tại huyện Văn Lâm, Yên Mỹ và thị xã Mỹ Hào, dọc Quốc lộ 5.

Tại Cụm công nghiệp Tân Quang (huyện Văn Lâm), Công ty TNHH Nhôm kính Phúc Hưng vừa đưa vào vận hành dây chuyền sơn tĩnh điện thanh nhôm công suất 6.000 tấn/năm, tổng vốn đầu tư khoảng 185 tỷ đồng. Từ đầu năm đến nay, công ty đã sản xuất, lắp đặt gần 96.000 m2 cửa nhôm hệ 55 và hệ 93 cho các dự án nhà ở, tăng 1,3 lần so với cùng kỳ.

Quý IV/2024, Sở Công Thương đề nghị các cơ sở tập trung hoàn thành đơn hàng cuối năm, phấn đấu sản lượng cả năm đạt 1,65 triệu m2; đồng thời hỗ trợ ít nhất 10 cơ sở tham gia chương trình khuyến công.

Tin liên quan:
- Khai mạc Hội chợ vật liệu xây dựng và nội thất lần thứ 3
- Hướng dẫn an toàn khi lắp đặt cửa cuốn tự động
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
P9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("cả năm", "2024-01-01", "2024-12-31")
Q4 = per("Quý IV/2024", "2024-10-01", "2024-12-31")
VL = "Văn Lâm"

FIGS = [
    fig("của tỉnh tăng 8,4%", "8,4", 8.4, "percent", "%",
        subject="sản lượng cửa nhôm, cửa nhựa lõi thép của tỉnh", period=H9),
    fig("ước đạt 1,26 triệu", "1,26", 1.26e6, "measure", "m2", status="estimate", percent=76.4,
        change=chg("increase", 8.4, "%", "cùng kỳ năm 2023"),
        subject="sản lượng cửa nhôm, cửa nhựa lõi thép và cửa cuốn trên địa bàn tỉnh", period=P9),
    fig("cửa nhôm hệ khoảng 540 nghìn", "540", 540e3, "measure", "m2", approx="about", total=1.26e6,
        status="estimate", subject="sản lượng cửa nhôm hệ", period=inh(P9)),
    fig("thép 410 nghìn", "410", 410e3, "measure", "m2", total=1.26e6, status="estimate",
        subject="sản lượng cửa nhựa lõi thép", period=inh(P9)),
    fig("cửa cuốn 310.000 m2", "310.000", 310000, "measure", "m2", total=1.26e6, status="estimate",
        subject="sản lượng cửa cuốn", period=inh(P9)),
    fig("ước đạt 2.150 tỷ", "2.150", 2150e9, "money", "đồng", status="estimate",
        subject="doanh thu của ngành", period=inh(P9)),
    fig("có 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở sản xuất, lắp đặt cửa"),
    fig("gồm 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", total=146,
        subject="doanh nghiệp sản xuất, lắp đặt cửa"),
    fig("và 108 hộ", "108", 108, "count", "hộ kinh doanh", total=146,
        subject="hộ kinh doanh sản xuất, lắp đặt cửa"),
    fig("hơn 4.300 lao động", "4.300", 4300, "count", "lao động", approx="over",
        subject="lao động các cơ sở sản xuất, lắp đặt cửa thu hút"),
    fig("quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của lao động"),
    fig("công suất 6.000 tấn", "6.000", 6000, "measure", "tấn/năm",
        subject="công suất dây chuyền sơn tĩnh điện thanh nhôm", location=VL),
    fig("khoảng 185 tỷ", "185", 185e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư dây chuyền sơn tĩnh điện", location=VL),
    fig("gần 96.000 m2", "96.000", 96000, "measure", "m2", approx="nearly",
        change=chg("increase", 1.3, "lần", "cùng kỳ"),
        subject="cửa nhôm hệ công ty đã sản xuất, lắp đặt", period=YTD, location=VL),
    fig("đạt 1,65 triệu", "1,65", 1.65e6, "measure", "m2", status="target",
        subject="sản lượng cả năm", period=Y24),
    fig("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ tham gia chương trình khuyến công", period=Q4),
]

NOTES = [
    "Province portal (Cổng TTĐT Hưng Yên): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: 'Lượt xem: 1.862', time 09:35, 'Quốc lộ 5', product lines 'hệ 55' and 'hệ 93', 'lần thứ 3', baseline 'năm 2023'.",
    "Headline 'tăng 8,4%' is a growth rate as the claim (percent, no change); period '9 tháng' takes the year 2024 of the dateline.",
    "'Trong đó' after a sentence break: the three parts (540 + 410 + 310 thousand m2 = 1,26 triệu) take total 1,26 triệu and its estimate status.",
    "'gồm 38 doanh nghiệp và 108 hộ kinh doanh' add up to the 146 cơ sở: total 146. 'hiện' gives no period.",
    "The Phúc Hưng passage is placed in huyện Văn Lâm: location Văn Lâm. 'tăng 1,3 lần so với cùng kỳ' is the change of 96.000 m2.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline. 'cả năm' (after 'Quý IV/2024') is 2024; 'ít nhất 10 cơ sở' takes Quý IV/2024.",
]

if __name__ == "__main__":
    write("p1504-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Yên")
