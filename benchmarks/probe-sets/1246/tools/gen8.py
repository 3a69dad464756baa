"""p1246-8: radio/TV site (VOV.VN): a Lâm Đồng company exports Kabocha pumpkins to Japan; province output."""
from lib import fig, per, inh, year, chg, write

TEXT = """VOV.VN
Thời sự | Kinh tế | Thị trường | Xã hội

Thứ Bảy, 07:45, 16/11/2024

Lâm Đồng: Bí đỏ Kabocha "xuất ngoại" sang Nhật Bản

VOV.VN - Từ đầu năm đến nay, Công ty TNHH Nông sản Lâm Viên ở huyện Đơn Dương đã xuất khẩu 2.600 tấn bí đỏ Kabocha sang Nhật Bản, tăng 30% so với cùng kỳ, doanh thu đạt 46 tỷ đồng.

Công ty liên kết với 85 hộ dân trồng bí trên diện tích 120 ha, sử dụng giống KB-35 nhập khẩu, có nhà sơ chế rộng 2.000 m2 tại Km 38 Quốc lộ 27. Bà Đỗ Thị Thanh Tâm, Phó Giám đốc công ty, cho biết quả đạt chuẩn xuất khẩu phải nặng từ 1,2 đến 2 kg, tỷ lệ quả đạt chuẩn khoảng 65-70%. Công ty thu mua với giá 9.000 đồng/kg, cao hơn giá thị trường khoảng 2.000 đồng/kg. Vào mùa thu hoạch, công ty thuê thêm gần 50 lao động thời vụ với tiền công 250.000-300.000 đồng/người/ngày.

Năm 2025, công ty dự kiến mở rộng vùng nguyên liệu lên 200 ha, xuất khẩu khoảng 4.000 tấn.

Theo Sở Nông nghiệp và Phát triển nông thôn Lâm Đồng, toàn tỉnh hiện có khoảng 1.900 ha bí đỏ, chủ yếu ở Đơn Dương, Đức Trọng và Lâm Hà. 10 tháng năm 2024, sản lượng bí đỏ của tỉnh ước đạt 52.000 tấn, trong đó xuất khẩu chiếm khoảng 12%.

Hoàng Anh/VOV-Tây Nguyên

Tin liên quan:
- Lâm Đồng: Giá rau hôm nay tăng mạnh
- Đơn Dương tổ chức Ngày hội nông sản lần thứ 2

Cơ quan chủ quản: Đài Tiếng nói Việt Nam
Địa chỉ: 45 Bà Triệu, Hoàn Kiếm, Hà Nội
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-16")
Y25 = year("Năm 2025", 2025)
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
DD = "Đơn Dương"

FIGS = [
    fig("xuất khẩu 2.600 tấn", "2.600", 2600, "measure", "tấn", change=chg("increase", 30, "%", "cùng kỳ"),
        subject="bí đỏ Kabocha Công ty TNHH Nông sản Lâm Viên xuất khẩu sang Nhật Bản", period=YTD, location=DD),
    fig("đạt 46 tỷ", "46", 46e9, "money", "đồng", subject="doanh thu của công ty", period=YTD, location=DD),
    fig("với 85 hộ", "85", 85, "count", "hộ", subject="hộ dân liên kết trồng bí với công ty", location=DD),
    fig("diện tích 120 ha", "120", 120, "measure", "ha", subject="diện tích trồng bí liên kết", location=DD),
    fig("rộng 2.000 m2", "2.000", 2000, "measure", "m2", subject="diện tích nhà sơ chế", location=DD),
    fig("từ 1,2 đến 2 kg", "1,2", 1.2, "measure", "kg", value_max=2, subject="trọng lượng quả đạt chuẩn xuất khẩu",
        location=DD, optional=True),
    fig("khoảng 65-70%", "65", 65, "percent", "%", value_max=70, approx="about", subject="tỷ lệ quả đạt chuẩn",
        location=DD),
    fig("giá 9.000 đồng/kg", "9.000", 9000, "money", "đồng/kg",
        change=chg("increase", 2000, "đồng/kg", "giá thị trường", approx="about"),
        subject="giá công ty thu mua bí đỏ", location=DD),
    fig("gần 50 lao động", "50", 50, "count", "lao động", approx="nearly", subject="lao động thời vụ công ty thuê thêm",
        location=DD),
    fig("công 250.000-300.000", "250.000", 250000, "money", "đồng/người/ngày", value_max=300000,
        subject="tiền công lao động thời vụ", location=DD),
    fig("lên 200 ha", "200", 200, "measure", "ha", status="forecast", subject="vùng nguyên liệu của công ty",
        period=Y25, location=DD),
    fig("khoảng 4.000 tấn", "4.000", 4000, "measure", "tấn", approx="about", status="forecast",
        subject="bí đỏ công ty xuất khẩu", period=Y25, location=DD),
    fig("khoảng 1.900 ha", "1.900", 1900, "measure", "ha", approx="about", subject="diện tích bí đỏ toàn tỉnh"),
    fig("ước đạt 52.000 tấn", "52.000", 52000, "measure", "tấn", status="estimate",
        subject="sản lượng bí đỏ của tỉnh", period=M10),
    fig("khoảng 12%", "12", 12, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng xuất khẩu trong sản lượng bí đỏ", period=M10),
]

NOTES = [
    "Radio site (VOV.VN): menu, 'Thứ Bảy, 07:45, 16/11/2024' (published), headline, tag 'VOV.VN -', byline 'Hoàng Anh/VOV-Tây Nguyên', related links, owner and address.",
    "Company passage: the company is in huyện Đơn Dương → location Đơn Dương; the province's figures → Lâm Đồng. Nhật Bản is a market, not a place.",
    "'Từ đầu năm đến nay' ends at the dateline; 'tăng 30% so với cùng kỳ' follows the 2.600 tấn (its change); the revenue has none.",
    "'phải nặng từ 1,2 đến 2 kg' is a grading standard, not a fact about the world: optional. 'cao hơn giá thị trường khoảng 2.000 đồng/kg' → change of the price.",
    "'dự kiến' governs both clauses of the 2025 sentence (forecast). 'trong đó xuất khẩu chiếm khoảng 12%' is a percent figure of its own, in the 'ước đạt' clause → estimate.",
    "Distractors: 'KB-35' (a seed name), 'Km 38 Quốc lộ 27', '07:45', 'lần thứ 2', '45 Bà Triệu', 'VOV-Tây Nguyên'.",
]

if __name__ == "__main__":
    write("p1246-8", TEXT, NOTES, FIGS, published="2024-11-16", location="Lâm Đồng")
