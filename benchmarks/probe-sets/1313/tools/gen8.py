"""p1313-8: radio/TV site (Đài PT&TH Thanh Hóa): kè chống sạt lở sông Mã qua huyện Vĩnh Lộc; province 5 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Vĩnh Lộc: Đẩy nhanh tiến độ kè chống sạt lở sông Mã

05/06/2024 17:45

Công trình kè chống sạt lở bờ hữu sông Mã đoạn từ Km 21+500 đến Km 23+600 đê hữu sông Mã, qua xã Vĩnh Hùng và xã Vĩnh Tân, huyện Vĩnh Lộc đang được thi công khẩn trương, phấn đấu hoàn thành trước mùa lũ năm nay.

Công trình được khởi công tháng 11/2023, chiều dài 2,1 km, tổng mức đầu tư 145 tỷ đồng. Đến cuối tháng 5/2024, đơn vị thi công đã hoàn thành 1,3 km kè, đạt 62% chiều dài tuyến; giá trị khối lượng ước đạt 88 tỷ đồng. Hiện công trường có ba chục công nhân và 14 máy móc, phương tiện hoạt động.

Ông Lê Văn Bình, Trưởng phòng Nông nghiệp và PTNT huyện Vĩnh Lộc cho biết: “Đoạn sông Mã qua huyện dài khoảng 24 km, có 5 điểm sạt lở với tổng chiều dài gần 3,8 km. Trận lũ tháng 9/2022 đã làm sạt lở hơn 600 m bờ sông, cuốn trôi 2 căn nhà”.

Theo Chi cục Thủy lợi Thanh Hóa, 5 tháng đầu năm 2024, toàn tỉnh xảy ra 12 điểm sạt lở bờ sông mới với tổng chiều dài khoảng 2.700 m, giảm 4 điểm so với cùng kỳ. Thanh Hóa hiện là địa phương có số điểm sạt lở bờ sông nhiều thứ 2 khu vực Bắc Trung Bộ, sau Nghệ An.

Năm 2024, tỉnh bố trí 210 tỷ đồng cho 8 công trình kè, trong đó 5 công trình chuyển tiếp và 3 công trình khởi công mới. Dự kiến đến cuối năm, các công trình sẽ hoàn thành thêm khoảng 6,5 km kè.

Phóng viên: Mai Anh - Quốc Huy
Bình luận (0)
"""

VL = "Vĩnh Lộc"
END5 = per("Đến cuối tháng 5/2024", None, "2024-05-31")
S22 = per("tháng 9/2022", "2022-09-01", "2022-09-30")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
EOY = per("đến cuối năm", None, "2024-12-31")

FIGS = [
    fig("chiều dài 2,1 km", "2,1", 2.1, "measure", "km", subject="chiều dài công trình", location=VL),
    fig("đầu tư 145 tỷ", "145", 145e9, "money", "đồng", subject="tổng mức đầu tư", location=VL),
    fig("hoàn thành 1,3 km", "1,3", 1.3, "measure", "km", percent=62,
        subject="kè đơn vị thi công đã hoàn thành", period=END5, location=VL),
    fig("ước đạt 88 tỷ", "88", 88e9, "money", "đồng", status="estimate",
        subject="giá trị khối lượng", period=END5, location=VL),
    fig("ba chục công nhân", "ba chục", 30, "count", "công nhân", subject="công nhân trên công trường",
        location=VL),
    fig("14 máy móc", "14", 14, "count", "máy móc, phương tiện", subject="máy móc, phương tiện hoạt động",
        location=VL),
    fig("khoảng 24 km", "24", 24, "measure", "km", approx="about", subject="chiều dài đoạn sông Mã qua huyện",
        location=VL),
    fig("có 5 điểm", "5", 5, "count", "điểm sạt lở", subject="điểm sạt lở", location=VL),
    fig("gần 3,8 km", "3,8", 3.8, "measure", "km", approx="nearly", subject="tổng chiều dài điểm sạt lở",
        location=VL),
    fig("hơn 600 m", "600", 600, "measure", "m", approx="over", subject="bờ sông bị sạt lở do trận lũ",
        period=S22, location=VL),
    fig("2 căn nhà", "2", 2, "count", "căn nhà", subject="căn nhà bị cuốn trôi", period=S22, location=VL),
    fig("ra 12 điểm", "12", 12, "count", "điểm sạt lở", change=chg("decrease", 4, "điểm", "cùng kỳ"),
        subject="điểm sạt lở bờ sông mới", period=M5),
    fig("khoảng 2.700 m", "2.700", 2700, "measure", "m", approx="about",
        subject="tổng chiều dài điểm sạt lở bờ sông mới", period=M5),
    fig("thứ 2 khu vực", "2", 2, "rank", "hạng", subject="số điểm sạt lở bờ sông khu vực Bắc Trung Bộ"),
    fig("bố trí 210 tỷ", "210", 210e9, "money", "đồng", subject="vốn tỉnh bố trí cho công trình kè",
        period=Y24),
    fig("cho 8 công trình", "8", 8, "count", "công trình", subject="công trình kè được bố trí vốn", period=Y24),
    fig("5 công trình", "5", 5, "count", "công trình", total=8, subject="công trình chuyển tiếp", period=Y24),
    fig("3 công trình", "3", 3, "count", "công trình", total=8, subject="công trình khởi công mới", period=Y24),
    fig("khoảng 6,5 km", "6,5", 6.5, "measure", "km", approx="about", status="forecast",
        subject="kè các công trình hoàn thành thêm", period=EOY),
]

NOTES = [
    "Radio/TV site (Đài PT&TH Thanh Hóa): menu, headline with the district, '05/06/2024 17:45', reporters, 'Bình luận (0)'.",
    "Chainages 'Km 21+500 đến Km 23+600' are positions on the dyke (identifiers, not figures).",
    "The work and the district official's quote → location Vĩnh Lộc; province figures (Chi cục Thủy lợi, budget) → Thanh Hóa.",
    "'đạt 62% chiều dài tuyến' → percent attribute of 1,3 km (no part-of cue, so no total 2,1). 'ước đạt 88 tỷ' → estimate;",
    "its period 'Đến cuối tháng 5/2024' stands earlier in the same sentence (after ';'), so it is scored.",
    "'ba chục công nhân' = 30. 'giảm 4 điểm so với cùng kỳ' → change in điểm. 'nhiều thứ 2 khu vực Bắc Trung Bộ' → rank 2, location Thanh Hóa.",
    "'trong đó 5 công trình chuyển tiếp và 3 công trình khởi công mới' → total 8. 'Dự kiến đến cuối năm' → forecast, end 2024-12-31.",
    "Distractors: Km 21+500, Km 23+600, 17:45, tháng 11/2023 (start date), 'Bình luận (0)', 'năm nay' without a figure.",
]

if __name__ == "__main__":
    write("p1313-8", TEXT, NOTES, FIGS, published="2024-06-05", location="Thanh Hóa")
