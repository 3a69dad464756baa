"""p1121-8: provincial newspaper online (Báo Bình Định, '(BĐ) -'), pilot branch at Quy Nhơn, 10 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH ĐỊNH ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa

Cập nhật lúc 09:30, 08/11/2024

Bảo đảm an toàn cho hơn 1.700 lượt tàu ra, vào cảng Quy Nhơn

(BĐ) - Trong 10 tháng năm 2024, Chi nhánh Hoa tiêu hàng hải tại TP Quy Nhơn đã dẫn an toàn 1.746 lượt tàu ra, vào cảng Quy Nhơn và cảng Thị Nại, tăng 5,8% so với cùng kỳ năm ngoái; riêng quý III đạt 532 lượt.

Chi nhánh hiện có 28 hoa tiêu, trong đó 9 hoa tiêu ngoại hạng được phép dẫn tàu dài đến 250 m. Do luồng vào cảng hẹp, tàu trọng tải trên 50.000 DWT chỉ được hành trình vào ban ngày và phải có ít nhất 2 tàu lai hỗ trợ. Hiện tại cảng Quy Nhơn có 3 doanh nghiệp với 8 tàu lai; 10 tháng qua các tàu lai thực hiện khoảng 2.900 lượt hỗ trợ, giá thuê bình quân từ 1,5 đến 2,2 triệu đồng/giờ tùy công suất.

Doanh thu dịch vụ hoa tiêu 10 tháng ước đạt 46,3 tỷ đồng, bằng 87% kế hoạch năm. Với mức giá hiện hành 0,0032 USD/GT/hải lý, một lượt dẫn tàu hàng rời 30.000 GT trên tuyến luồng dài 6 hải lý phải trả khoảng 576 USD.

Ngày 12/9, hoa tiêu của chi nhánh đã kịp thời xử lý sự cố mất lái của tàu LPG Hải Nam 18 tại khu vực phao số 6, không để xảy ra va chạm; đây là lần thứ 3 trong năm chi nhánh được Cảng vụ Hàng hải Quy Nhơn biểu dương. Dự án trạm hoa tiêu mới tại phường Hải Cảng có tổng mức đầu tư 18,5 tỷ đồng, dự kiến hoàn thành trong quý I/2025.

Từ nay đến cuối năm, chi nhánh dự kiến dẫn thêm khoảng 380 lượt tàu, nâng tổng số cả năm lên hơn 2.100 lượt.

Hồng Phúc
"""

M10 = per("Trong 10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10S = per("10 tháng", "2024-01-01", "2024-10-31")
M10Q = per("10 tháng qua", "2024-01-01", "2024-10-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
REST = per("Từ nay đến cuối năm", "2024-11-08", "2024-12-31")
YR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 1.700 lượt tàu", "1.700", 1700, "count", "lượt tàu", approx="over",
        subject="lượt tàu ra, vào cảng Quy Nhơn được bảo đảm an toàn"),
    fig("dẫn an toàn 1.746 lượt", "1.746", 1746, "count", "lượt tàu",
        change=chg("increase", 5.8, "%", "cùng kỳ năm ngoái"),
        subject="lượt tàu ra, vào cảng Quy Nhơn và cảng Thị Nại được chi nhánh hoa tiêu dẫn an toàn", period=M10),
    fig("đạt 532 lượt", "532", 532, "count", "lượt", subject="lượt tàu được chi nhánh hoa tiêu dẫn", period=Q3),
    fig("có 28 hoa tiêu", "28", 28, "count", "hoa tiêu", subject="hoa tiêu của chi nhánh"),
    fig("9 hoa tiêu", "9", 9, "count", "hoa tiêu", total=28, subject="hoa tiêu ngoại hạng của chi nhánh"),
    fig("đến 250 m", "250", 250, "measure", "m", approx="at_most", optional=True,
        subject="chiều dài tàu hoa tiêu ngoại hạng được phép dẫn"),
    fig("trên 50.000 DWT", "50.000", 50000, "measure", "DWT", approx="over", optional=True,
        subject="ngưỡng trọng tải tàu"),
    fig("ít nhất 2 tàu lai", "2", 2, "count", "tàu lai", approx="at_least",
        subject="tàu lai hỗ trợ tàu trọng tải trên 50.000 DWT"),
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp lai dắt tại cảng Quy Nhơn"),
    fig("với 8 tàu lai", "8", 8, "count", "tàu lai", subject="tàu lai tại cảng Quy Nhơn"),
    fig("khoảng 2.900 lượt", "2.900", 2900, "count", "lượt hỗ trợ", approx="about",
        subject="lượt hỗ trợ của các tàu lai", period=M10Q),
    fig("từ 1,5 đến 2,2 triệu", "1,5", 1500000, "money", "đồng/giờ", value_max=2200000,
        subject="giá thuê tàu lai bình quân"),
    fig("ước đạt 46,3 tỷ", "46,3", 46300000000, "money", "đồng", percent=87, status="estimate",
        subject="doanh thu dịch vụ hoa tiêu", period=M10S),
    fig("0,0032 USD", "0,0032", 0.0032, "money", "USD/GT/hải lý", subject="mức giá dịch vụ hoa tiêu hiện hành"),
    fig("30.000 GT", "30.000", 30000, "measure", "GT", optional=True, subject="tổng dung tích tàu hàng rời (ví dụ)"),
    fig("dài 6 hải lý", "6", 6, "measure", "hải lý", optional=True, subject="chiều dài tuyến luồng (ví dụ)"),
    fig("khoảng 576 USD", "576", 576, "money", "USD", approx="about",
        subject="chi phí hoa tiêu một lượt dẫn tàu hàng rời 30.000 GT trên tuyến luồng dài 6 hải lý"),
    fig("đầu tư 18,5 tỷ", "18,5", 18500000000, "money", "đồng",
        subject="tổng mức đầu tư dự án trạm hoa tiêu mới"),
    fig("khoảng 380 lượt", "380", 380, "count", "lượt tàu", approx="about", status="forecast",
        subject="lượt tàu chi nhánh dẫn thêm", period=REST),
    fig("hơn 2.100 lượt", "2.100", 2100, "count", "lượt", approx="over", status="forecast",
        subject="tổng số lượt tàu dẫn cả năm", period=YR),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Định): 'Cập nhật lúc 09:30, 08/11/2024', '(BĐ) -' tag, byline at the end.",
    "The pilot branch sits in TP Quy Nhơn and serves the ports of Quy Nhơn and Thị Nại: default location Quy Nhơn (the tag alone would imply Bình Định).",
    "Distractors: time 09:30, 'Ngày 12/9', 'lần thứ 3 trong năm', 'tàu LPG Hải Nam 18', 'phao số 6', 'quý I/2025' (completion date), 'phường Hải Cảng', '(BĐ)'.",
    "'riêng quý III đạt 532 lượt': 'riêng' is not a part-of cue in FIGURES.md, no total. 'Từ nay đến cuối năm' runs from the dateline to 31/12/2024.",
    "The fee example 'tàu hàng rời 30.000 GT … 6 hải lý' is hypothetical: 30.000 GT and 6 hải lý optional, the resulting 576 USD required ('một lượt' is a denominator).",
    "The hire price range stands in its own clause after '10 tháng qua …': a standing price, no period. 18,5 tỷ stands in the clause before 'dự kiến hoàn thành': actual. 'ít nhất 2 tàu lai' is a standing rule: actual, no period.",
]

if __name__ == "__main__":
    write("p1121-8", TEXT, NOTES, FIGS, published="2024-11-08", location="Quy Nhơn")
