from lib import F, P, Y, build

TEXT = """Kết nối ngân hàng – doanh nghiệp: tháo gỡ khó khăn về vốn cho doanh nghiệp nhỏ và vừa
Ngày đăng: 21/08/2024 | Lượt xem: 1.027

Sáng 20/8, tại Hội trường UBND tỉnh (số 88 đường Hoàng Thái Hiếu, Phường 1, TP Vĩnh Long), Sở Kế hoạch và Đầu tư phối hợp với Ngân hàng Nhà nước chi nhánh tỉnh Vĩnh Long tổ chức Hội nghị kết nối ngân hàng – doanh nghiệp với sự tham dự của hơn 150 doanh nghiệp.

Theo báo cáo tại hội nghị, 6 tháng đầu năm 2024, dư nợ cho vay doanh nghiệp nhỏ và vừa trên địa bàn tỉnh đạt 18,64 nghìn tỷ đồng, tăng 5,8% so với đầu năm, chiếm 31,2% tổng dư nợ cho vay nền kinh tế. Lãi suất cho vay ngắn hạn phổ biến từ 6,5% đến 9%/năm, giảm 0,5 điểm phần trăm so với cùng kỳ.

Trong 6 tháng, toàn tỉnh có 318 doanh nghiệp thành lập mới với tổng vốn đăng ký 2.145 tỷ đồng; trong đó thành phố Vĩnh Long 96 doanh nghiệp, thị xã Bình Minh 41 doanh nghiệp, huyện Long Hồ 38 doanh nghiệp, các huyện còn lại từ 15 đến 30 doanh nghiệp.

Đến nay, Quỹ Bảo lãnh tín dụng tỉnh đã bảo lãnh cho 27 doanh nghiệp vay vốn, tổng giá trị bảo lãnh gần 96 tỷ đồng; tỷ lệ doanh nghiệp được bảo lãnh trả nợ đúng hạn đạt 100%.

Tại hội nghị, các ngân hàng thương mại đã ký kết cam kết cho vay 42 doanh nghiệp với tổng hạn mức tín dụng 1.250 tỷ đồng. Doanh nghiệp đã nêu 17 ý kiến, kiến nghị, chủ yếu về tài sản bảo đảm và thủ tục thẩm định; 12/17 kiến nghị đã được các ngân hàng và sở, ngành trả lời trực tiếp tại hội nghị, số còn lại sẽ được trả lời bằng văn bản trước ngày 15/9.

Doanh nghiệp cần hỗ trợ về vốn vui lòng liên hệ đường dây nóng 0270.3822.431 hoặc Phòng Đăng ký kinh doanh, Sở Kế hoạch và Đầu tư.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
T6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
DN = P("Đến nay", None, "2024-08-21")

FIGS = [
    F("hơn 150 doanh nghiệp", "150", 150, "count", "doanh nghiệp", "doanh nghiệp tham dự hội nghị", approx="over"),
    F("đạt 18,64 nghìn tỷ", "18,64", 18.64e12, "money", "đồng", "dư nợ cho vay doanh nghiệp nhỏ và vừa",
      change={"direction": "increase", "value": 5.8, "unit": "%", "baseline": "đầu năm"}, percent=31.2, period=H1),
    F("từ 6,5% đến 9%", "6,5", 6.5, "percent", "%", "lãi suất cho vay ngắn hạn", value_max=9,
      change={"direction": "decrease", "value": 0.5, "unit": "điểm phần trăm", "baseline": "cùng kỳ"}, period=H1i),
    F("có 318 doanh nghiệp", "318", 318, "count", "doanh nghiệp", "doanh nghiệp thành lập mới", period=T6),
    F("ký 2.145 tỷ", "2.145", 2145e9, "money", "đồng", "tổng vốn đăng ký", period=T6),
    F("Vĩnh Long 96 doanh", "96", 96, "count", "doanh nghiệp", "doanh nghiệp thành lập mới", total=318, period=T6),
    F("Bình Minh 41 doanh", "41", 41, "count", "doanh nghiệp", "doanh nghiệp thành lập mới", total=318, period=T6,
      location="Bình Minh"),
    F("Long Hồ 38 doanh", "38", 38, "count", "doanh nghiệp", "doanh nghiệp thành lập mới", total=318, period=T6,
      location="Long Hồ"),
    F("từ 15 đến 30 doanh", "15", 15, "count", "doanh nghiệp", "doanh nghiệp thành lập mới",
      value_max=30, total=318, period=T6),
    F("cho 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", "doanh nghiệp được Quỹ Bảo lãnh tín dụng bảo lãnh vay vốn",
      period=DN),
    F("gần 96 tỷ", "96", 96e9, "money", "đồng", "tổng giá trị bảo lãnh", approx="nearly", period=DN),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ doanh nghiệp được bảo lãnh trả nợ đúng hạn", period=DN),
    F("cho vay 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp", "doanh nghiệp được ngân hàng cam kết cho vay"),
    F("mức tín dụng 1.250 tỷ", "1.250", 1250e9, "money", "đồng", "tổng hạn mức tín dụng"),
    F("nêu 17 ý kiến", "17", 17, "count", "ý kiến, kiến nghị", "ý kiến, kiến nghị doanh nghiệp nêu"),
    F("12/17 kiến nghị", "12", 12, "count", "kiến nghị", "kiến nghị được trả lời trực tiếp tại hội nghị", total=17),
]

COMMENTS = [
    "Sở KH&ĐT Vĩnh Long (department site): bank-business connection conference; SME credit, new firms by district, guarantee fund.",
    "Dateline 'Ngày đăng: 21/08/2024 | Lượt xem: 1.027' (counter is page furniture). Distractors: 'Sáng 20/8', 'số 88 đường Hoàng Thái Hiếu',",
    "'Phường 1', 'trước ngày 15/9', hotline 0270.3822.431.",
    "'18,64 nghìn tỷ đồng' = 1.864e13 đồng; its change (tăng 5,8% so với đầu năm) and share (chiếm 31,2%) attach to it.",
    "Rate range 'từ 6,5% đến 9%/năm' is one percent figure with value_max; 'giảm 0,5 điểm phần trăm so với cùng kỳ' is its change.",
    "'Trong 6 tháng' has no year: the nearest earlier period is '6 tháng đầu năm 2024' → 2024-01-01..2024-06-30.",
    "District list after 'trong đó' follows the whole '318 doanh nghiệp': each item total 318; districts are locations (TP Vĩnh Long = the province name).",
    "The range for 'các huyện còn lại' also stands in the trong-đó breakdown: total 318, location the province (no single district).",
    "'Đến nay' ends at the dateline (2024-08-21). The conference figures (150, 42, 1.250 tỷ, 17, 12/17) have no stated period (null).",
    "revised after the first run: the range item 'các huyện còn lại' takes the list's indicator as subject (places never go into the subject).",
]

if __name__ == "__main__":
    build("p388-2", TEXT, COMMENTS, FIGS, published="2024-08-21", location="Vĩnh Long")
