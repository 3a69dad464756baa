from lib import F, P, I, CH, emit

TEXT = """SỞ Y TẾ THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Tin tức > Y tế dự phòng
Ngày cập nhật 20/08/2024

Đà Nẵng: Tỷ lệ mắc sốt xuất huyết 6 tháng đầu năm giảm còn 52,4 ca/100.000 dân

Theo báo cáo sơ kết 6 tháng đầu năm 2024 của Sở Y tế, toàn thành phố ghi nhận 643 ca sốt xuất huyết, giảm 27,9% so với cùng kỳ; tỷ lệ mắc là 52,4 ca/100.000 dân, không có ca tử vong. Riêng quý II/2024 ghi nhận 418 ca, chiếm 65% tổng số ca 6 tháng. Các quận Liên Chiểu, Thanh Khê và Sơn Trà có số ca mắc cao nhất, lần lượt là 148, 126 và 97 ca.

Cũng trong 6 tháng, thành phố ghi nhận 412 ca tay chân miệng, 27 ca sởi và 156 ca thủy đậu. Ngành y tế đã xử lý 58 ổ dịch sốt xuất huyết, phun hóa chất cho 21.640 lượt hộ gia đình; tổ chức 2 đợt chiến dịch vệ sinh môi trường, diệt lăng quăng với khoảng 35.000 lượt người tham gia.

Tổng kinh phí phòng, chống dịch 6 tháng ước đạt 2,35 tỷ đồng, bằng 47% dự toán năm. Hiện nay, thành phố có 2,8 cán bộ y tế dự phòng/vạn dân; các ca bệnh nặng được điều trị tại Bệnh viện Đà Nẵng, Bệnh viện 199 và Bệnh viện Phụ sản - Nhi.

Theo Quyết định số 1825/QĐ-UBND, thành phố phấn đấu đến năm 2025 tỷ lệ mắc sốt xuất huyết dưới 70 ca/100.000 dân, tỷ lệ chết/mắc dưới 0,09%, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%.

Địa chỉ: số 103 Hùng Vương, quận Hải Châu; điện thoại: 0236.3822.214.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
RATE = "tỷ lệ mắc sốt xuất huyết"

FIGS = [
    F("giảm còn 52,4 ca/100.000 dân", "52,4", 52.4, "measure", "ca/100.000 dân", RATE,
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("ghi nhận 643 ca", "643", 643, "count", "ca", "ca sốt xuất huyết", H1,
      change=CH("decrease", 27.9, "%", "cùng kỳ")),
    F("là 52,4 ca/100.000 dân", "52,4", 52.4, "measure", "ca/100.000 dân", RATE, H1),
    F("ghi nhận 418 ca", "418", 418, "count", "ca", "ca sốt xuất huyết", P("quý II/2024", "2024-04-01", "2024-06-30"),
      percent=65),
    F("là 148,", "148", 148, "count", "ca", "số ca mắc sốt xuất huyết", I(H1), location="Liên Chiểu"),
    F("148, 126", "126", 126, "count", "ca", "số ca mắc sốt xuất huyết", I(H1), location="Thanh Khê"),
    F("và 97 ca", "97", 97, "count", "ca", "số ca mắc sốt xuất huyết", I(H1), location="Sơn Trà"),
    F("412 ca tay", "412", 412, "count", "ca", "ca tay chân miệng", P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("27 ca sởi", "27", 27, "count", "ca", "ca sởi", P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("156 ca thủy đậu", "156", 156, "count", "ca", "ca thủy đậu", P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("xử lý 58 ổ dịch", "58", 58, "count", "ổ dịch", "ổ dịch sốt xuất huyết được xử lý", I(H1)),
    F("21.640 lượt", "21.640", 21640, "count", "lượt hộ gia đình", "lượt hộ gia đình được phun hóa chất", I(H1)),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt chiến dịch vệ sinh môi trường, diệt lăng quăng", I(H1)),
    F("khoảng 35.000 lượt", "35.000", 35000, "count", "lượt người", "lượt người tham gia chiến dịch", I(H1), approx="about"),
    F("ước đạt 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "tổng kinh phí phòng, chống dịch",
      P("6 tháng", "2024-01-01", "2024-06-30"), percent=47, status="estimate"),
    F("2,8 cán bộ", "2,8", 2.8, "measure", "cán bộ y tế dự phòng/vạn dân", "cán bộ y tế dự phòng trên vạn dân"),
    F("dưới 70 ca", "70", 70, "measure", "ca/100.000 dân", RATE, T25, approx="under", status="target"),
    F("dưới 0,09%", "0,09", 0.09, "percent", "%", "tỷ lệ chết/mắc sốt xuất huyết", T25, approx="under", status="target"),
    F("trẻ dưới 1 tuổi", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ", T25,
      approx="over", status="target"),
]

COMMENTS = [
    "Probe 614-8. City department site (Sở Y tế Đà Nẵng, 'Ngày cập nhật 20/08/2024', no time): six-month review 2024 of",
    "communicable-disease control. Rates per 100.000 dân and per vạn dân keep the denominator in the unit. 'lần lượt là 148, 126",
    "và 97 ca' maps to Liên Chiểu, Thanh Khê, Sơn Trà (location). 'chiếm 65% tổng số ca 6 tháng' is the share of 418 (percent);",
    "no 'trong đó'-type cue, so no total. 'Hiện nay' gives no period. Targets 'đến năm 2025' end 2025-12-31.",
    "Not figures: Quyết định số 1825/QĐ-UBND, Bệnh viện 199, số 103 Hùng Vương, phone; 'dưới 1 tuổi' optional.",
]

if __name__ == "__main__":
    emit("p614-8", TEXT, COMMENTS, FIGS, published="2024-08-20", location="Đà Nẵng")
