"""p1269-8: radio/TV site (Đài PT-TH Nghệ An, '(NTV) -'): drone spraying of rice, water-level sensors, 2024 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """NTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

Nghệ An: 6 tháng đầu năm, gần 18.000 ha lúa được phun thuốc bằng drone

28/06/2024 17:20

(NTV) - Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm, toàn tỉnh có gần 18.000 ha lúa được phun thuốc bảo vệ thực vật bằng thiết bị bay không người lái, gấp 2,2 lần cùng kỳ năm 2023; riêng quý II đạt hơn 11.000 ha. Hiện có khoảng 120 drone nông nghiệp đang hoạt động, trong đó các hợp tác xã sở hữu 34 chiếc, còn lại thuộc tổ dịch vụ và hộ gia đình.

Phun bằng drone chỉ mất khoảng 10 phút/ha, tiết kiệm 30% lượng thuốc và 90% lượng nước so với phun thủ công; giá dịch vụ phổ biến 40.000-50.000 đồng/sào.

Năm nay, Hợp tác xã Nông nghiệp Hoa Thành (huyện Yên Thành) thí điểm lắp 25 cảm biến đo mực nước ruộng trên cánh đồng mẫu lớn 50 ha, áp dụng tưới ướt khô xen kẽ. Kết quả, lượng nước bơm giảm khoảng 35%, năng suất lúa đạt 7,2 tấn/ha, cao hơn 0,5 tấn/ha so với ruộng đối chứng; lợi nhuận tăng thêm khoảng 3 triệu đồng/ha.

Năm 2024, tỉnh phấn đấu đưa diện tích lúa áp dụng cơ giới hóa đồng bộ và công nghệ số lên 25.000 ha; dự kiến đến cuối năm, số drone nông nghiệp trên địa bàn tăng lên khoảng 160 chiếc.

Video: Drone phun thuốc trên cánh đồng xã Diễn Thọ

Bản quyền © Đài Phát thanh và Truyền hình Nghệ An
Địa chỉ: Số 1 Đại lộ Lê Nin, TP Vinh | Đường dây nóng: 0238.3844.555
"""

H6 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
EOY = per("đến cuối năm", None, "2024-12-31")
YT = "Yên Thành"
DR = "diện tích lúa được phun thuốc bảo vệ thực vật bằng thiết bị bay không người lái"

FIGS = [
    fig("năm, gần 18.000 ha", "18.000", 18000, "measure", "ha", approx="nearly",
        subject="lúa được phun thuốc bằng drone", period=H6),
    fig("có gần 18.000 ha", "18.000", 18000, "measure", "ha", approx="nearly",
        change=chg("increase", 2.2, "lần", "cùng kỳ năm 2023"), subject=DR, period=H6),
    fig("hơn 11.000 ha", "11.000", 11000, "measure", "ha", approx="over", subject=DR, period=Q2),
    fig("khoảng 120 drone", "120", 120, "count", "drone", approx="about", subject="drone nông nghiệp đang hoạt động"),
    fig("hữu 34 chiếc", "34", 34, "count", "chiếc", total=120, subject="drone các hợp tác xã sở hữu"),
    fig("khoảng 10 phút/ha", "10", 10, "measure", "phút/ha", approx="about", subject="thời gian phun bằng drone"),
    fig("tiết kiệm 30%", "30", 30, "percent", "%", subject="lượng thuốc tiết kiệm"),
    fig("và 90%", "90", 90, "percent", "%", subject="lượng nước tiết kiệm"),
    fig("biến 40.000-50.000", "40.000", 40000, "money", "đồng/sào", value_max=50000, subject="giá dịch vụ phun drone"),
    fig("lắp 25 cảm biến", "25", 25, "count", "cảm biến", subject="cảm biến đo mực nước ruộng", period=NOW,
        location=YT),
    fig("mẫu lớn 50 ha", "50", 50, "measure", "ha", subject="cánh đồng mẫu lớn", period=NOW, location=YT),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about", subject="lượng nước bơm giảm", period=inh(NOW),
        location=YT),
    fig("đạt 7,2 tấn", "7,2", 7.2, "measure", "tấn/ha", change=chg("increase", 0.5, "tấn/ha", "ruộng đối chứng"),
        subject="năng suất lúa", period=inh(NOW), location=YT),
    fig("khoảng 3 triệu", "3", 3e6, "money", "đồng/ha", approx="about", subject="lợi nhuận tăng thêm",
        period=inh(NOW), location=YT),
    fig("lên 25.000 ha", "25.000", 25000, "measure", "ha", status="target",
        subject="diện tích lúa áp dụng cơ giới hóa đồng bộ và công nghệ số", period=Y24),
    fig("khoảng 160 chiếc", "160", 160, "count", "chiếc", approx="about", status="forecast",
        subject="số drone nông nghiệp trên địa bàn", period=EOY),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Nghệ An): channel banner, menu, headline figure, '28/06/2024 17:20', tag '(NTV) -', video caption, footer.",
    "Distractors: '17:20', 'Số 1 Đại lộ Lê Nin', hotline '0238.3844.555', 'xã Diễn Thọ', baseline 'năm 2023'.",
    "Headline and body '6 tháng đầu năm' without a year → 2024 (dateline). 'gấp 2,2 lần cùng kỳ năm 2023' → change in lần.",
    "'riêng quý II đạt hơn 11.000 ha' → own figure, period quý II 2024; 'riêng' is no part cue, so no total.",
    "'trong đó các hợp tác xã sở hữu 34 chiếc' → total 120. 'tiết kiệm 30% ... và 90% ...' → two percent figures.",
    "Yên Thành cooperative: 'Năm nay' (2024) in the first sentence; the 'Kết quả, ...' sentence inherits it (not scored).",
    "'cao hơn 0,5 tấn/ha so với ruộng đối chứng' → change of 7,2 tấn/ha; 'lợi nhuận tăng thêm khoảng 3 triệu đồng/ha' → money figure.",
    "'tăng lên khoảng 160 chiếc' is the new level, a figure (forecast, 'dự kiến'), period 'đến cuối năm' → end 2024-12-31.",
]

if __name__ == "__main__":
    write("p1269-8", TEXT, NOTES, FIGS, published="2024-06-28", location="Nghệ An")
