"""p862-8: provincial newspaper online (Báo Lâm Đồng), headline figure, '(BLĐ) -' tag, 11 months 2023."""
from lib import F, P, I, C, write

TEXT = """
Lâm Đồng: Doanh thu dịch vụ giặt là đạt hơn 290 tỷ đồng trong 11 tháng
Cập nhật: 16:40, 14/12/2023

(BLĐ) - 11 tháng năm 2023, doanh thu dịch vụ giặt là, giặt sấy trên địa bàn tỉnh ước đạt 293,6 tỷ đồng, tăng 17,3% so với cùng kỳ năm 2022, đạt 96,5% kế hoạch năm. Trong đó, riêng TP Đà Lạt ước đạt 212,6 tỷ đồng, chiếm 72,4%. Tính riêng tháng 11/2023, doanh thu ước đạt 27,8 tỷ đồng, tăng 4,2% so với tháng trước.

Toàn tỉnh hiện có 486 cơ sở giặt là, giặt sấy, trong đó 61 cơ sở giặt công nghiệp phục vụ gần 1.100 khách sạn, nhà nghỉ, homestay. Số cơ sở tập trung ở TP Đà Lạt (327 cơ sở), TP Bảo Lộc (68 cơ sở) và huyện Đức Trọng (41 cơ sở), chủ yếu dọc Quốc lộ 20 và các tuyến phố trung tâm.

Giá giặt hấp chăn, ga, gối tại Đà Lạt dao động 25.000-30.000 đồng/kg, tăng khoảng 10% so với năm trước do giá điện, hóa chất tăng.

Theo ông Lê Văn Năm, chủ cơ sở giặt khô trên đường Phan Đình Phùng, Phường 1, TP Đà Lạt, vào mùa cao điểm cuối năm lượng khách tăng 30-40%, cơ sở phải thuê thêm 5 lao động thời vụ và làm việc đến 22 giờ.

Sở Công Thương cho biết, năm 2024 tỉnh phấn đấu doanh thu dịch vụ giặt là đạt 340 tỷ đồng, tăng khoảng 8% so với năm 2023; dự kiến có thêm 8 cơ sở giặt công nghiệp tại Khu du lịch quốc gia hồ Tuyền Lâm đi vào hoạt động.

Đức Nguyên
"""

M11 = P("11 tháng năm 2023", "2023-01-01", "2023-11-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "cơ sở giặt là, giặt sấy"

FIGS = [
    F("hơn 290 tỷ đồng", "290", 290_000_000_000, "money", "đồng", approx="over",
      subject="doanh thu dịch vụ giặt là", period=P("trong 11 tháng", "2023-01-01", "2023-11-30")),
    F("ước đạt 293,6 tỷ đồng", "293,6", 293_600_000_000, "money", "đồng", status="estimate",
      change=C("increase", 17.3, "%", "cùng kỳ năm 2022"), percent=96.5,
      subject="doanh thu dịch vụ giặt là, giặt sấy", period=M11),
    F("ước đạt 212,6 tỷ đồng", "212,6", 212_600_000_000, "money", "đồng", status="estimate",
      total=293_600_000_000, percent=72.4,
      subject="doanh thu dịch vụ giặt là, giặt sấy", period=I(M11), location="Đà Lạt"),
    F("ước đạt 27,8 tỷ đồng", "27,8", 27_800_000_000, "money", "đồng", status="estimate",
      change=C("increase", 4.2, "%", "tháng trước"), subject="doanh thu dịch vụ giặt là",
      period=P("tháng 11/2023", "2023-11-01", "2023-11-30")),
    F("có 486 cơ sở", "486", 486, "count", "cơ sở", subject=SUBJ),
    F("trong đó 61 cơ sở", "61", 61, "count", "cơ sở", total=486, subject="cơ sở giặt công nghiệp"),
    F("gần 1.100 khách sạn", "1.100", 1100, "count", "khách sạn", approx="nearly",
      subject="khách sạn, nhà nghỉ, homestay được cơ sở giặt công nghiệp phục vụ"),
    F("Đà Lạt (327 cơ sở)", "327", 327, "count", "cơ sở", subject=SUBJ, location="Đà Lạt"),
    F("Bảo Lộc (68 cơ sở)", "68", 68, "count", "cơ sở", subject=SUBJ, location="Bảo Lộc"),
    F("Đức Trọng (41 cơ sở)", "41", 41, "count", "cơ sở", subject=SUBJ, location="Đức Trọng"),
    F("25.000-30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", value_max=30000,
      change=C("increase", 10, "%", "năm trước", approx="about"),
      subject="giá giặt hấp chăn, ga, gối", location="Đà Lạt"),
    F("tăng 30-40%", "30", 30, "percent", "%", value_max=40,
      subject="lượng khách mùa cao điểm cuối năm tăng", location="Đà Lạt"),
    F("thêm 5 lao động", "5", 5, "count", "lao động", subject="lao động thời vụ thuê thêm",
      location="Đà Lạt"),
    F("đạt 340 tỷ đồng", "340", 340_000_000_000, "money", "đồng", status="target",
      change=C("increase", 8, "%", "năm 2023", approx="about"),
      subject="doanh thu dịch vụ giặt là", period=Y24),
    F("thêm 8 cơ sở", "8", 8, "count", "cơ sở", status="forecast",
      subject="cơ sở giặt công nghiệp đi vào hoạt động", period=Y24),
]

NOTES = [
    "Báo Lâm Đồng online: headline with a figure ('hơn 290 tỷ đồng trong 11 tháng', year from the dateline), '(BLĐ) -' tag.",
    "Distractors: 16:40, Quốc lộ 20, Phường 1 (a ward's name), 22 giờ (time of day), Lê Văn Năm, 'năm trước' baseline.",
    "212,6 tỷ after 'Trong đó' (sentence break) is a part of 293,6 tỷ; its 'chiếm 72,4%' is its percent.",
    "City/district list (327+68+41 ≠ 486, new sentence): no total. The Tuyền Lâm area is not a named province/city/district: location Lâm Đồng.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2023-12-14", location="Lâm Đồng")
