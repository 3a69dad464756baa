"""p864-8: Báo Bắc Giang online (BGĐT), headline figure, cultural houses with sports grounds, 2024 results."""
from lib import F, write, period, year, asof, change, target

TEXT = """Bắc Giang: 96,8% thôn, tổ dân phố có nhà văn hóa - khu thể thao
Cập nhật lúc 15:30, Thứ năm, 09/01/2025

(BGĐT) - Năm 2024, toàn tỉnh đầu tư xây mới, cải tạo 214 nhà văn hóa - khu thể thao thôn, tổ dân phố với tổng kinh phí hơn 326 tỷ đồng, trong đó nhân dân đóng góp khoảng 118 tỷ đồng, chiếm 36,2%.

Đến hết năm 2024, toàn tỉnh có 1.894/1.957 thôn, tổ dân phố có nhà văn hóa - khu thể thao, đạt 96,8%; 192/192 xã, phường, thị trấn có sân thể thao trung tâm. Các huyện có tỷ lệ cao là Hiệp Hòa (100%), Tân Yên (99,2%), Lạng Giang (98,7%); thấp nhất là Sơn Động với 88,4%.

Hệ thống thiết chế thể thao cấp tỉnh tiếp tục được quan tâm đầu tư. Nhà thi đấu đa năng tỉnh quy mô 3.500 chỗ ngồi, tổng mức đầu tư 395 tỷ đồng đã được đưa vào sử dụng từ tháng 9/2024; Khu liên hợp thể thao tỉnh đang triển khai giai đoạn 2 trên diện tích 21,5 ha tại đường Hoàng Văn Thụ.

Phong trào thể dục thể thao quần chúng phát triển sâu rộng: tỷ lệ người tập luyện thường xuyên đạt 40,5%, tỷ lệ gia đình thể thao đạt 28,6%, vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX đề ra (27%). Toàn tỉnh có 2.150 câu lạc bộ thể dục thể thao, tăng 135 câu lạc bộ so với năm 2023.

Năm 2025, tỉnh đặt mục tiêu 100% thôn, tổ dân phố có nhà văn hóa - khu thể thao đạt chuẩn; phấn đấu mỗi huyện có ít nhất 1 bể bơi công lập.

Thu Hà
"""

Y24 = year("Năm 2024", 2024)
E24 = asof("Đến hết năm 2024", "2024-12-31")
EI = {**E24, "inherited": True}
Y25 = year("Năm 2025", 2025)
RATE = "tỷ lệ thôn, tổ dân phố có nhà văn hóa - khu thể thao"

FIGS = [
    F("Bắc Giang: 96,8%", "96,8", 96.8, "percent", "%", "thôn, tổ dân phố có nhà văn hóa - khu thể thao"),
    F("cải tạo 214 nhà văn hóa", "214", 214, "count", "nhà văn hóa - khu thể thao", "nhà văn hóa - khu thể thao thôn, tổ dân phố xây mới, cải tạo",
      period=Y24),
    F("hơn 326 tỷ đồng", "326", 326e9, "money", "đồng", "tổng kinh phí xây mới, cải tạo nhà văn hóa - khu thể thao", approx="over", period=Y24),
    F("khoảng 118 tỷ đồng", "118", 118e9, "money", "đồng", "nhân dân đóng góp", approx="about", total=326e9, percent=36.2, period=Y24),
    F("có 1.894/1.957 thôn", "1.894", 1894, "count", "thôn, tổ dân phố", "thôn, tổ dân phố có nhà văn hóa - khu thể thao",
      total=1957, percent=96.8, period=E24),
    F("; 192/192 xã", "192", 192, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có sân thể thao trung tâm", total=192, period=E24),
    F("Hiệp Hòa (100%)", "100", 100, "percent", "%", RATE, location="Hiệp Hòa", period=EI),
    F("Tân Yên (99,2%)", "99,2", 99.2, "percent", "%", RATE, location="Tân Yên", period=EI),
    F("Lạng Giang (98,7%)", "98,7", 98.7, "percent", "%", RATE, location="Lạng Giang", period=EI),
    F("với 88,4%", "88,4", 88.4, "percent", "%", RATE, location="Sơn Động", period=EI),
    F("quy mô 3.500 chỗ ngồi", "3.500", 3500, "count", "chỗ ngồi", "quy mô Nhà thi đấu đa năng tỉnh"),
    F("tổng mức đầu tư 395 tỷ đồng", "395", 395e9, "money", "đồng", "tổng mức đầu tư Nhà thi đấu đa năng tỉnh"),
    F("diện tích 21,5 ha", "21,5", 21.5, "measure", "ha", "diện tích Khu liên hợp thể thao tỉnh giai đoạn 2"),
    F("đạt 40,5%", "40,5", 40.5, "percent", "%", "tỷ lệ người tập luyện thường xuyên"),
    F("đạt 28,6%", "28,6", 28.6, "percent", "%", "tỷ lệ gia đình thể thao", target=target(27, "%", True)),
    F("có 2.150 câu lạc bộ", "2.150", 2150, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao",
      change=change("increase", 135, "câu lạc bộ", "năm 2023")),
    F("mục tiêu 100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố có nhà văn hóa - khu thể thao đạt chuẩn", status="target", period=Y25),
    F("ít nhất 1 bể bơi", "1", 1, "count", "bể bơi", "bể bơi công lập mỗi huyện", approx="at_least", status="target", period=Y25),
]

COMMENTS = [
    "Báo Bắc Giang online, tag '(BGĐT) -', headline figure 96,8%: cultural houses with sports grounds built in 2024, coverage at end-2024,",
    "district list of rates in brackets, the provincial arena, mass sport, 2025 targets. Location Bắc Giang except the listed districts.",
    "The body's 'đạt 96,8%' is the share of 1.894/1.957 (attribute); the headline 96,8% is a figure of its own.",
    "118 tỷ after 'trong đó' is part of 326 tỷ; '(27%)' after 'vượt chỉ tiêu ... đề ra' is 28,6%'s target (met).",
    "'tăng 135 câu lạc bộ so với năm 2023' is the change of 2.150. 'từ tháng 9/2024' is the opening date: no period for the arena.",
    "Not figures: 'Cập nhật lúc 15:30, Thứ năm, 09/01/2025', '(BGĐT)', 'giai đoạn 2' (a phase's name), 'lần thứ XIX', 'đường Hoàng Văn Thụ'.",
]

write("p864-8", TEXT, FIGS, COMMENTS, published="2025-01-09", location="Bắc Giang")
