from lib import F, P, I, CH, TG, emit

TEXT = """Hà Tĩnh: 9 tháng tiếp nhận 11.820 đơn vị máu

(Baohatinh.vn) - 9 tháng năm 2024, Hội Chữ thập đỏ tỉnh phối hợp với Bệnh viện Đa khoa tỉnh tổ chức 42 đợt hiến máu tình nguyện, tiếp nhận 11.820 đơn vị máu, đạt 84,4% kế hoạch năm, tăng 12,5% so với cùng kỳ năm 2023.

Riêng chương trình "Hành trình Đỏ" lần thứ XI dừng chân tại Hà Tĩnh ngày 18/7 đã tiếp nhận 1.015 đơn vị máu từ 1.240 tình nguyện viên đăng ký.

Các huyện có lượng máu tiếp nhận cao là Cẩm Xuyên 1.142 đơn vị, Kỳ Anh 1.036 đơn vị, Hương Sơn 987 đơn vị; thấp nhất là Vũ Quang với 215 đơn vị. Học sinh, sinh viên chiếm khoảng 35% số người hiến máu; cán bộ, chiến sĩ lực lượng vũ trang chiếm 22%.

Tuy vậy, lượng máu tiếp nhận mới đáp ứng từ 70 đến 75% nhu cầu điều trị của các bệnh viện trên địa bàn. Mỗi tháng, Bệnh viện Đa khoa tỉnh (số 75 Hải Thượng Lãn Ông, TP. Hà Tĩnh) cần khoảng 1.600 đơn vị máu, trong khi lượng dự trữ thường xuyên chỉ đạt 900-1.000 đơn vị.

Trong quý IV, Hội Chữ thập đỏ tỉnh dự kiến tổ chức 12 đợt hiến máu, tiếp nhận khoảng 2.200 đơn vị máu. Ước cả năm 2024, toàn tỉnh tiếp nhận trên 14.000 đơn vị máu. Người dân có nhu cầu đăng ký hiến máu liên hệ Văn phòng Hội Chữ thập đỏ tỉnh, số điện thoại 0239.3855.126.

Thu Hà
12/10/2024
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
D = P("ngày 18/7", "2024-07-18", "2024-07-18")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
L = "lượng máu tiếp nhận"

FIGS = [
    F("tháng tiếp nhận 11.820", "11.820", 11820, "count", "đơn vị máu", subject="đơn vị máu tiếp nhận",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("tổ chức 42 đợt", "42", 42, "count", "đợt", subject="đợt hiến máu tình nguyện tổ chức", period=N9),
    F("11.820 đơn vị máu, đạt", "11.820", 11820, "count", "đơn vị máu", percent=84.4,
      change=CH("increase", 12.5, baseline="cùng kỳ năm 2023"), subject="đơn vị máu tiếp nhận", period=N9),
    F("tiếp nhận 1.015 đơn vị máu", "1.015", 1015, "count", "đơn vị máu",
      subject="đơn vị máu chương trình Hành trình Đỏ tiếp nhận", period=D),
    F("từ 1.240 tình nguyện viên", "1.240", 1240, "count", "tình nguyện viên",
      subject="tình nguyện viên đăng ký hiến máu Hành trình Đỏ", period=D),
    F("Cẩm Xuyên 1.142 đơn vị", "1.142", 1142, "count", "đơn vị", subject=L, period=I(N9), location="Cẩm Xuyên"),
    F("Kỳ Anh 1.036 đơn vị", "1.036", 1036, "count", "đơn vị", subject=L, period=I(N9), location="Kỳ Anh"),
    F("Hương Sơn 987 đơn vị", "987", 987, "count", "đơn vị", subject=L, period=I(N9), location="Hương Sơn"),
    F("với 215 đơn vị", "215", 215, "count", "đơn vị", subject=L, period=I(N9), location="Vũ Quang"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="học sinh, sinh viên trong số người hiến máu", period=I(N9)),
    F("chiếm 22%", "22", 22, "percent", "%",
      subject="cán bộ, chiến sĩ lực lượng vũ trang trong số người hiến máu", period=I(N9)),
    F("từ 70 đến 75%", "70", 70, "percent", "%", value_max=75,
      subject="lượng máu tiếp nhận đáp ứng nhu cầu điều trị của các bệnh viện"),
    F("khoảng 1.600 đơn vị", "1.600", 1600, "count", "đơn vị máu", approx="about",
      subject="lượng máu Bệnh viện Đa khoa tỉnh cần mỗi tháng"),
    F("900-1.000 đơn vị", "900", 900, "count", "đơn vị", value_max=1000, subject="lượng máu dự trữ thường xuyên"),
    F("tổ chức 12 đợt", "12", 12, "count", "đợt", status="forecast", subject="đợt hiến máu tổ chức", period=Q4),
    F("khoảng 2.200 đơn vị máu", "2.200", 2200, "count", "đơn vị máu", approx="about", status="forecast",
      subject="đơn vị máu tiếp nhận", period=Q4),
    F("trên 14.000 đơn vị máu", "14.000", 14000, "count", "đơn vị máu", approx="over", status="estimate",
      subject="đơn vị máu tiếp nhận", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Probe 574-5: Báo Hà Tĩnh (Party newspaper), headline with a figure, '(Baohatinh.vn) -' lead, byline + bare date at the end.",
    "Headline '9 tháng' takes 2024 from the dateline (no earlier date in the text). A district list without brackets shares",
    "the indicator 'lượng máu tiếp nhận'; 'thấp nhất là Vũ Quang với 215' is a list item too. Shares of donors stand alone",
    "(no base amount in the sentence). 'dự kiến' governs both quarter-IV figures (forecast); 'Ước cả năm' is an estimate.",
    "Distractors: 'Hành trình Đỏ' lần thứ XI, ngày 18/7, số 75 Hải Thượng Lãn Ông, phone 0239.3855.126, date line 12/10/2024.",
]

if __name__ == "__main__":
    emit("p574-5", TEXT, COMMENTS, FIGS, published="2024-10-12", location="Hà Tĩnh")
