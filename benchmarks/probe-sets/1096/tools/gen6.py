"""p1096-6: national newspaper (VnExpress style dateline): SJC gold bar price passes 105 million đồng a tael (12/4/2025)."""
from lib import F, period, inherit, change, day, write

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 12/4/2025, 08:15 (GMT+7)

Giá vàng miếng vượt 105 triệu đồng mỗi lượng

Giá vàng miếng SJC tăng 4,3 triệu đồng sau một tuần, lên 105,1 triệu đồng một lượng, cao nhất lịch sử.

Sáng nay, Công ty Vàng bạc Đá quý Sài Gòn (SJC) niêm yết vàng miếng ở mức 102,1 - 105,1 triệu đồng mỗi lượng (mua vào - bán ra), tăng 1,5 triệu đồng so với hôm qua. So với đầu năm, giá vàng miếng đã tăng khoảng 20,2 triệu đồng, tương đương 23,8%.

Giá vàng nhẫn cũng đi lên. Vàng nhẫn trơn 9999 tại PNJ và Bảo Tín Minh Châu được bán ra lần lượt 104,1 triệu đồng và 104,5 triệu đồng một lượng. Chênh lệch giữa giá mua và bán vàng nhẫn ở mức 2,5-3 triệu đồng, khiến người mua chịu rủi ro lỗ nếu bán ra ngay.

Trên thị trường quốc tế, giá vàng giao ngay chốt phiên cuối tuần ở 3.237 USD một ounce, tăng 6,6% so với tuần trước, mức tăng theo tuần mạnh nhất kể từ năm 2020. Quy đổi theo tỷ giá bán ra tại Vietcombank, giá vàng thế giới tương đương khoảng 101 triệu đồng một lượng, thấp hơn vàng miếng trong nước khoảng 4 triệu đồng.

Theo Hội đồng Vàng Thế giới (WGC), năm 2024 nhu cầu vàng trang sức của Việt Nam đạt 12,3 tấn, giảm 11% so với năm trước, còn nhu cầu vàng miếng và vàng nhẫn đạt 42,9 tấn, đưa Việt Nam xếp thứ 8 thế giới về tiêu thụ vàng.

Ngân hàng Nhà nước cho biết đang phối hợp với các bộ, ngành sửa đổi Nghị định 24/2012 về quản lý hoạt động kinh doanh vàng. Ông Trần Minh Khoa, chuyên gia tài chính, dự báo giá vàng thế giới có thể dao động trong vùng 3.100-3.400 USD một ounce trong quý II.

Minh Sơn
"""

NOTES = [
    "National newspaper (VnExpress-style dateline 'Thứ bảy, 12/4/2025, 08:15 (GMT+7)'): giá vàng miếng, vàng nhẫn, vàng thế giới, WGC demand 2024.",
    "Distractors: 08:15 (GMT+7), purity 9999, 'kể từ năm 2020', Nghị định 24/2012, 'sau một tuần', 'hôm qua'.",
    "'102,1 - 105,1 triệu đồng mỗi lượng (mua vào - bán ra)' is a buy/sell pair, not a range: two money figures (buy, sell);",
    "the trailing 'tăng 1,5 triệu đồng so với hôm qua' attaches to the figure it follows (sell). 'tăng 4,3 triệu đồng …, lên 105,1'",
    "is the change of 105,1. 'Sáng nay' = the dateline day. World prices have no Vietnamese place: location null.",
    "Companies in 'lần lượt' (PNJ, Bảo Tín Minh Châu) are not places; location stays Việt Nam.",
]

TODAY = day("Sáng nay", "2025-04-12")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("vượt 105 triệu", "105", 105e6, "money", "đồng/lượng", "giá vàng miếng", approx="over"),
    F("lên 105,1 triệu", "105,1", 105.1e6, "money", "đồng/lượng", "giá vàng miếng SJC",
      change=change("increase", 4.3e6, "đồng", "một tuần trước")),
    F("mức 102,1", "102,1", 102.1e6, "money", "đồng/lượng", "giá mua vào vàng miếng SJC", TODAY),
    F("102,1 - 105,1 triệu", "105,1", 105.1e6, "money", "đồng/lượng", "giá bán ra vàng miếng SJC", TODAY,
      change=change("increase", 1.5e6, "đồng", "hôm qua")),
    F("khoảng 20,2 triệu", "20,2", 20.2e6, "money", "đồng", "mức tăng giá vàng miếng so với đầu năm", approx="about",
      percent=23.8),
    F("lần lượt 104,1 triệu", "104,1", 104.1e6, "money", "đồng/lượng", "giá bán ra vàng nhẫn trơn", inherit(TODAY)),
    F("và 104,5 triệu", "104,5", 104.5e6, "money", "đồng/lượng", "giá bán ra vàng nhẫn trơn", inherit(TODAY)),
    F("mức 2,5-3 triệu", "2,5", 2.5e6, "money", "đồng", "chênh lệch giữa giá mua và bán vàng nhẫn", value_max=3e6),
    F("ở 3.237 USD", "3.237", 3237, "money", "USD/ounce", "giá vàng giao ngay thế giới", location="",
      change=change("increase", 6.6, "%", "tuần trước")),
    F("khoảng 101 triệu", "101", 101e6, "money", "đồng/lượng", "giá vàng thế giới quy đổi", approx="about", location="",
      change=change("decrease", 4e6, "đồng", "vàng miếng trong nước", approx="about")),
    F("đạt 12,3 tấn", "12,3", 12.3, "measure", "tấn", "nhu cầu vàng trang sức", Y24,
      change=change("decrease", 11, "%", "năm trước")),
    F("đạt 42,9 tấn", "42,9", 42.9, "measure", "tấn", "nhu cầu vàng miếng và vàng nhẫn", Y24),
    F("xếp thứ 8", "8", 8, "rank", "hạng", "tiêu thụ vàng", Y24),
    F("vùng 3.100-3.400 USD", "3.100", 3100, "money", "USD/ounce", "giá vàng thế giới",
      period("quý II", "2025-04-01", "2025-06-30"), value_max=3400, status="forecast", location=""),
]

write("p1096-6", TEXT, NOTES, FIGS, published="2025-04-12", location="Việt Nam")
