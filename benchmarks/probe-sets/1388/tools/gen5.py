"""p1388-5: provincial newspaper (Báo Thái Nguyên, tag TNO): a precision-engineering smart factory in TP Phổ Yên; province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Thái Nguyên điện tử
Kinh tế | Công nghiệp

Nhà máy thông minh giúp năng suất lao động tăng gần 40%

Thứ Năm, 12/09/2024 | 07:45

(TNO) - Sau hơn hai năm chuyển đổi sang mô hình nhà máy thông minh, năng suất lao động của Công ty TNHH Cơ khí chính xác Yên Bình (Khu công nghiệp Yên Bình, TP Phổ Yên) đã tăng 38,6%, đưa công ty trở thành một trong những doanh nghiệp dẫn đầu tỉnh về ứng dụng tự động hóa.

Theo ông Nguyễn Quang Huy, Giám đốc sản xuất, nhà máy đã kết nối 215 máy CNC và 48 robot vào hệ thống quản lý sản xuất (MES), thu thập dữ liệu theo thời gian thực. Hiệu suất sử dụng thiết bị tổng thể (OEE) tăng từ 62% lên 81%; điện năng tiêu thụ trên mỗi sản phẩm giảm 12%; tỷ lệ sản phẩm phải làm lại chỉ còn dưới 0,5%.

8 tháng đầu năm 2024, doanh thu của công ty đạt 1.280 tỷ đồng, bằng 71% kế hoạch năm, tăng 15% so với cùng kỳ; trong đó xuất khẩu sang Nhật Bản và châu Âu đạt 52 triệu USD. Công ty hiện có 1.450 lao động, thu nhập bình quân 13,8 triệu đồng/người/tháng; dự kiến trong quý IV sẽ tuyển thêm khoảng 200 kỹ thuật viên.

Theo Sở Công Thương, toàn tỉnh hiện có 62 dự án FDI trong lĩnh vực điện tử, cơ khí; khoảng 45% doanh nghiệp chế biến, chế tạo đã ứng dụng ít nhất một giải pháp tự động hóa. Năm 2024, tỉnh phấn đấu chỉ số sản xuất công nghiệp tăng 8,5% trở lên.

HOÀNG LINH

Tin cùng chuyên mục:
- Thái Nguyên: Khởi công dự án Khu công nghiệp Yên Bình 3
- Gỡ khó cho doanh nghiệp trong các cụm công nghiệp
"""

E8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
PY = "Phổ Yên"
TN = "Thái Nguyên"

FIGS = [
    fig("tăng gần 40%", "40", 40, "percent", "%", approx="nearly", subject="năng suất lao động", location=PY),
    fig("tăng 38,6%", "38,6", 38.6, "percent", "%",
        subject="năng suất lao động của Công ty TNHH Cơ khí chính xác Yên Bình", location=PY),
    fig("kết nối 215 máy", "215", 215, "count", "máy CNC",
        subject="máy CNC nhà máy đã kết nối vào hệ thống quản lý sản xuất", location=PY),
    fig("và 48 robot", "48", 48, "count", "robot",
        subject="robot nhà máy đã kết nối vào hệ thống quản lý sản xuất", location=PY),
    fig("từ 62%", "62", 62, "percent", "%", subject="hiệu suất sử dụng thiết bị tổng thể (OEE)", location=PY),
    fig("lên 81%", "81", 81, "percent", "%", subject="hiệu suất sử dụng thiết bị tổng thể (OEE)", location=PY),
    fig("giảm 12%", "12", 12, "percent", "%", subject="điện năng tiêu thụ trên mỗi sản phẩm", location=PY),
    fig("dưới 0,5%", "0,5", 0.5, "percent", "%", approx="under", subject="tỷ lệ sản phẩm phải làm lại",
        location=PY),
    fig("đạt 1.280 tỷ", "1.280", 1280e9, "money", "đồng", percent=71,
        change=chg("increase", 15, "%", "cùng kỳ"), subject="doanh thu của công ty", period=E8, location=PY),
    fig("đạt 52 triệu", "52", 52e6, "money", "USD", subject="xuất khẩu sang Nhật Bản và châu Âu",
        period=E8, location=PY),
    fig("có 1.450 lao động", "1.450", 1450, "count", "lao động", subject="lao động của công ty", location=PY),
    fig("bình quân 13,8 triệu", "13,8", 13.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân",
        location=PY),
    fig("khoảng 200 kỹ thuật viên", "200", 200, "count", "kỹ thuật viên", approx="about", status="forecast",
        subject="kỹ thuật viên tuyển thêm", period=Q4, location=PY),
    fig("có 62 dự án", "62", 62, "count", "dự án", subject="dự án FDI trong lĩnh vực điện tử, cơ khí",
        location=TN),
    fig("khoảng 45% doanh nghiệp", "45", 45, "percent", "%", approx="about",
        subject="doanh nghiệp chế biến, chế tạo đã ứng dụng giải pháp tự động hóa", location=TN),
    fig("ít nhất một giải pháp", "một", 1, "count", "giải pháp", approx="at_least",
        subject="giải pháp tự động hóa", location=TN, optional=True),
    fig("tăng 8,5% trở lên", "8,5", 8.5, "percent", "%", approx="at_least", status="target",
        subject="chỉ số sản xuất công nghiệp", period=Y24, location=TN),
]

NOTES = [
    "Provincial newspaper (Báo Thái Nguyên): headline figure, 'Thứ Năm, 12/09/2024 | 07:45', tag '(TNO) -', byline, related links.",
    "Distractors: 07:45, 'Sau hơn hai năm' (a duration that only locates the story in time), 'một trong những' (idiom), 'CNC', 'MES',",
    "'OEE', 'Yên Bình 3' in a link. The firm is in TP Phổ Yên: location Phổ Yên for its figures; province figures Thái Nguyên.",
    "Headline 'tăng gần 40%' and sapo 'tăng 38,6%' are growth rates as the claim (percent figures, no change).",
    "'OEE tăng từ 62% lên 81%' gives two percent figures (before, after). 'dưới 0,5%' -> under.",
    "'bằng 71% kế hoạch năm' is the percent attribute of 1.280 tỷ; 'tăng 15% so với cùng kỳ' its change.",
    "52 triệu USD follows 'trong đó' but is USD exports, not đồng revenue: no total (the whole must count the same thing).",
    "'dự kiến trong quý IV' -> forecast, quý IV of 2024 (nearest earlier year). 'tăng 8,5% trở lên': 'trở lên' after a number = at least.",
    "'ít nhất một giải pháp tự động hóa' defines the 45% indicator (a threshold in a definition): optional.",
]

if __name__ == "__main__":
    write("p1388-5", TEXT, NOTES, FIGS, published="2024-09-12", location="Thái Nguyên")
