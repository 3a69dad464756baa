"""p1515-3: ministry site (Bộ Y tế, Cục An toàn thực phẩm): national post-market checks of bottles, nipples, feeding ware 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỤC AN TOÀN THỰC PHẨM
Trang chủ > Tin tức > Hoạt động của Cục

Hậu kiểm dụng cụ chứa đựng thực phẩm cho trẻ nhỏ: 6,8% mẫu không đạt

Ngày đăng: 25/11/2024

Thực hiện Kế hoạch số 1125/KH-ATTP, từ tháng 4 đến tháng 10/2024, Cục An toàn thực phẩm phối hợp với Sở Y tế 15 tỉnh, thành phố lấy 1.240 mẫu bình sữa, núm ti, cốc và thìa ăn dặm đang lưu thông trên thị trường để kiểm nghiệm theo QCVN 12-1:2011/BYT và QCVN 12-3:2011/BYT.

Kết quả, 1.156 mẫu đạt yêu cầu, chiếm 93,2%; 84 mẫu không đạt, chiếm 6,8%, chủ yếu do thôi nhiễm kim loại nặng và chất hữu cơ vượt giới hạn cho phép. Trong số mẫu không đạt, có 61 mẫu là hàng nhập khẩu không rõ nguồn gốc, bán qua mạng xã hội và sàn thương mại điện tử.

Đáng chú ý, tỷ lệ không đạt ở nhóm núm ti silicone là 11,5%, cao gấp hơn 2 lần nhóm bình sữa thủy tinh (4,9%). Các địa phương có tỷ lệ mẫu không đạt cao nhất là Lạng Sơn (14,2%), Quảng Ninh (10,8%) và An Giang (9,6%).

Tại TP Hồ Chí Minh, Chi cục An toàn vệ sinh thực phẩm đã xử phạt gần ba chục cơ sở với tổng số tiền hơn 410 triệu đồng, buộc tiêu hủy khoảng 18.000 sản phẩm.

Năm 2025, Cục dự kiến mở rộng hậu kiểm ra 25 tỉnh, thành phố với khoảng 2.000 mẫu, trong đó ít nhất 30% mẫu lấy từ kênh bán hàng trực tuyến. Người dân phát hiện sản phẩm nghi vấn có thể phản ánh qua đường dây nóng 024.3846.4489.

Bài viết khác:
- Hướng dẫn ghi nhãn sản phẩm dinh dưỡng dùng cho trẻ đến 36 tháng tuổi
- Hội nghị tổng kết công tác bảo đảm an toàn thực phẩm năm 2024
"""

CAMP = per("từ tháng 4 đến tháng 10/2024", "2024-04-01", "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("6,8% mẫu không đạt", "6,8", 6.8, "percent", "%", subject="mẫu không đạt"),
    fig("Sở Y tế 15 tỉnh", "15", 15, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố phối hợp lấy mẫu", period=CAMP),
    fig("lấy 1.240 mẫu", "1.240", 1240, "count", "mẫu",
        subject="mẫu bình sữa, núm ti, cốc và thìa ăn dặm lấy để kiểm nghiệm", period=CAMP),
    fig("1.156 mẫu", "1.156", 1156, "count", "mẫu", percent=93.2,
        subject="mẫu đạt yêu cầu", period=inh(CAMP)),
    fig("84 mẫu", "84", 84, "count", "mẫu", percent=6.8,
        subject="mẫu không đạt", period=inh(CAMP)),
    fig("có 61 mẫu", "61", 61, "count", "mẫu", total=84,
        subject="mẫu là hàng nhập khẩu không rõ nguồn gốc", period=inh(CAMP)),
    fig("là 11,5%", "11,5", 11.5, "percent", "%",
        change=chg("increase", 2, "lần", "nhóm bình sữa thủy tinh", approx="over"),
        subject="tỷ lệ không đạt ở nhóm núm ti silicone", period=inh(CAMP)),
    fig("(4,9%)", "4,9", 4.9, "percent", "%", subject="tỷ lệ không đạt nhóm bình sữa thủy tinh",
        period=inh(CAMP)),
    fig("Lạng Sơn (14,2%)", "14,2", 14.2, "percent", "%", subject="tỷ lệ mẫu không đạt", location="Lạng Sơn",
        period=inh(CAMP)),
    fig("Quảng Ninh (10,8%)", "10,8", 10.8, "percent", "%", subject="tỷ lệ mẫu không đạt", location="Quảng Ninh",
        period=inh(CAMP)),
    fig("An Giang (9,6%)", "9,6", 9.6, "percent", "%", subject="tỷ lệ mẫu không đạt", location="An Giang",
        period=inh(CAMP)),
    fig("gần ba chục cơ sở", "ba chục", 30, "count", "cơ sở", approx="nearly",
        subject="cơ sở bị xử phạt", location=HCM),
    fig("hơn 410 triệu", "410", 410e6, "money", "đồng", approx="over",
        subject="tổng số tiền xử phạt", location=HCM),
    fig("khoảng 18.000 sản phẩm", "18.000", 18000, "count", "sản phẩm", approx="about",
        subject="sản phẩm buộc tiêu hủy", location=HCM),
    fig("ra 25 tỉnh", "25", 25, "count", "tỉnh, thành phố", status="forecast",
        subject="tỉnh, thành phố mở rộng hậu kiểm", period=Y25),
    fig("khoảng 2.000 mẫu", "2.000", 2000, "count", "mẫu", approx="about", status="forecast",
        subject="mẫu hậu kiểm", period=Y25),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="forecast",
        subject="mẫu lấy từ kênh bán hàng trực tuyến", period=Y25),
]

NOTES = [
    "Ministry site (Bộ Y tế, Cục An toàn thực phẩm): breadcrumb, 'Ngày đăng: 25/11/2024', 'Bài viết khác'. National: location Việt Nam.",
    "Distractors: 'Kế hoạch số 1125/KH-ATTP', 'QCVN 12-1:2011/BYT', 'QCVN 12-3:2011/BYT', hotline 024.3846.4489, '36 tháng tuổi' (a product",
    "category in a link title), 'năm 2024' in a link title.",
    "'từ tháng 4 đến tháng 10/2024' → 2024-04-01..2024-10-31 (the year of the end month also applies to the start).",
    "'Kết quả, 1.156 mẫu đạt ..., chiếm 93,2%; 84 mẫu không đạt, chiếm 6,8%' → percent attributes; no part-of cue, so no total 1.240.",
    "'Trong số mẫu không đạt, có 61 mẫu' → total 84 (the whole the cue names, stated just before).",
    "'11,5%, cao gấp hơn 2 lần nhóm bình sữa thủy tinh (4,9%)' → the 11,5% carries change increase 2 lần (over); the 4,9% is a figure of its own.",
    "Provincial list 'Lạng Sơn (14,2%), ...' → subject is the list's indicator, the province goes to location.",
    "'gần ba chục cơ sở' = 30, nearly. The TP Hồ Chí Minh sentence gets that location; no period in it (not inherited: it is not said to be in the campaign).",
    "'Năm 2025, Cục dự kiến ...' → forecast for 25 tỉnh, 2.000 mẫu and the 30% share in the same sentence.",
]

if __name__ == "__main__":
    write("p1515-3", TEXT, NOTES, FIGS, published="2024-11-25", location="Việt Nam")
