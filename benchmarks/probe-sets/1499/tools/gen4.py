"""p1499-4: ministry site (Bộ KH&CN): quality checks of imported flashlights and rechargeable lamps, 4 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Trang chủ > Tin tức - Sự kiện > Tiêu chuẩn - Đo lường - Chất lượng

Gần 1.240 hồ sơ kiểm tra chất lượng đèn pin, đèn sạc nhập khẩu trong 4 tháng

22/05/2024 | 10:15 | Tổng cục Tiêu chuẩn Đo lường Chất lượng

Trong 4 tháng đầu năm 2024, các cơ quan kiểm tra đã tiếp nhận 1.236 hồ sơ đăng ký kiểm tra nhà nước về chất lượng đối với đèn pin, đèn sạc và đèn chiếu sáng khẩn cấp nhập khẩu, tăng 18,2% so với cùng kỳ năm 2023. Trong số này, 1.187 hồ sơ đạt yêu cầu, 49 hồ sơ không đạt, chủ yếu do dung lượng pin thấp hơn mức công bố. Hàng nhập khẩu từ Trung Quốc chiếm khoảng 82% số hồ sơ.

Ước tính mỗi năm Việt Nam nhập khẩu khoảng 25 triệu chiếc đèn pin, đèn sạc các loại, trị giá trên 60 triệu USD.

Qua kiểm tra 312 cơ sở kinh doanh tại 15 tỉnh, thành phố, các đoàn kiểm tra phát hiện 27 cơ sở bán đèn sạc không ghi nhãn hoặc không có dấu hợp quy CR, xử phạt 418 triệu đồng, buộc tiêu hủy hơn 2.600 sản phẩm. Đèn sạc đứng thứ 3 trong nhóm sản phẩm điện, điện tử bị phát hiện vi phạm nhiều nhất.

Theo QCVN 4:2009/BKHCN, đèn sạc lưu thông trên thị trường phải được chứng nhận hợp quy. Mục tiêu đến năm 2025, 100% đèn chiếu sáng khẩn cấp lưu thông trên thị trường có dấu hợp quy. Trong quý III/2024, Tổng cục dự kiến thành lập 2 đoàn kiểm tra liên ngành, làm việc tại 6 tỉnh, thành phố có nhiều cơ sở nhập khẩu.

Bộ Khoa học và Công nghệ - 113 Trần Duy Hưng, Cầu Giấy, Hà Nội
Giấy phép số 29/GP-TTĐT
"""

FOUR = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
FOUR_SHORT = per("4 tháng", "2024-01-01", "2024-04-30")
TO25 = per("đến năm 2025", None, "2025-12-31")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    fig("Gần 1.240 hồ sơ", "1.240", 1240, "count", "hồ sơ", approx="nearly",
        subject="hồ sơ kiểm tra chất lượng đèn pin, đèn sạc nhập khẩu", period=FOUR_SHORT),
    fig("tiếp nhận 1.236 hồ sơ", "1.236", 1236, "count", "hồ sơ",
        change=chg("increase", 18.2, "%", "cùng kỳ năm 2023"),
        subject="hồ sơ đăng ký kiểm tra nhà nước về chất lượng đối với đèn pin, đèn sạc và đèn chiếu sáng khẩn cấp nhập khẩu",
        period=FOUR),
    fig("1.187 hồ sơ", "1.187", 1187, "count", "hồ sơ", total=1236, subject="hồ sơ đạt yêu cầu",
        period=inh(FOUR)),
    fig("49 hồ sơ", "49", 49, "count", "hồ sơ", total=1236, subject="hồ sơ không đạt", period=inh(FOUR)),
    fig("khoảng 82%", "82", 82, "percent", "%", approx="about",
        subject="hàng nhập khẩu từ Trung Quốc trong số hồ sơ", period=inh(FOUR)),
    fig("khoảng 25 triệu", "25", 25e6, "measure", "chiếc/năm", approx="about", status="estimate",
        subject="đèn pin, đèn sạc Việt Nam nhập khẩu mỗi năm"),
    fig("trên 60 triệu", "60", 60e6, "money", "USD", approx="over", status="estimate",
        subject="trị giá đèn pin, đèn sạc nhập khẩu mỗi năm"),
    fig("kiểm tra 312 cơ sở", "312", 312, "count", "cơ sở", subject="cơ sở kinh doanh được kiểm tra"),
    fig("tại 15 tỉnh", "15", 15, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được kiểm tra"),
    fig("phát hiện 27 cơ sở", "27", 27, "count", "cơ sở",
        subject="cơ sở bán đèn sạc không ghi nhãn hoặc không có dấu hợp quy"),
    fig("xử phạt 418 triệu", "418", 418e6, "money", "đồng", subject="tiền xử phạt"),
    fig("hơn 2.600 sản phẩm", "2.600", 2600, "count", "sản phẩm", approx="over",
        subject="sản phẩm buộc tiêu hủy"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="đèn sạc trong nhóm sản phẩm điện, điện tử bị phát hiện vi phạm nhiều nhất"),
    fig("100% đèn", "100", 100, "percent", "%", status="target",
        subject="đèn chiếu sáng khẩn cấp lưu thông trên thị trường có dấu hợp quy", period=TO25),
    fig("lập 2 đoàn", "2", 2, "count", "đoàn", status="forecast",
        subject="đoàn kiểm tra liên ngành thành lập", period=Q3),
    fig("tại 6 tỉnh", "6", 6, "count", "tỉnh, thành phố", status="forecast",
        subject="tỉnh, thành phố có nhiều cơ sở nhập khẩu đoàn kiểm tra làm việc", period=Q3),
]

NOTES = [
    "Ministry site (Bộ Khoa học và Công nghệ): quality checks of imported đèn pin, đèn sạc, đèn chiếu sáng khẩn cấp; '22/05/2024 | 10:15 | Tổng cục ...'.",
    "Distractors: 10:15, 'QCVN 4:2009/BKHCN', 'dấu hợp quy CR', '113 Trần Duy Hưng', 'Giấy phép số 29/GP-TTĐT', 'cùng kỳ năm 2023'.",
    "National figures: location Việt Nam throughout (Trung Quốc is a trade partner; '15 tỉnh, thành phố' is a count of provinces).",
    "Headline 'Gần 1.240 hồ sơ ... trong 4 tháng': its own figure (nearly); year-less '4 tháng' takes 2024 from published.",
    "'Trong số này, 1.187 ..., 49 ...' are parts of 1.236 hồ sơ (they add up): total 1236, period inherited.",
    "'Ước tính mỗi năm ... khoảng 25 triệu chiếc' is a yearly rate (measure, chiếc/năm), estimate + about; the value clause continues it (estimate, over).",
    "The inspection paragraph and the rank have no period phrase of their own (no period given). 'phát hiện 27 cơ sở' after 'kiểm tra 312 cơ sở' has no part-of cue: no total.",
    "'Mục tiêu đến năm 2025, 100% ...' target, start null. 'Trong quý III/2024, ... dự kiến ... 2 đoàn ..., ... 6 tỉnh' forecast.",
]

if __name__ == "__main__":
    write("p1499-4", TEXT, NOTES, FIGS, published="2024-05-22", location="Việt Nam")
