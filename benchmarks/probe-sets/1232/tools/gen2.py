"""p1232-2: quận Đồ Sơn (Hải Phòng) district portal — the Đồ Sơn casino club, year 2023 and plan 2024."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN ĐỒ SƠN - THÀNH PHỐ HẢI PHÒNG
Tin tức > Kinh tế - Du lịch

Doanh thu casino Đồ Sơn năm 2023 đạt trên 290 tỷ đồng

Ngày đăng: 12/01/2024 | Người đăng: Ban biên tập

Năm 2023, Câu lạc bộ casino của Khu du lịch Đồ Sơn (phường Vạn Hương) đón 84.300 lượt khách nước ngoài, tăng 1,8 lần so với năm 2022; doanh thu đạt 291,6 tỷ đồng, vượt 8,5% kế hoạch. Khách đến chủ yếu từ Trung Quốc (chiếm 46%), Hàn Quốc (21%) và Nhật Bản (9%).

Đây là casino đầu tiên của Việt Nam, hoạt động từ năm 1994. Hiện câu lạc bộ có 32 bàn trò chơi và 120 máy trò chơi điện tử có thưởng, sử dụng 436 lao động, trong đó 312 người là con em địa phương. Thu nhập của người lao động bình quân 11,2 triệu đồng/người/tháng.

Năm 2023, doanh nghiệp nộp ngân sách 98,7 tỷ đồng, chiếm gần 40% tổng thu ngân sách trên địa bàn quận. Ngoài ra, tổ hợp khách sạn đi kèm với 176 phòng có công suất sử dụng phòng bình quân khoảng 65%.

Tại hội nghị tổng kết ngày 10/01, ông Nguyễn Văn Tuấn, Phó Chủ tịch UBND quận đề nghị doanh nghiệp phấn đấu năm 2024 đón 95.000 lượt khách, doanh thu từ 310 đến 330 tỷ đồng; đồng thời triển khai hai dự án mở rộng khu vui chơi giải trí tại phường Ngọc Xuyên.

Địa chỉ: Số 2 Lý Thánh Tông, phường Vạn Sơn, quận Đồ Sơn | Điện thoại: 0225.3861.224
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
HEAD = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
SHARE = "tỷ trọng khách đến câu lạc bộ casino từ"

FIGS = [
    fig("trên 290 tỷ đồng", "290", 290e9, "money", "đồng", approx="over",
        subject="doanh thu casino Đồ Sơn", period=HEAD),
    fig("đón 84.300 lượt", "84.300", 84300, "count", "lượt khách",
        change=chg("increase", 1.8, "lần", "năm 2022"),
        subject="lượt khách nước ngoài đến Câu lạc bộ casino", period=Y23),
    fig("đạt 291,6 tỷ đồng", "291,6", 291.6e9, "money", "đồng",
        change=chg("increase", 8.5, "%", "kế hoạch"),
        subject="doanh thu Câu lạc bộ casino", period=Y23),
    fig("(chiếm 46%)", "46", 46, "percent", "%", subject=f"{SHARE} Trung Quốc", period=inh(Y23)),
    fig("Hàn Quốc (21%)", "21", 21, "percent", "%", subject=f"{SHARE} Hàn Quốc", period=inh(Y23)),
    fig("Nhật Bản (9%)", "9", 9, "percent", "%", subject=f"{SHARE} Nhật Bản", period=inh(Y23)),
    fig("có 32 bàn", "32", 32, "count", "bàn trò chơi", subject="bàn trò chơi của câu lạc bộ"),
    fig("120 máy", "120", 120, "count", "máy trò chơi điện tử có thưởng",
        subject="máy trò chơi điện tử có thưởng của câu lạc bộ"),
    fig("sử dụng 436 lao động", "436", 436, "count", "lao động", subject="lao động của câu lạc bộ"),
    fig("312 người", "312", 312, "count", "người", total=436, subject="lao động là con em địa phương"),
    fig("bình quân 11,2 triệu", "11,2", 11.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của người lao động"),
    fig("ngân sách 98,7 tỷ", "98,7", 98.7e9, "money", "đồng", percent=40,
        subject="nộp ngân sách của doanh nghiệp", period=Y23),
    fig("với 176 phòng", "176", 176, "count", "phòng", subject="phòng của tổ hợp khách sạn đi kèm"),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="công suất sử dụng phòng bình quân", period=inh(Y23)),
    fig("đón 95.000 lượt", "95.000", 95000, "count", "lượt khách", status="target",
        subject="lượt khách đến câu lạc bộ casino", period=Y24),
    fig("từ 310 đến 330 tỷ", "310", 310e9, "money", "đồng", value_max=330e9, status="target",
        subject="doanh thu câu lạc bộ casino", period=Y24),
    fig("hai dự án", "hai", 2, "count", "dự án", status="target",
        subject="dự án mở rộng khu vui chơi giải trí", period=Y24),
]

NOTES = [
    "District portal (quận Đồ Sơn, Hải Phòng): Đồ Sơn casino club 2023 results and 2024 plan. 'Ngày đăng: 12/01/2024 | Người đăng: Ban biên tập'.",
    "Default location Đồ Sơn (the district portal, casino in phường Vạn Hương; project in phường Ngọc Xuyên of the same district).",
    "Distractors: 'năm 1994' (a year), 'casino đầu tiên' (ordinal), 'ngày 10/01', 'Số 2 Lý Thánh Tông', phone '0225.3861.224'.",
    "'tăng 1,8 lần so với năm 2022' is the change of 84.300 (unit lần); 'vượt 8,5% kế hoạch' is a gap to plan = change with baseline kế hoạch.",
    "List of source countries: each share a figure; a foreign country is not a place, so it goes into the subject. 'chiếm gần 40%': the 'gần' belongs to the share, the money stays exact.",
    "176 phòng is a stock (no period); the 65% occupancy inherits 'Năm 2023' from the previous sentence. 'phấn đấu … ; đồng thời triển khai hai dự án' continues the target clause: status target, period năm 2024.",
]

if __name__ == "__main__":
    write("p1232-2", TEXT, NOTES, FIGS, published="2024-01-12", location="Đồ Sơn")
