"""p742-8: commune portal (xã Hòa Tiến, huyện Hòa Vang, Đà Nẵng), Bếp ăn tình thương, 6 tháng đầu năm 2024."""
from lib import F, P, I, CH, emit

TEXT = """UBND XÃ HÒA TIẾN - HUYỆN HÒA VANG - THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Tin tức > Hoạt động đoàn thể

Bếp ăn tình thương xã Hòa Tiến: 6 tháng đầu năm trao 14.560 suất cơm

Ngày đăng: 08/07/2024 | Người đăng: Văn phòng - Thống kê

Sáu tháng đầu năm 2024, Bếp ăn tình thương xã Hòa Tiến đã trao 14.560 suất cơm cho người già neo đơn, người khuyết tật, hộ nghèo và bệnh nhân chạy thận trên địa bàn, đạt 56% kế hoạch năm. Trong đó, quý I trao 6.820 suất, quý II trao 7.740 suất, tăng 13,5% so với quý I.

Bếp do Ủy ban MTTQ Việt Nam xã phối hợp với Hội Liên hiệp Phụ nữ xã duy trì từ năm 2019, hoạt động vào thứ Hai, thứ Tư, thứ Sáu tại Nhà văn hóa thôn Lệ Sơn 1. Mỗi buổi bếp nấu từ 180 đến 200 suất; suất cơm được chở đến tận nhà cho 37 người không tự đi lại được.

Trong 6 tháng, bếp đã tiếp nhận 96,5 triệu đồng tiền mặt và 3.250 kg gạo từ 214 lượt nhà hảo tâm; trong đó, con em xa quê đóng góp 41,2 triệu đồng. Có 85 tình nguyện viên thuộc 11 thôn tham gia nấu nướng, phần lớn là hội viên phụ nữ trên 50 tuổi.

Năm 2024, xã phấn đấu trao 26.000 suất cơm và vận động thêm ít nhất 50 triệu đồng để sửa chữa bếp, thay mới 2 nồi cơm công nghiệp.

Mọi chi tiết xin liên hệ: bà Trần Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã, điện thoại 0905.123.456.
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("năm trao 14.560 suất cơm", "14.560", 14560, "count", "suất cơm", "suất cơm Bếp ăn tình thương xã Hòa Tiến trao",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("đã trao 14.560 suất cơm", "14.560", 14560, "count", "suất cơm",
      "suất cơm Bếp ăn tình thương xã Hòa Tiến trao cho người già neo đơn, người khuyết tật, hộ nghèo và bệnh nhân chạy thận",
      H1, percent=56),
    F("quý I trao 6.820 suất", "6.820", 6820, "count", "suất", "suất cơm trao trong quý I",
      P("quý I", "2024-01-01", "2024-03-31"), total=14560),
    F("quý II trao 7.740 suất", "7.740", 7740, "count", "suất", "suất cơm trao trong quý II",
      P("quý II", "2024-04-01", "2024-06-30"), total=14560, change=CH("increase", 13.5, "%", "quý I")),
    F("từ 180 đến 200 suất", "180", 180, "count", "suất", "suất bếp nấu mỗi buổi", value_max=200),
    F("cho 37 người", "37", 37, "count", "người", "người không tự đi lại được được chở suất cơm đến tận nhà"),
    F("tiếp nhận 96,5 triệu đồng", "96,5", 96.5e6, "money", "đồng", "tiền mặt bếp đã tiếp nhận", H1b),
    F("và 3.250 kg gạo", "3.250", 3250, "measure", "kg", "gạo bếp đã tiếp nhận", H1b),
    F("từ 214 lượt", "214", 214, "count", "lượt", "lượt nhà hảo tâm đóng góp", H1b),
    F("đóng góp 41,2 triệu đồng", "41,2", 41.2e6, "money", "đồng", "tiền con em xa quê đóng góp", H1b,
      total=96.5e6),
    F("Có 85 tình nguyện viên", "85", 85, "count", "tình nguyện viên", "tình nguyện viên tham gia nấu nướng"),
    F("thuộc 11 thôn", "11", 11, "count", "thôn", "thôn có tình nguyện viên tham gia nấu nướng"),
    F("trên 50 tuổi", "50", 50, "measure", "tuổi", "tuổi hội viên phụ nữ tham gia nấu nướng", approx="over",
      optional=True),
    F("trao 26.000 suất cơm", "26.000", 26000, "count", "suất cơm", "suất cơm xã trao", Y24, status="target"),
    F("ít nhất 50 triệu đồng", "50", 50e6, "money", "đồng", "kinh phí vận động thêm để sửa chữa bếp", Y24,
      approx="at_least", status="target"),
    F("thay mới 2 nồi", "2", 2, "count", "nồi cơm công nghiệp", "nồi cơm công nghiệp thay mới", Y24, status="target"),
]

COMMENTS = [
    "Commune portal (UBND xã Hòa Tiến, huyện Hòa Vang, Đà Nẵng): Bếp ăn tình thương, 6 tháng đầu năm 2024; 'Ngày đăng: 08/07/2024'.",
    "A commune is below the spec's place levels (province, city, district): location is the district Hòa Vang (annotation choice).",
    "'thôn Lệ Sơn 1', 'năm 2019', weekday names, the phone number are not figures; 'trên 50 tuổi' is an age threshold: optional.",
    "'đạt 56% kế hoạch năm' is the share of 14.560; quý I/quý II are parts of the half-year total and take 2024 from the lead.",
    "'trong đó, con em xa quê đóng góp 41,2 triệu đồng' follows '214 lượt nhà hảo tâm' but counts money: its whole is the",
    "96,5 triệu đồng of the same clause (FIGURES.md: the whole counts the same thing over the same period).",
    "Headline '6 tháng đầu năm' takes its year from the published date (no earlier date in the article).",
]

if __name__ == "__main__":
    emit("p742-8", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Hòa Vang")
