"""p480-1: Thanh Hóa province portal, blood units collected in H1/2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Thanh Hóa tiếp nhận hơn 21.000 đơn vị máu trong 6 tháng đầu năm 2024

Cập nhật: 09/07/2024 15:42 | Lượt xem: 1.874

Theo Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh, 6 tháng đầu năm 2024, toàn tỉnh đã tổ chức 148 đợt hiến máu, tiếp nhận 21.356 đơn vị máu, đạt 53,4% kế hoạch năm, tăng 8,7% so với cùng kỳ năm 2023. Trong đó, khối cơ quan, doanh nghiệp hiến 7.912 đơn vị; khối trường học 9.105 đơn vị; lực lượng vũ trang 4.339 đơn vị.

Tỷ lệ người hiến máu nhắc lại chiếm khoảng 37% tổng số người hiến. Số đơn vị máu có thể tích từ 350 ml trở lên đạt 68,2%, cao hơn 4,1% so với cùng kỳ.

Một số địa phương tiếp nhận nhiều máu gồm: TP Thanh Hóa (3.240 đơn vị), thị xã Nghi Sơn (1.875 đơn vị), huyện Thọ Xuân (1.126 đơn vị), huyện Hoằng Hóa (984 đơn vị).

Bệnh viện Đa khoa tỉnh, đơn vị thường trực tiếp nhận máu, cho biết mỗi tháng các bệnh viện trên địa bàn cần từ 3.500 đến 4.000 đơn vị máu để phục vụ cấp cứu và điều trị. Tính đến ngày 30/6/2024, kho máu của bệnh viện còn gần 1.200 đơn vị, trong đó nhóm máu O chiếm 41%.

Năm 2024, tỉnh phấn đấu tiếp nhận 40.000 đơn vị máu; đến năm 2025, tỷ lệ người dân tham gia hiến máu đạt 2% dân số.

Người dân có nhu cầu đăng ký hiến máu liên hệ Khoa Huyết học - Truyền máu, Bệnh viện Đa khoa tỉnh (số 181 Hải Thượng Lãn Ông, phường Đông Vệ), điện thoại 0237.3951.467.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")

FIGS = [
    F("hơn 21.000 đơn vị máu", "21.000", 21000, "count", "đơn vị máu", "đơn vị máu tiếp nhận", H1, approx="over"),
    F("tổ chức 148 đợt", "148", 148, "count", "đợt hiến máu", "đợt hiến máu được tổ chức", H1),
    F("tiếp nhận 21.356 đơn vị máu", "21.356", 21356, "count", "đơn vị máu", "đơn vị máu tiếp nhận", H1,
      percent=53.4, change=CH("increase", 8.7, "%", "cùng kỳ năm 2023")),
    F("hiến 7.912 đơn vị", "7.912", 7912, "count", "đơn vị", "đơn vị máu khối cơ quan, doanh nghiệp hiến", INH(H1),
      total=21356),
    F("học 9.105 đơn vị", "9.105", 9105, "count", "đơn vị", "đơn vị máu khối trường học hiến", INH(H1), total=21356),
    F("trang 4.339 đơn vị", "4.339", 4339, "count", "đơn vị", "đơn vị máu lực lượng vũ trang hiến", INH(H1),
      total=21356),
    F("khoảng 37%", "37", 37, "percent", "%", "tỷ lệ người hiến máu nhắc lại trong tổng số người hiến", INH(H1),
      approx="about"),
    F("từ 350 ml trở lên", "350", 350, "measure", "ml", approx="at_least", optional=True),
    F("đạt 68,2%", "68,2", 68.2, "percent", "%", "đơn vị máu có thể tích từ 350 ml trở lên", INH(H1),
      change=CH("increase", 4.1, "%", "cùng kỳ")),
    F("(3.240 đơn vị)", "3.240", 3240, "count", "đơn vị", "đơn vị máu tiếp nhận", INH(H1), location="Thanh Hóa"),
    F("(1.875 đơn vị)", "1.875", 1875, "count", "đơn vị", "đơn vị máu tiếp nhận", INH(H1), location="Nghi Sơn"),
    F("(1.126 đơn vị)", "1.126", 1126, "count", "đơn vị", "đơn vị máu tiếp nhận", INH(H1), location="Thọ Xuân"),
    F("(984 đơn vị)", "984", 984, "count", "đơn vị", "đơn vị máu tiếp nhận", INH(H1), location="Hoằng Hóa"),
    F("từ 3.500 đến 4.000", "3.500", 3500, "count", "đơn vị máu",
      "đơn vị máu các bệnh viện trên địa bàn cần mỗi tháng", value_max=4000),
    F("gần 1.200 đơn vị", "1.200", 1200, "count", "đơn vị", "đơn vị máu còn trong kho máu của bệnh viện", ASOF,
      approx="nearly"),
    F("chiếm 41%", "41", 41, "percent", "%", "nhóm máu O trong kho máu của bệnh viện", ASOF),
    F("tiếp nhận 40.000 đơn vị máu", "40.000", 40000, "count", "đơn vị máu", "đơn vị máu tiếp nhận",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 2% dân số", "2", 2, "percent", "%", "tỷ lệ người dân tham gia hiến máu",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: hiến máu tình nguyện 6 tháng đầu năm 2024 (đơn vị máu, khối, địa phương, kho máu, kế hoạch).",
    "Distractors: Lượt xem 1.874, số 181 Hải Thượng Lãn Ông, phone 0237.3951.467, dates. '350 ml trở lên' is a threshold (optional).",
    "The three khối parts add up to 21.356 (total). District list after 'gồm:' follows no figure: no total; districts go to location.",
    "'trong đó nhóm máu O chiếm 41%' is the share of a part that has no number of its own: a percent figure, not the percent of 1.200.",
    "'mỗi tháng ... cần từ 3.500 đến 4.000' is a per-month need: no period. 'đến năm 2025 ... đạt 2%' is a target.",
]

if __name__ == "__main__":
    emit("p480-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Thanh Hóa")
