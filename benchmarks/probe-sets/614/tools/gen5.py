from lib import F, P, I, CH, emit

TEXT = """Khánh Hòa: Số ca tay chân miệng tăng gấp 3 lần

(BKH) - Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, từ đầu năm đến ngày 30/6/2024, toàn tỉnh ghi nhận 1.138 ca mắc tay chân miệng, tăng gấp 3 lần so với cùng kỳ năm 2023. Trong đó, 214 ca phải nhập viện điều trị, 19 ca diễn biến nặng độ 2b trở lên; chưa ghi nhận trường hợp tử vong. Riêng tháng 6/2024, toàn tỉnh ghi nhận 296 ca, tăng 26,5% so với tháng 5, cao nhất từ đầu năm.

Thành phố Nha Trang có số ca mắc cao nhất với 486 ca, chiếm 42,7%; tiếp đến là thị xã Ninh Hòa 198 ca, huyện Cam Lâm 141 ca, thành phố Cam Ranh 127 ca. Đáng chú ý, trẻ dưới 5 tuổi chiếm 91,2% số ca mắc; tác nhân gây bệnh chủ yếu là chủng EV71, chiếm 58% số mẫu xét nghiệm dương tính.

Ngành y tế đã giám sát 312 trường mầm non, nhóm trẻ trên địa bàn, phát hiện 47 ổ dịch tại 38 trường; đến nay đã xử lý khử khuẩn 47/47 ổ dịch.

Bác sĩ Nguyễn Thị Lan, Phó Giám đốc CDC Khánh Hòa, dự báo trong quý III/2024, số ca mắc có thể tiếp tục tăng từ 15 đến 20% khi học sinh tựu trường. CDC đã cấp phát 2.400 kg Cloramin B và 1.200 tờ rơi cho các trường học, tổng kinh phí gần 180 triệu đồng.

Phụ huynh cần tư vấn có thể gọi số 0258.3822.360 hoặc đến CDC tại số 10 Trần Phú, TP. Nha Trang.

NGỌC LAN
04/07/2024
"""

CUM = P("từ đầu năm đến ngày 30/6/2024", "2024-01-01", "2024-06-30")
LIST = "ca mắc tay chân miệng"

FIGS = [
    F("tăng gấp 3 lần\n", "3", 3, "multiple", "lần", "số ca tay chân miệng"),
    F("ghi nhận 1.138 ca", "1.138", 1138, "count", "ca", "ca mắc tay chân miệng", CUM,
      change=CH("increase", 3, "lần", "cùng kỳ năm 2023")),
    F("214 ca phải", "214", 214, "count", "ca", "ca phải nhập viện điều trị", I(CUM), total=1138),
    F("19 ca diễn biến", "19", 19, "count", "ca", "ca diễn biến nặng độ 2b trở lên", I(CUM), total=1138),
    F("ghi nhận 296 ca", "296", 296, "count", "ca", "ca mắc tay chân miệng",
      P("tháng 6/2024", "2024-06-01", "2024-06-30"), change=CH("increase", 26.5, "%", "tháng 5")),
    F("với 486 ca", "486", 486, "count", "ca", LIST, I(CUM), percent=42.7, location="Nha Trang"),
    F("Ninh Hòa 198 ca", "198", 198, "count", "ca", LIST, I(CUM), location="Ninh Hòa"),
    F("Cam Lâm 141 ca", "141", 141, "count", "ca", LIST, I(CUM), location="Cam Lâm"),
    F("Cam Ranh 127 ca", "127", 127, "count", "ca", LIST, I(CUM), location="Cam Ranh"),
    F("trẻ dưới 5 tuổi", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("chiếm 91,2%", "91,2", 91.2, "percent", "%", "trẻ dưới 5 tuổi trong số ca mắc", I(CUM)),
    F("chiếm 58%", "58", 58, "percent", "%", "chủng EV71 trong số mẫu xét nghiệm dương tính", I(CUM)),
    F("giám sát 312 trường", "312", 312, "count", "trường mầm non, nhóm trẻ", "trường mầm non, nhóm trẻ được giám sát"),
    F("phát hiện 47 ổ dịch", "47", 47, "count", "ổ dịch", "ổ dịch được phát hiện"),
    F("tại 38 trường", "38", 38, "count", "trường", "trường có ổ dịch"),
    F("khuẩn 47/47", "47", 47, "count", "ổ dịch", "ổ dịch đã xử lý khử khuẩn", P("đến nay", None, "2024-07-04"), total=47),
    F("tăng từ 15 đến 20%", "15", 15, "percent", "%", "số ca mắc tay chân miệng tăng",
      P("quý III/2024", "2024-07-01", "2024-09-30"), value_max=20, status="forecast"),
    F("2.400 kg", "2.400", 2400, "measure", "kg", "Cloramin B cấp phát cho các trường học"),
    F("1.200 tờ rơi", "1.200", 1200, "count", "tờ rơi", "tờ rơi cấp phát cho các trường học"),
    F("gần 180 triệu đồng", "180", 180e6, "money", "đồng", "tổng kinh phí", approx="nearly"),
]

COMMENTS = [
    "Probe 614-5. Party newspaper (Báo Khánh Hòa, '(BKH) -' tag, byline and bare date 04/07/2024 at the end): hand-foot-mouth",
    "disease to 30/6/2024. Headline 'tăng gấp 3 lần' stands alone: a multiple. Parts after 'Trong đó' (new sentence) take 1.138.",
    "'tiếp đến là thị xã Ninh Hòa 198 ca, ...' list items: location = town/district, subject = the list's indicator.",
    "'47/47 ổ dịch' = 47 with total 47; 'đến nay' = as-of the published date. Forecast range 15-20% for quý III/2024.",
    "Not figures: độ 2b, EV71, phone 0258.3822.360, số 10 Trần Phú, dates; age 'dưới 5 tuổi' optional.",
]

if __name__ == "__main__":
    emit("p614-5", TEXT, COMMENTS, FIGS, published="2024-07-04", location="Khánh Hòa")
