from lib import F, P, I, Y, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ VÂN CANH - HUYỆN HOÀI ĐỨC
Trang chủ > Tin tức > Kinh tế - Văn hóa

Tranh Kim Hoàng hồi sinh: 9 tháng doanh thu đạt 420 triệu đồng

Ngày cập nhật 14/10/2024

9 tháng năm 2024, Hợp tác xã tranh dân gian Kim Hoàng sản xuất và tiêu thụ khoảng 8.500 bức tranh các loại, doanh thu đạt 420 triệu đồng, bằng 84% kế hoạch năm, tăng 35% so với cùng kỳ năm 2023. Quý III/2024, hợp tác xã tiêu thụ 2.150 bức; riêng tháng 9 đạt 1.020 bức nhờ các đơn hàng tranh Trung thu.

Tính đến ngày 30/9/2024, hợp tác xã có 14 thành viên, trong đó 6 thợ trẻ dưới 35 tuổi; thu nhập bình quân đạt 5,5 triệu đồng/người/tháng. Trong năm, xã phối hợp mở 2 lớp truyền dạy kỹ thuật vẽ, in tranh trên giấy đỏ cho 45 học viên.

Tranh Kim Hoàng từng bị mai một sau trận lụt năm 1915. Từ năm 2021 đến nay, UBND huyện Hoài Đức đã hỗ trợ 1,2 tỷ đồng để phục dựng 38 mẫu tranh và xây dựng điểm trưng bày tại nhà văn hóa thôn Kim Hoàng. Năm 2023, điểm trưng bày đón khoảng 2.400 lượt khách, trong đó 35% là học sinh, sinh viên.

Năm 2025, hợp tác xã phấn đấu tiêu thụ 12.000 bức tranh, doanh thu đạt 700 triệu đồng và đón 3.000 lượt khách trải nghiệm.

Địa chỉ: Thôn Kim Hoàng, xã Vân Canh, huyện Hoài Đức, TP Hà Nội. Điện thoại: 0243.3650.128
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
NAM = Y(2024, "Trong năm")
TU21 = P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-14")
Y25 = Y(2025, "Năm 2025")

FIGS = [
    F("420 triệu đồng\n", "420", 420e6, "money", "đồng", "doanh thu tranh Kim Hoàng", P("9 tháng", "2024-01-01", "2024-09-30")),
    F("khoảng 8.500 bức", "8.500", 8500, "count", "bức tranh", "tranh Hợp tác xã tranh dân gian Kim Hoàng sản xuất và tiêu thụ",
      M9, approx="about"),
    F("đạt 420 triệu đồng, bằng", "420", 420e6, "money", "đồng", "doanh thu Hợp tác xã tranh dân gian Kim Hoàng", M9,
      percent=84, change=CH("increase", 35, baseline="cùng kỳ năm 2023")),
    F("tiêu thụ 2.150 bức", "2.150", 2150, "count", "bức", "tranh hợp tác xã tiêu thụ",
      P("Quý III/2024", "2024-07-01", "2024-09-30")),
    F("đạt 1.020 bức", "1.020", 1020, "count", "bức", "tranh hợp tác xã tiêu thụ tháng 9",
      P("tháng 9", "2024-09-01", "2024-09-30")),
    F("có 14 thành viên", "14", 14, "count", "thành viên", "thành viên hợp tác xã", ASOF),
    F("6 thợ trẻ", "6", 6, "count", "thợ trẻ", "thợ trẻ dưới 35 tuổi", ASOF, total=14),
    F("dưới 35 tuổi", "35", 35, "measure", "tuổi", approx="under", optional=True),
    F("5,5 triệu đồng/người/tháng", "5,5", 5.5e6, "money", "đồng/người/tháng", "thu nhập bình quân thành viên hợp tác xã",
      I(ASOF)),
    F("mở 2 lớp", "2", 2, "count", "lớp", "lớp truyền dạy kỹ thuật vẽ, in tranh trên giấy đỏ", NAM),
    F("cho 45 học viên", "45", 45, "count", "học viên", "học viên lớp truyền dạy kỹ thuật vẽ, in tranh", NAM),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí UBND huyện Hoài Đức hỗ trợ phục dựng tranh Kim Hoàng", TU21),
    F("phục dựng 38 mẫu tranh", "38", 38, "count", "mẫu tranh", "mẫu tranh được phục dựng", TU21),
    F("khoảng 2.400 lượt khách", "2.400", 2400, "count", "lượt khách", "lượt khách điểm trưng bày đón", Y(2023, "Năm 2023"),
      approx="about"),
    F("trong đó 35% là", "35", 35, "percent", "%", "tỷ lệ học sinh, sinh viên trong lượt khách điểm trưng bày",
      Y(2023, "Năm 2023")),
    F("tiêu thụ 12.000 bức", "12.000", 12000, "count", "bức tranh", "tranh hợp tác xã tiêu thụ", Y25, status="target"),
    F("đạt 700 triệu đồng", "700", 700e6, "money", "đồng", "doanh thu hợp tác xã", Y25, status="target"),
    F("đón 3.000 lượt khách", "3.000", 3000, "count", "lượt khách", "lượt khách trải nghiệm", Y25, status="target"),
]

COMMENTS = [
    "Commune portal (xã Vân Canh, huyện Hoài Đức, Hà Nội), 'Ngày cập nhật 14/10/2024': Hợp tác xã tranh dân gian Kim Hoàng — 9-month",
    "output and revenue 2024, quý III and tháng 9, members (as of 30/9/2024), classes, district support since 2021, 2025 targets.",
    "Location: the commune is not a district, so the district Hoài Đức (named in the header and text) for every figure.",
    "Headline '9 tháng' has no year of its own: the dateline's 2024 (scored). 'bằng 84% kế hoạch năm' is the revenue's percent,",
    "'tăng 35% so với cùng kỳ năm 2023' its change. 'riêng tháng 9 đạt 1.020 bức' has no part-of cue (and another period): no total.",
    "'trong đó 6 thợ trẻ' is a part of the 14 members. 'Trong năm' = 2024. 'Từ năm 2021 đến nay' ends at the dateline.",
    "Income per person per month: money, unit 'đồng/người/tháng', period inherited (the as-of phrase is for the membership count).",
    "Distractors: 'năm 1915' (a year), address 'Thôn Kim Hoàng, xã Vân Canh', phone '0243.3650.128', 'tranh Trung thu'.",
]

if __name__ == "__main__":
    emit("p771-8", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Hoài Đức")
