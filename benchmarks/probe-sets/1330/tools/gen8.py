"""p1330-8: news agency (TTXVN): Đà Nẵng auctions a seaside land plot in quận Ngũ Hành Sơn; city land revenue; plans."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Kinh tế > Bất động sản

Đà Nẵng đấu giá thành công khu đất ven biển với giá hơn 1.100 tỷ đồng

Thứ bảy, 25/05/2024 18:42

Đà Nẵng (TTXVN) - Ngày 25/5, Sở Tài chính thành phố Đà Nẵng cho biết đã đấu giá thành công quyền sử dụng đất khu đất ký hiệu A2-3 tại phường Hòa Hải, quận Ngũ Hành Sơn. Khu đất có diện tích 12.450 m2, giá trúng đấu giá 1.126 tỷ đồng, tương đương khoảng 90,4 triệu đồng/m2.

Giá khởi điểm của khu đất là 742 tỷ đồng; phiên đấu giá có sáu doanh nghiệp tham gia với 47 vòng trả giá. Như vậy, giá trúng cao hơn 51,8% so với giá khởi điểm. Doanh nghiệp trúng đấu giá sẽ đầu tư tổ hợp khách sạn 5 sao và trung tâm thương mại.

Từ đầu năm đến nay, Đà Nẵng đã thu ngân sách từ đất đạt 2.350/5.000 tỷ đồng kế hoạch năm, trong đó thu từ đấu giá quyền sử dụng đất khoảng 1.680 tỷ đồng.

Giai đoạn 2021-2023, thành phố đã đấu giá thành công 31 khu đất và hơn 1.900 lô đất ở, thu về trên 18.000 tỷ đồng. Năm nay, Đà Nẵng dự kiến đưa ra đấu giá thêm 14 khu đất, trong đó 4 khu đất có diện tích trên 1 ha; mục tiêu đến năm 2025 hoàn thành đấu giá toàn bộ 27 khu đất đã được phê duyệt phương án.

Tin liên quan:
- Đà Nẵng công bố giá đất cụ thể các khu đất ven biển
- Quảng Nam: Thu tiền sử dụng đất đạt thấp
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-25")
P2123 = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
NHS = "Ngũ Hành Sơn"

FIGS = [
    fig("giá hơn 1.100 tỷ", "1.100", 1100e9, "money", "đồng", approx="over",
        subject="giá trúng đấu giá khu đất ven biển"),
    fig("diện tích 12.450 m2", "12.450", 12450, "measure", "m2", subject="diện tích khu đất", location=NHS),
    fig("đấu giá 1.126 tỷ", "1.126", 1126e9, "money", "đồng", subject="giá trúng đấu giá", location=NHS),
    fig("khoảng 90,4 triệu", "90,4", 90.4e6, "money", "đồng/m2", approx="about",
        subject="giá trúng đấu giá", location=NHS),
    fig("là 742 tỷ", "742", 742e9, "money", "đồng", subject="giá khởi điểm của khu đất", location=NHS),
    fig("có sáu doanh nghiệp", "sáu", 6, "count", "doanh nghiệp", subject="doanh nghiệp tham gia phiên đấu giá",
        location=NHS),
    fig("với 47 vòng", "47", 47, "count", "vòng trả giá", subject="vòng trả giá", location=NHS),
    fig("cao hơn 51,8%", "51,8", 51.8, "percent", "%", subject="giá trúng so với giá khởi điểm", location=NHS),
    fig("đạt 2.350/5.000", "2.350", 2350e9, "money", "đồng", target=tgt(5000e9, "đồng"),
        subject="thu ngân sách từ đất", period=YTD),
    fig("khoảng 1.680 tỷ", "1.680", 1680e9, "money", "đồng", approx="about", total=2350e9,
        subject="thu từ đấu giá quyền sử dụng đất", period=YTD),
    fig("công 31 khu", "31", 31, "count", "khu đất", subject="khu đất đấu giá thành công", period=P2123),
    fig("hơn 1.900 lô", "1.900", 1900, "count", "lô đất ở", approx="over",
        subject="lô đất ở đấu giá thành công", period=P2123),
    fig("trên 18.000 tỷ", "18.000", 18000e9, "money", "đồng", approx="over",
        subject="tiền thu về từ đấu giá", period=P2123),
    fig("thêm 14 khu", "14", 14, "count", "khu đất", status="forecast",
        subject="khu đất dự kiến đưa ra đấu giá thêm", period=NOW),
    fig("đó 4 khu", "4", 4, "count", "khu đất", total=14, status="forecast",
        subject="khu đất có diện tích trên 1 ha", period=NOW),
    fig("trên 1 ha", "1", 1, "measure", "ha", approx="over", optional=True),
    fig("toàn bộ 27 khu", "27", 27, "count", "khu đất", status="target",
        subject="khu đất đã được phê duyệt phương án hoàn thành đấu giá", period=T25),
]

NOTES = [
    "News agency (TTXVN): section breadcrumb, headline figure, 'Thứ bảy, 25/05/2024 18:42', 'Đà Nẵng (TTXVN) -', related links.",
    "Distractors: 18:42, 'Ngày 25/5', 'ký hiệu A2-3', 'khách sạn 5 sao', 'Giai đoạn 2021-2023' (a period).",
    "The parcel passage (two paragraphs) is in quận Ngũ Hành Sơn → location; the headline only names Đà Nẵng → default location.",
    "'giá trúng đấu giá 1.126 tỷ đồng, tương đương khoảng 90,4 triệu đồng/m2' → the per-m2 price is a figure of its own (not a share).",
    "'giá trúng cao hơn 51,8% so với giá khởi điểm' stands alone as the claim → percent figure, no change.",
    "'đạt 2.350/5.000 tỷ đồng kế hoạch năm' → target 5.000 tỷ (result against plan), 5.000 is no figure; 'trong đó … 1.680 tỷ' → total 2.350 tỷ.",
    "'trong đó 4 khu đất có diện tích trên 1 ha' → total 14, forecast; the threshold 'trên 1 ha' is optional.",
    "'mục tiêu đến năm 2025 … 27 khu đất' → target, period start null, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1330-8", TEXT, NOTES, FIGS, published="2024-05-25", location="Đà Nẵng")
