"""p1232-6: national newspaper — casino resort at Hồ Tràm (huyện Xuyên Mộc, Bà Rịa - Vũng Tàu) back in profit, 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh > Doanh nghiệp

Thứ năm, 27/3/2025, 16:05 (GMT+7)

Casino ở Hồ Tràm có lãi trở lại

Doanh nghiệp vận hành tổ hợp nghỉ dưỡng có casino tại huyện Xuyên Mộc, Bà Rịa - Vũng Tàu báo lãi trước thuế 312 tỷ đồng năm 2024, trong khi năm 2023 lỗ gần 150 tỷ đồng.

Theo báo cáo tài chính vừa công bố, doanh thu thuần năm 2024 của công ty đạt 4.275 tỷ đồng, tăng 27% so với năm trước. Trong đó, mảng casino mang về 3.130 tỷ đồng, chiếm 73,2%; phần còn lại đến từ dịch vụ lưu trú, ăn uống và sân golf 18 lỗ.

Tổ hợp hiện có 1.100 phòng khách sạn, 160 bàn trò chơi và khoảng 900 máy trò chơi điện tử. Công suất phòng bình quân năm qua đạt 68%, cao hơn 11 điểm phần trăm so với năm 2023. Lượng khách vào khu casino khoảng 410.000 lượt, trong đó khách Hàn Quốc và Trung Quốc chiếm hơn một nửa.

Công ty cho biết đã nộp ngân sách khoảng 1.190 tỷ đồng trong năm 2024, tương đương 2,9 triệu đồng mỗi lượt khách.

Cả nước hiện có 9 dự án được cấp phép kinh doanh casino với tổng vốn đăng ký hơn 11 tỷ USD. Theo quy định, người Việt Nam chỉ được vào chơi tại Phú Quốc (Kiên Giang) và Vân Đồn (Quảng Ninh) trong thời gian thí điểm; casino ở Hồ Tràm chỉ phục vụ người nước ngoài.

Năm 2025, công ty dự kiến doanh thu 4.800-5.000 tỷ đồng, lợi nhuận khoảng 450 tỷ đồng. Nếu được phép đón người Việt Nam, lượng khách có thể tăng 20-25%, theo đại diện doanh nghiệp.

Minh Sơn
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
LAST = per("năm qua", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("lãi trước thuế 312 tỷ", "312", 312e9, "money", "đồng", subject="lãi trước thuế", period=Y24),
    fig("lỗ gần 150 tỷ", "150", 150e9, "money", "đồng", approx="nearly", subject="lỗ", period=Y23),
    fig("đạt 4.275 tỷ đồng", "4.275", 4275e9, "money", "đồng",
        change=chg("increase", 27, "%", "năm trước"),
        subject="doanh thu thuần của công ty", period=Y24),
    fig("về 3.130 tỷ đồng", "3.130", 3130e9, "money", "đồng", total=4275e9, percent=73.2,
        subject="doanh thu mảng casino", period=inh(Y24)),
    fig("sân golf 18 lỗ", "18", 18, "count", "lỗ", optional=True, subject="lỗ của sân golf"),
    fig("có 1.100 phòng", "1.100", 1100, "count", "phòng khách sạn", subject="phòng khách sạn của tổ hợp"),
    fig("160 bàn", "160", 160, "count", "bàn trò chơi", subject="bàn trò chơi của tổ hợp"),
    fig("khoảng 900 máy", "900", 900, "count", "máy trò chơi điện tử", approx="about",
        subject="máy trò chơi điện tử của tổ hợp"),
    fig("đạt 68%", "68", 68, "percent", "%",
        change=chg("increase", 11, "điểm phần trăm", "năm 2023"),
        subject="công suất phòng bình quân", period=LAST),
    fig("khoảng 410.000 lượt", "410.000", 410000, "count", "lượt", approx="about",
        subject="lượng khách vào khu casino", period=inh(LAST)),
    fig("khoảng 1.190 tỷ", "1.190", 1190e9, "money", "đồng", approx="about",
        subject="nộp ngân sách của công ty", period=Y24),
    fig("2,9 triệu đồng", "2,9", 2.9e6, "money", "đồng/lượt khách",
        subject="nộp ngân sách tính trên mỗi lượt khách", period=Y24),
    fig("có 9 dự án", "9", 9, "count", "dự án", location="Việt Nam",
        subject="dự án được cấp phép kinh doanh casino"),
    fig("hơn 11 tỷ USD", "11", 11e9, "money", "USD", approx="over", location="Việt Nam",
        subject="tổng vốn đăng ký của các dự án casino"),
    fig("doanh thu 4.800-5.000", "4.800", 4800e9, "money", "đồng", value_max=5000e9, status="forecast",
        subject="doanh thu của công ty", period=Y25),
    fig("khoảng 450 tỷ", "450", 450e9, "money", "đồng", approx="about", status="forecast",
        subject="lợi nhuận của công ty", period=Y25),
    fig("tăng 20-25%", "20", 20, "percent", "%", value_max=25, status="forecast",
        subject="tốc độ tăng lượng khách nếu được phép đón người Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ năm, 27/3/2025, 16:05 (GMT+7)', byline 'Minh Sơn' at the end. Casino resort at Hồ Tràm, huyện Xuyên Mộc, Bà Rịa - Vũng Tàu.",
    "Default location Xuyên Mộc (the company's complex); the national sentence ('Cả nước hiện có 9 dự án …') is Việt Nam.",
    "Distractors: '(GMT+7)', '16:05', 'sân golf 18 lỗ' (a course type, optional), 'Phú Quốc (Kiên Giang)' (no number).",
    "'hơn một nửa' (share in words) is left out of the gold: no reader gives it one number with certainty; a tool reporting 'một' = 1 is wrong.",
    "'tương đương 2,9 triệu đồng mỗi lượt khách' is a per-visitor rate (money, đồng/lượt khách), a figure of its own, not a share attribute.",
    "'năm qua' = 2024 (article of March 2025, context 2024). 'tăng 20-25%' (conditional 'có thể') is a forecast growth rate with no stated period.",
]

if __name__ == "__main__":
    write("p1232-6", TEXT, NOTES, FIGS, published="2025-03-27", location="Xuyên Mộc")
