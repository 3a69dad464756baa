from lib import *

TEXT = """Cổng Thông tin điện tử tỉnh Hà Tĩnh
Trang chủ > Tin tức - Sự kiện > Kinh tế

Hà Tĩnh: Dư nợ tín dụng chính sách xã hội đạt hơn 6.100 tỷ đồng

Cập nhật: 16/07/2024 08:45

Tính đến ngày 30/6/2024, tổng nguồn vốn tín dụng chính sách xã hội trên địa bàn tỉnh đạt 6.254 tỷ đồng, tăng 386 tỷ đồng so với cuối năm 2023; trong đó nguồn vốn ngân sách địa phương ủy thác qua Ngân hàng Chính sách xã hội (NHCSXH) đạt 712 tỷ đồng, chiếm 11,4% tổng nguồn vốn.

Tổng dư nợ đạt 6.138 tỷ đồng, tăng 371 tỷ đồng so với đầu năm, với hơn 108.000 khách hàng còn dư nợ tại 24 chương trình tín dụng. Sáu tháng đầu năm, doanh số cho vay đạt 1.027 tỷ đồng, giúp 21.450 lượt hộ nghèo và các đối tượng chính sách được vay vốn; doanh số thu nợ đạt 652 tỷ đồng.

Nguồn vốn đã góp phần giúp 1.860 hộ vượt qua ngưỡng nghèo; thu hút, tạo việc làm cho 3.240 lao động, trong đó có 415 lao động đi làm việc có thời hạn ở nước ngoài; giúp 1.320 học sinh, sinh viên vay vốn học tập; xây dựng 2.870 công trình nước sạch và vệ sinh môi trường nông thôn.

Chất lượng tín dụng tiếp tục được nâng lên: nợ quá hạn còn 9,6 tỷ đồng, giảm 1,2 tỷ đồng so với đầu năm, chiếm 0,16% tổng dư nợ. Một số địa phương có dư nợ tăng trưởng khá như huyện Hương Khê (8,7%), Vũ Quang (8,1%), Kỳ Anh (7,6%).

Phát biểu tại hội nghị sơ kết, Phó Chủ tịch UBND tỉnh, Trưởng Ban đại diện Hội đồng quản trị NHCSXH tỉnh đề nghị các địa phương tiếp tục thực hiện tốt Chỉ thị số 40-CT/TW và Kết luận số 06-KL/TW; phấn đấu đến cuối năm 2024, tổng dư nợ đạt 6.450 tỷ đồng, tỷ lệ nợ quá hạn dưới 0,15%.

Chi nhánh NHCSXH tỉnh Hà Tĩnh: số 28 đường Nguyễn Chí Thanh, TP Hà Tĩnh; điện thoại: 0239.3856.221.

Lượt xem: 1.284
"""

H1 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
S6 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
TG = P("đến cuối năm 2024", None, "2024-12-31")
B = 1e9

FIGS = [
    F("đạt hơn 6.100 tỷ đồng", "6.100", 6100 * B, "money", "đồng", "dư nợ tín dụng chính sách xã hội", I(H1), approx="over"),
    F("đạt 6.254 tỷ đồng", "6.254", 6254 * B, "money", "đồng", "tổng nguồn vốn tín dụng chính sách xã hội", H1,
      change=CH("increase", 386 * B, "đồng", "cuối năm 2023")),
    F("đạt 712 tỷ đồng", "712", 712 * B, "money", "đồng",
      "nguồn vốn ngân sách địa phương ủy thác qua Ngân hàng Chính sách xã hội", H1, total=6254 * B, percent=11.4),
    F("đạt 6.138 tỷ đồng", "6.138", 6138 * B, "money", "đồng", "tổng dư nợ", I(H1),
      change=CH("increase", 371 * B, "đồng", "đầu năm")),
    F("hơn 108.000 khách hàng", "108.000", 108000, "count", "khách hàng", "khách hàng còn dư nợ", I(H1), approx="over"),
    F("tại 24 chương trình", "24", 24, "count", "chương trình tín dụng", "chương trình tín dụng", I(H1)),
    F("đạt 1.027 tỷ đồng", "1.027", 1027 * B, "money", "đồng", "doanh số cho vay", S6),
    F("giúp 21.450 lượt", "21.450", 21450, "count", "lượt hộ nghèo và các đối tượng chính sách",
      "lượt hộ nghèo và các đối tượng chính sách được vay vốn", S6),
    F("đạt 652 tỷ đồng", "652", 652 * B, "money", "đồng", "doanh số thu nợ", S6),
    F("giúp 1.860 hộ", "1.860", 1860, "count", "hộ", "hộ vượt qua ngưỡng nghèo", I(S6)),
    F("cho 3.240 lao động", "3.240", 3240, "count", "lao động", "lao động được thu hút, tạo việc làm", I(S6)),
    F("có 415 lao động", "415", 415, "count", "lao động", "lao động đi làm việc có thời hạn ở nước ngoài", I(S6), total=3240),
    F("giúp 1.320 học sinh", "1.320", 1320, "count", "học sinh, sinh viên", "học sinh, sinh viên vay vốn học tập", I(S6)),
    F("xây dựng 2.870 công trình", "2.870", 2870, "count", "công trình",
      "công trình nước sạch và vệ sinh môi trường nông thôn", I(S6)),
    F("còn 9,6 tỷ đồng", "9,6", 9.6 * B, "money", "đồng", "nợ quá hạn", I(H1), percent=0.16,
      change=CH("decrease", 1.2 * B, "đồng", "đầu năm")),
    F("Hương Khê (8,7%)", "8,7", 8.7, "percent", "%", "dư nợ tăng trưởng", I(H1), location="Hương Khê"),
    F("Vũ Quang (8,1%)", "8,1", 8.1, "percent", "%", "dư nợ tăng trưởng", I(H1), location="Vũ Quang"),
    F("Kỳ Anh (7,6%)", "7,6", 7.6, "percent", "%", "dư nợ tăng trưởng", I(H1), location="Kỳ Anh"),
    F("đạt 6.450 tỷ đồng", "6.450", 6450 * B, "money", "đồng", "tổng dư nợ", TG, status="target"),
    F("dưới 0,15%", "0,15", 0.15, "percent", "%", "tỷ lệ nợ quá hạn", TG, approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Tĩnh: tín dụng chính sách xã hội 6 tháng đầu năm 2024 (nguồn vốn, dư nợ, doanh số cho vay/thu nợ, kết quả, nợ quá hạn).",
    "Province portal: breadcrumb, 'Cập nhật: 16/07/2024 08:45' dateline, 'Lượt xem: 1.284' counter at the foot (not a figure).",
    "Distractors: Chỉ thị số 40-CT/TW, Kết luận số 06-KL/TW, address 'số 28 đường Nguyễn Chí Thanh', phone 0239.3856.221.",
    "712 tỷ is a 'trong đó' part of the 6.254 tỷ capital; 415 lao động a part of 3.240. District growth rates in brackets are percent figures (the claim), location = district.",
    "'phấn đấu đến cuối năm 2024' makes both the 6.450 tỷ and 'dưới 0,15%' targets (as-of end 2024, start null).",
]

if __name__ == "__main__":
    emit("p567-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Hà Tĩnh")
