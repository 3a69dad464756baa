from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Nghệ An: 6 tháng đầu năm tiếp nhận hơn 21.000 đơn vị máu

Cập nhật: 08/07/2024 15:32
Lượt xem: 1.284

Theo Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh, 6 tháng đầu năm 2024, toàn tỉnh đã tổ chức 96 đợt hiến máu, tiếp nhận 21.436 đơn vị máu, đạt 53,6% kế hoạch năm, tăng 8,2% so với cùng kỳ. Trong đó, lực lượng vũ trang hiến 3.915 đơn vị; học sinh, sinh viên hiến 6.802 đơn vị; cán bộ, công chức, viên chức và người lao động hiến 7.140 đơn vị. Quý I và quý II lần lượt tiếp nhận 10.250 và 11.186 đơn vị máu.

Các địa phương tiếp nhận nhiều máu là thành phố Vinh (4.210 đơn vị), huyện Diễn Châu (1.356 đơn vị), huyện Quỳnh Lưu (1.188 đơn vị) và thị xã Hoàng Mai (742 đơn vị). Người hiến máu nhắc lại chiếm 38,5% tổng số người hiến; có 312 người đã hiến máu từ 20 lần trở lên.

Lễ hội Xuân hồng lần thứ VII diễn ra từ ngày 19 đến 21/2/2024 tại Quảng trường Hồ Chí Minh (số 1 đường Trường Thi) thu hút khoảng 2.500 người đăng ký, tiếp nhận 2.186 đơn vị máu. Người hiến 350 ml máu được nhận quà tặng trị giá 150.000 đồng cùng tiền ăn nhẹ, đi lại theo quy định.

Năm 2024, tỉnh phấn đấu tiếp nhận 40.000 đơn vị máu, tỷ lệ người dân tham gia hiến máu đạt 1,2% dân số. Người dân có nhu cầu đăng ký hiến máu liên hệ đường dây nóng 0238.3598.115 hoặc Hội Chữ thập đỏ tỉnh, số 16 đường Trường Thi, TP. Vinh.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FEST = P("từ ngày 19 đến 21/2/2024", "2024-02-19", "2024-02-21")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tiếp nhận hơn 21.000 đơn vị máu", "21.000", 21000, "count", "đơn vị máu", approx="over",
      subject="đơn vị máu tiếp nhận", period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("tổ chức 96 đợt", "96", 96, "count", "đợt", subject="đợt hiến máu tổ chức", period=H1),
    F("tiếp nhận 21.436 đơn vị máu", "21.436", 21436, "count", "đơn vị máu", percent=53.6,
      change=CH("increase", 8.2, baseline="cùng kỳ"), subject="đơn vị máu tiếp nhận", period=H1),
    F("vũ trang hiến 3.915 đơn vị", "3.915", 3915, "count", "đơn vị", total=21436,
      subject="đơn vị máu lực lượng vũ trang hiến", period=I(H1)),
    F("sinh viên hiến 6.802 đơn vị", "6.802", 6802, "count", "đơn vị", total=21436,
      subject="đơn vị máu học sinh, sinh viên hiến", period=I(H1)),
    F("lao động hiến 7.140 đơn vị", "7.140", 7140, "count", "đơn vị", total=21436,
      subject="đơn vị máu cán bộ, công chức, viên chức và người lao động hiến", period=I(H1)),
    F("lần lượt tiếp nhận 10.250", "10.250", 10250, "count", "đơn vị máu",
      subject="đơn vị máu tiếp nhận quý I", period=P("Quý I", "2024-01-01", "2024-03-31")),
    F("và 11.186 đơn vị máu", "11.186", 11186, "count", "đơn vị máu",
      subject="đơn vị máu tiếp nhận quý II", period=P("quý II", "2024-04-01", "2024-06-30")),
    F("Vinh (4.210 đơn vị)", "4.210", 4210, "count", "đơn vị", subject="đơn vị máu tiếp nhận",
      period=I(H1), location="Vinh"),
    F("Diễn Châu (1.356 đơn vị)", "1.356", 1356, "count", "đơn vị", subject="đơn vị máu tiếp nhận",
      period=I(H1), location="Diễn Châu"),
    F("Quỳnh Lưu (1.188 đơn vị)", "1.188", 1188, "count", "đơn vị", subject="đơn vị máu tiếp nhận",
      period=I(H1), location="Quỳnh Lưu"),
    F("Hoàng Mai (742 đơn vị)", "742", 742, "count", "đơn vị", subject="đơn vị máu tiếp nhận",
      period=I(H1), location="Hoàng Mai"),
    F("chiếm 38,5%", "38,5", 38.5, "percent", "%", subject="người hiến máu nhắc lại trong tổng số người hiến",
      period=I(H1)),
    F("có 312 người", "312", 312, "count", "người", subject="người đã hiến máu từ 20 lần trở lên"),
    F("từ 20 lần trở lên", "20", 20, "count", "lần", approx="at_least", optional=True),
    F("khoảng 2.500 người", "2.500", 2500, "count", "người", approx="about",
      subject="người đăng ký hiến máu tại Lễ hội Xuân hồng", period=FEST),
    F("tiếp nhận 2.186 đơn vị máu", "2.186", 2186, "count", "đơn vị máu",
      subject="đơn vị máu Lễ hội Xuân hồng tiếp nhận", period=FEST),
    F("hiến 350 ml máu", "350", 350, "measure", "ml", optional=True),
    F("trị giá 150.000 đồng", "150.000", 150000, "money", "đồng",
      subject="quà tặng cho người hiến 350 ml máu"),
    F("tiếp nhận 40.000 đơn vị máu", "40.000", 40000, "count", "đơn vị máu", status="target",
      subject="đơn vị máu tiếp nhận", period=Y24),
    F("đạt 1,2% dân số", "1,2", 1.2, "percent", "%", status="target",
      subject="tỷ lệ người dân tham gia hiến máu", period=Y24),
]

COMMENTS = [
    "Probe 574-1: Nghệ An province portal (breadcrumb, Cập nhật, Lượt xem): voluntary blood donation, first half of 2024.",
    "Trong đó parts (3.915/6.802/7.140) take the whole 21.436; quarters after 'lần lượt' have no part cue, no total;",
    "bracketed district list has no cue: no total, districts go to location. Festival figures take the day range as period.",
    "'từ 20 lần trở lên' and 'hiến 350 ml' are thresholds/conditions (optional). Distractors: Lượt xem, lần thứ VII,",
    "từ ngày 19 đến 21/2/2024, Quảng trường Hồ Chí Minh (not a place of the figure), số 1/16 đường Trường Thi, phone.",
]

if __name__ == "__main__":
    emit("p574-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Nghệ An")
