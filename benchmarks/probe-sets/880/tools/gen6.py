"""p880-6: national newspaper (VnExpress-like), Hà Nội drainage pump stations, May 2025."""
from lib import F, P, I, C, write

TEXT = """
Thời sự › Dân sinh

Thứ năm, 15/5/2025, 07:30 (GMT+7)

Hà Nội chi hơn 1.400 tỷ đồng nâng cấp trạm bơm tiêu thoát nước

Thành phố đang gấp rút hoàn thành 5 trạm bơm tiêu trước mùa mưa, nâng năng lực tiêu thoát cho vùng nội đô và các huyện ngoại thành.

Theo Sở Nông nghiệp và Môi trường Hà Nội, năm 2025 thành phố bố trí 1.420 tỷ đồng cho các dự án trạm bơm tiêu, tăng 18% so với năm 2024. Trong đó, dự án trạm bơm tiêu Vân Trì 2 (huyện Đông Anh) được bố trí 612 tỷ đồng, trạm bơm Liên Hà (huyện Thanh Trì) 380 tỷ đồng. Trạm Vân Trì 2 có lưu lượng thiết kế 45 m3/s, trạm Liên Hà 27 m3/s. Dự kiến sau khi hoàn thành, năng lực tiêu của huyện Đông Anh gấp khoảng 1,8 lần hiện nay.

Hiện hệ thống thoát nước nội đô có khả năng tiêu thoát với lượng mưa 310 mm trong 2 ngày. Trạm bơm Yên Sở với 20 tổ máy, tổng lưu lượng 90 m3/s, là trạm bơm tiêu lớn nhất thành phố.

Trong đợt mưa lớn tháng 9/2024, lượng mưa tại nhiều trạm đo vượt 400 mm; thành phố đã vận hành 623 trạm bơm nông nghiệp, bơm tiêu gần 1,5 tỷ m3 nước, chi phí tiền điện khoảng 96 tỷ đồng. Tuy vậy, vẫn có khoảng 15.200 ha lúa và hoa màu bị ngập, trong đó huyện Chương Mỹ chiếm 4.100 ha.

Theo quy hoạch, đến năm 2030 Hà Nội sẽ có thêm 12 trạm bơm tiêu lớn với tổng lưu lượng khoảng 520 m3/s, đưa hệ số tiêu của vùng nông nghiệp lên 7-8 lít/s/ha.

Võ Hải
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
S24 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 1.400 tỷ đồng", "1.400", 1400e9, "money", "đồng", "kinh phí nâng cấp trạm bơm tiêu thoát nước",
      approx="over"),
    F("hoàn thành 5 trạm bơm", "5", 5, "count", "trạm bơm", "trạm bơm tiêu gấp rút hoàn thành trước mùa mưa"),
    F("bố trí 1.420 tỷ đồng", "1.420", 1420e9, "money", "đồng", "vốn bố trí cho các dự án trạm bơm tiêu", Y25,
      change=C("increase", 18, "%", "năm 2024")),
    F("bố trí 612 tỷ đồng", "612", 612e9, "money", "đồng", "vốn bố trí cho dự án trạm bơm tiêu Vân Trì 2", I(Y25),
      total=1420e9, location="Đông Anh"),
    F("Thanh Trì) 380 tỷ đồng", "380", 380e9, "money", "đồng", "vốn bố trí cho trạm bơm Liên Hà", I(Y25),
      total=1420e9, location="Thanh Trì"),
    F("thiết kế 45 m3/s", "45", 45, "measure", "m3/s", "lưu lượng thiết kế trạm Vân Trì 2", location="Đông Anh"),
    F("Liên Hà 27 m3/s", "27", 27, "measure", "m3/s", "lưu lượng thiết kế trạm Liên Hà", location="Thanh Trì"),
    F("gấp khoảng 1,8 lần", "1,8", 1.8, "multiple", "lần", "năng lực tiêu của huyện Đông Anh so với hiện nay",
      approx="about", status="forecast", location="Đông Anh"),
    F("lượng mưa 310 mm", "310", 310, "measure", "mm", "lượng mưa hệ thống thoát nước nội đô có khả năng tiêu thoát"),
    F("20 tổ máy", "20", 20, "count", "tổ máy", "tổ máy của trạm bơm Yên Sở"),
    F("lưu lượng 90 m3/s", "90", 90, "measure", "m3/s", "tổng lưu lượng trạm bơm Yên Sở"),
    F("vượt 400 mm", "400", 400, "measure", "mm", "lượng mưa tại nhiều trạm đo", S24, approx="over"),
    F("623 trạm bơm", "623", 623, "count", "trạm bơm", "trạm bơm nông nghiệp vận hành", S24),
    F("gần 1,5 tỷ m3", "1,5", 1.5e9, "measure", "m3", "lượng nước bơm tiêu", S24, approx="nearly"),
    F("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng", "chi phí tiền điện bơm tiêu", S24, approx="about"),
    F("khoảng 15.200 ha", "15.200", 15200, "measure", "ha", "diện tích lúa và hoa màu bị ngập", I(S24), approx="about"),
    F("chiếm 4.100 ha", "4.100", 4100, "measure", "ha", "diện tích lúa và hoa màu bị ngập", I(S24), total=15200,
      location="Chương Mỹ"),
    F("thêm 12 trạm bơm", "12", 12, "count", "trạm bơm", "trạm bơm tiêu lớn xây thêm", T30, status="target"),
    F("khoảng 520 m3/s", "520", 520, "measure", "m3/s", "tổng lưu lượng các trạm bơm tiêu lớn xây thêm", T30,
      approx="about", status="target"),
    F("lên 7-8 lít/s/ha", "7", 7, "measure", "lít/s/ha", "hệ số tiêu của vùng nông nghiệp", T30, value_max=8,
      status="target"),
]

NOTES = [
    "National newspaper (VnExpress-like): Hà Nội's drainage pump-station projects. Dateline 'Thứ năm, 15/5/2025, 07:30 (GMT+7)', byline at the end.",
    "Distractors: 'Vân Trì 2' (a station's name), 'trong 2 ngày' (the design rain's duration), 'tháng 9/2024' (a period), '07:30', '(GMT+7)'.",
    "612 and 380 tỷ đồng follow 'Trong đó' after the 1.420 tỷ đồng allocated for 2025 (same thing, same year): total 1.420 tỷ.",
    "Project figures take the district the text gives in brackets (Đông Anh, Thanh Trì); the flood share 'huyện Chương Mỹ chiếm 4.100 ha' is Chương Mỹ.",
    "'gấp khoảng 1,8 lần hiện nay' stands as the claim of its sentence: a multiple, forecast ('Dự kiến'). Yên Sở's district is not named: Hà Nội.",
    "'Theo quy hoạch, đến năm 2030 ...' figures are targets. The lead's 5 trạm bơm and the 'Hiện' sentences state no period.",
]

if __name__ == "__main__":
    write("p880-6", TEXT, FIGS, NOTES, published="2025-05-15", location="Hà Nội")
