"""p1345-1: province portal (Quảng Ninh): HPV vaccination of girls to 30/9/2024, screening YTD, 2025/2030 targets."""
from lib import F, opt_age, period, inherit, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Trang chủ > Tin tức - Sự kiện > Y tế - Giáo dục

Hơn 9.300 trẻ em gái được tiêm vắc xin HPV miễn phí

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Sở Y tế, tính đến ngày 30/9/2024, toàn tỉnh Quảng Ninh đã tiêm vắc xin phòng vi rút HPV cho 9.347 trẻ em gái học lớp 5 và lớp 6, đạt 86,2% kế hoạch năm. Trong đó, 5.112 em đã hoàn thành mũi thứ hai.

Chương trình được triển khai theo Kế hoạch số 186/KH-UBND của UBND tỉnh, với tổng kinh phí khoảng 14,5 tỷ đồng từ ngân sách tỉnh. Nếu tiêm dịch vụ, giá vắc xin trên thị trường khoảng 1,8 triệu đồng/mũi.

Các địa phương có tỷ lệ tiêm cao là TP Hạ Long (93,5%), TP Cẩm Phả (91,2%) và huyện Vân Đồn (90,4%); thấp nhất là huyện Bình Liêu với 64,8% do địa bàn rộng, nhiều học sinh ở bán trú.

Cùng với tiêm chủng, từ đầu năm đến nay, các cơ sở y tế đã khám sàng lọc ung thư cổ tử cung cho hơn 21.600 phụ nữ từ 30 đến 54 tuổi, tăng 18% so với cùng kỳ năm 2023; phát hiện 376 trường hợp tổn thương nghi ngờ, chiếm 1,7%, đều được chuyển tuyến điều trị sớm.

Năm 2025, ngành y tế phấn đấu tiêm cho ít nhất 95% trẻ em gái trong độ tuổi và sàng lọc thêm 25.000 phụ nữ; mục tiêu đến năm 2030 có 70% phụ nữ từ 35 đến 45 tuổi được sàng lọc bằng xét nghiệm HPV.

Tin liên quan:
- Quảng Ninh hưởng ứng Tháng hành động quốc gia về dân số năm 2024
- Bệnh viện Sản Nhi Quảng Ninh tiếp nhận kỹ thuật soi cổ tử cung mới
"""

ASOF = period("tính đến ngày 30/9/2024", None, "2024-09-30")
YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
TO2030 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Hơn 9.300", "9.300", 9300, "count", "trẻ em gái", approx="over",
      subject="trẻ em gái được tiêm vắc xin HPV miễn phí"),
    F("cho 9.347 trẻ em gái", "9.347", 9347, "count", "trẻ em gái", percent=86.2,
      subject="trẻ em gái được tiêm vắc xin phòng vi rút HPV", per=ASOF),
    F("5.112 em", "5.112", 5112, "count", "em", total=9347,
      subject="em đã hoàn thành mũi thứ hai", per=inherit(ASOF)),
    F("khoảng 14,5 tỷ", "14,5", 14.5e9, "money", "đồng", approx="about",
      subject="tổng kinh phí chương trình từ ngân sách tỉnh"),
    F("khoảng 1,8 triệu", "1,8", 1.8e6, "money", "đồng/mũi", approx="about",
      subject="giá vắc xin trên thị trường"),
    F("Hạ Long (93,5%)", "93,5", 93.5, "percent", "%", subject="tỷ lệ tiêm",
      per=inherit(ASOF), location="Hạ Long"),
    F("Cẩm Phả (91,2%)", "91,2", 91.2, "percent", "%", subject="tỷ lệ tiêm",
      per=inherit(ASOF), location="Cẩm Phả"),
    F("Vân Đồn (90,4%)", "90,4", 90.4, "percent", "%", subject="tỷ lệ tiêm",
      per=inherit(ASOF), location="Vân Đồn"),
    F("với 64,8%", "64,8", 64.8, "percent", "%", subject="tỷ lệ tiêm",
      per=inherit(ASOF), location="Bình Liêu"),
    F("hơn 21.600 phụ nữ", "21.600", 21600, "count", "phụ nữ", approx="over",
      change=change("increase", 18, "%", "cùng kỳ năm 2023"),
      subject="phụ nữ được khám sàng lọc ung thư cổ tử cung", per=YTD),
    opt_age("từ 30 đến 54 tuổi", "30", 30, 54),
    F("376 trường hợp", "376", 376, "count", "trường hợp", percent=1.7,
      subject="trường hợp tổn thương nghi ngờ", per=YTD),
    F("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
      subject="trẻ em gái trong độ tuổi được tiêm", per=Y25),
    F("thêm 25.000 phụ nữ", "25.000", 25000, "count", "phụ nữ", status="target",
      subject="phụ nữ được sàng lọc thêm", per=Y25),
    F("có 70% phụ nữ", "70", 70, "percent", "%", status="target",
      subject="phụ nữ từ 35 đến 45 tuổi được sàng lọc bằng xét nghiệm HPV", per=TO2030),
    opt_age("từ 35 đến 45 tuổi", "35", 35, 45),
]

NOTES = [
    "Province portal (Quảng Ninh): HPV vaccination of girls and cervical screening; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: 09:35, Lượt xem 1.862, 'lớp 5 và lớp 6', 'mũi thứ hai', Kế hoạch số 186/KH-UBND, 'năm 2024' in a link title.",
    "Headline 'Hơn 9.300 trẻ em gái' is a figure of its own (over), no period. 'đạt 86,2% kế hoạch năm' is the percent of 9.347.",
    "'Trong đó, 5.112 em' after a sentence break: total 9.347 (the girls vaccinated, same count); as-of period inherited.",
    "List of district rates: subject = the list's indicator 'tỷ lệ tiêm', place in location; the as-of date stands in an earlier paragraph (inherited).",
    "'từ đầu năm đến nay' ends at the dateline 2024-10-14. Age bounds of a population are optional (shared gold: 'từ 15 tuổi').",
    "'Năm 2025 ... phấn đấu' governs both clauses (target); 'mục tiêu đến năm 2030' → start null, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1345-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Quảng Ninh")
