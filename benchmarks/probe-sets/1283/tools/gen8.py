"""p1283-8: radio/TV site (Đài PT-TH Đồng Tháp, tag '(THDT) -'): mango juice and puree, quý I/2025; a cooperative in huyện Cao Lãnh."""
from lib import F, period, inherit, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

Quý I, xuất khẩu nước ép và puree xoài tăng mạnh

Thứ Ba, 25/03/2025, 16:45

(THDT) - Quý I/2025, các doanh nghiệp chế biến trên địa bàn tỉnh xuất khẩu hơn 5.200 tấn nước ép và puree xoài, tăng 34% so với cùng kỳ năm 2024, kim ngạch ước đạt 9,6 triệu USD.

Tại Hợp tác xã Xoài Mỹ Xương, huyện Cao Lãnh, mỗi ngày xưởng sơ chế tiếp nhận ba chục tấn xoài dạt (xoài loại 3) để làm nước ép. Ông Nguyễn Văn Tư, Giám đốc hợp tác xã, cho biết giá xoài dạt hiện từ 8.000 đến 10.000 đồng/kg, cao gấp đôi năm ngoái, giúp nông dân có thêm thu nhập 40-50 triệu đồng/ha mỗi vụ. Từ đầu năm đến nay, hợp tác xã đã bán cho doanh nghiệp gần 1.100 tấn xoài, doanh thu khoảng 9,8 tỷ đồng.

Toàn tỉnh hiện có khoảng 34.000 ha xoài, sản lượng năm 2024 đạt hơn 380.000 tấn, xếp thứ nhất vùng Đồng bằng sông Cửu Long. Theo Sở Công Thương, tỉnh có 4 doanh nghiệp chế biến nước ép, puree xoài với tổng công suất khoảng 60.000 tấn sản phẩm/năm, nhưng hiện mới sử dụng chưa tới 50% công suất.

Năm 2025, ngành nông nghiệp phấn đấu đưa tỷ lệ xoài qua chế biến lên 15%; dự kiến xuất khẩu từ 20.000 đến 22.000 tấn nước ép, puree xoài.

Bình luận (0) | Chia sẻ

Tin cùng chuyên mục:
- Lấp Vò: Ra mắt Tổ hợp tác trồng xoài số 2
- Hội thi Xoài ngon Đồng Tháp lần thứ 5
"""

Q1 = period("Quý I/2025", "2025-01-01", "2025-03-31")
YTD = period("Từ đầu năm đến nay", "2025-01-01", "2025-03-25")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
CL = "Cao Lãnh"

FIGS = [
    F("hơn 5.200 tấn", "5.200", 5200, "measure", "tấn", approx="over",
      change=change("increase", 34, "%", "cùng kỳ năm 2024"), subject="nước ép và puree xoài xuất khẩu", period=Q1),
    F("ước đạt 9,6 triệu", "9,6", 9.6e6, "money", "USD", status="estimate", subject="kim ngạch xuất khẩu nước ép và puree xoài",
      period=Q1),
    F("ba chục tấn", "ba chục", 30, "measure", "tấn/ngày", subject="xoài dạt xưởng sơ chế tiếp nhận mỗi ngày",
      location=CL),
    F("từ 8.000 đến 10.000", "8.000", 8000, "money", "đồng/kg", value_max=10000,
      change=change("increase", 2, "lần", "năm ngoái"), subject="giá xoài dạt", location=CL),
    F("thu nhập 40-50 triệu", "40", 40e6, "money", "đồng/ha/vụ", value_max=50e6,
      subject="thu nhập thêm của nông dân", location=CL),
    F("gần 1.100 tấn", "1.100", 1100, "measure", "tấn", approx="nearly", subject="xoài hợp tác xã bán cho doanh nghiệp",
      period=YTD, location=CL),
    F("khoảng 9,8 tỷ", "9,8", 9.8e9, "money", "đồng", approx="about", subject="doanh thu hợp tác xã",
      period=YTD, location=CL),
    F("khoảng 34.000 ha", "34.000", 34000, "measure", "ha", approx="about", subject="diện tích xoài toàn tỉnh"),
    F("hơn 380.000 tấn", "380.000", 380000, "measure", "tấn", approx="over", subject="sản lượng xoài", period=Y24),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", subject="sản lượng xoài", period=Y24),
    F("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject="doanh nghiệp chế biến nước ép, puree xoài"),
    F("khoảng 60.000 tấn", "60.000", 60000, "measure", "tấn/năm", approx="about", subject="tổng công suất"),
    F("chưa tới 50%", "50", 50, "percent", "%", approx="under", subject="công suất sử dụng"),
    F("lên 15%", "15", 15, "percent", "%", status="target", subject="tỷ lệ xoài qua chế biến", period=Y25),
    F("từ 20.000 đến 22.000", "20.000", 20000, "measure", "tấn", value_max=22000, status="forecast",
      subject="xuất khẩu nước ép, puree xoài", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Tháp): menu, headline, 'Thứ Ba, 25/03/2025, 16:45', tag '(THDT) -', 'Bình luận (0) | Chia sẻ'.",
    "Distractors: 16:45, 'Quý I' in the headline, 'xoài loại 3' (a grade), 'Bình luận (0)', 'Tổ hợp tác ... số 2', 'lần thứ 5'.",
    "'Quý I/2025' → 2025-01-01..2025-03-31; 'kim ngạch ước đạt 9,6 triệu USD' is its own clause: estimate only there.",
    "The cooperative passage (huyện Cao Lãnh) → location Cao Lãnh. 'ba chục tấn' = 30 (number word), a daily rate (tấn/ngày).",
    "'cao gấp đôi năm ngoái' → change of 2 lần on the price range. '40-50 triệu đồng/ha mỗi vụ' → unit đồng/ha/vụ.",
    "'Từ đầu năm đến nay' → 2025-01-01 .. dateline 2025-03-25. 'xếp thứ nhất vùng Đồng bằng sông Cửu Long' → rank 1 of Đồng Tháp.",
    "'chưa tới 50%' → under. 'phấn đấu' governs the first clause (target); '; dự kiến' starts a forecast clause; both in 'Năm 2025'.",
    "revised after the first run: 60.000 tấn sản phẩm/năm → unit 'tấn/năm' (shortest noun phrase; cf. shared gold h07 'doanh nghiệp/1.000 dân').",
]

if __name__ == "__main__":
    write("p1283-8", TEXT, NOTES, FIGS, published="2025-03-25", location="Đồng Tháp")
