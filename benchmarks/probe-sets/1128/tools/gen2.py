"""p1128-2: district portal (huyện Ea Súp, Đắk Lắk): wells for ethnic-minority households in the 2024 dry season."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN EA SÚP
Tin tức - Sự kiện / Kinh tế

Hỗ trợ khoan giếng, cấp nước sinh hoạt cho đồng bào vùng hạn

Thứ Tư, 17/04/2024 - 15:20

Tính đến ngày 15/4/2024, trên địa bàn huyện có 1.870 hộ với 7.420 khẩu thiếu nước sinh hoạt, tập trung ở các xã Ia Lốp, Ia Rvê, Cư M'Lan và Ea Rốk. Đến nay, huyện đã hỗ trợ khoan 64 giếng, trong đó 41 giếng tập trung cấp nước cho cụm dân cư và 23 giếng cho hộ gia đình, tổng kinh phí hơn 1,9 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.

Theo quy định, mỗi giếng tập trung được hỗ trợ tối đa 45 triệu đồng; giếng hộ gia đình được hỗ trợ 50% chi phí nhưng không quá 12 triệu đồng/giếng. Các giếng có độ sâu trung bình 70-90 m, mỗi giếng tập trung phục vụ từ 15 đến 20 hộ.

Gia đình ông Y Thuât Ayun ở thôn 7, xã Ea Rốk là một trong những hộ được hỗ trợ. Giếng nhà ông sâu 85 m, chi phí khoan và lắp máy bơm hết khoảng 28 triệu đồng, trong đó Nhà nước hỗ trợ 12 triệu đồng. "Có giếng, nhà tôi đủ nước ăn và tưới thêm được hai sào điều", ông Y Thuât nói.

Tại những nơi chưa có nguồn nước, Ban Chỉ huy Quân sự huyện phối hợp với Đồn Biên phòng Ia Rvê dùng xe chuyên dụng chở nước đến 5 buôn, mỗi chuyến khoảng 9 m3; từ ngày 1/3 đến nay đã cấp 620 m3 nước sinh hoạt cho 430 hộ.

Năm 2025, huyện phấn đấu 100% hộ dân vùng thường xuyên hạn hán có nguồn nước sinh hoạt hợp vệ sinh; dự kiến đầu tư thêm 3 công trình cấp nước tập trung.

Hồng Vân (Phòng Nông nghiệp và PTNT huyện)
"""

ASOF = P("Tính đến ngày 15/4/2024", None, "2024-04-15")
NOW = P("Đến nay", None, "2024-04-17")
TRUCK = P("từ ngày 1/3 đến nay", "2024-03-01", "2024-04-17")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
WELLS = "giếng được hỗ trợ khoan"

FIGS = [
    F("có 1.870 hộ", "1.870", 1870, "count", "hộ", subject="hộ thiếu nước sinh hoạt", period=ASOF),
    F("với 7.420 khẩu", "7.420", 7420, "count", "khẩu", subject="khẩu thiếu nước sinh hoạt", period=ASOF),
    F("khoan 64 giếng", "64", 64, "count", "giếng", subject=WELLS, period=NOW),
    F("41 giếng", "41", 41, "count", "giếng", total=64,
      subject="giếng tập trung cấp nước cho cụm dân cư", period=NOW),
    F("23 giếng", "23", 23, "count", "giếng", total=64, subject="giếng cho hộ gia đình", period=NOW),
    F("hơn 1,9 tỷ", "1,9", 1900000000, "money", "đồng", approx="over",
      subject="tổng kinh phí hỗ trợ khoan giếng", period=NOW),
    F("tối đa 45 triệu", "45", 45000000, "money", "đồng/giếng", approx="at_most",
      subject="mức hỗ trợ mỗi giếng tập trung"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", subject="mức hỗ trợ chi phí giếng hộ gia đình"),
    F("không quá 12 triệu", "12", 12000000, "money", "đồng/giếng", approx="at_most",
      subject="mức hỗ trợ giếng hộ gia đình"),
    F("trung bình 70-90 m", "70", 70, "measure", "m", value_max=90, subject="độ sâu trung bình các giếng"),
    F("từ 15 đến 20 hộ", "15", 15, "measure", "hộ/giếng", value_max=20,
      subject="hộ mỗi giếng tập trung phục vụ"),
    F("sâu 85 m", "85", 85, "measure", "m", subject="độ sâu giếng nhà ông Y Thuât Ayun"),
    F("khoảng 28 triệu", "28", 28000000, "money", "đồng", approx="about",
      subject="chi phí khoan và lắp máy bơm giếng nhà ông Y Thuât Ayun"),
    F("hỗ trợ 12 triệu", "12", 12000000, "money", "đồng", total=28000000,
      subject="Nhà nước hỗ trợ chi phí giếng nhà ông Y Thuât Ayun"),
    F("hai sào", "hai", 2, "measure", "sào", subject="diện tích điều tưới thêm được"),
    F("đến 5 buôn", "5", 5, "count", "buôn", subject="buôn được xe chuyên dụng chở nước đến"),
    F("khoảng 9 m3", "9", 9, "measure", "m3/chuyến", approx="about", subject="lượng nước mỗi chuyến"),
    F("cấp 620 m3", "620", 620, "measure", "m3", subject="nước sinh hoạt chở đến đã cấp", period=TRUCK),
    F("cho 430 hộ", "430", 430, "count", "hộ", subject="hộ được cấp nước sinh hoạt bằng xe chuyên dụng",
      period=TRUCK),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="hộ dân vùng thường xuyên hạn hán có nguồn nước sinh hoạt hợp vệ sinh", period=Y25),
    F("thêm 3 công trình", "3", 3, "count", "công trình", status="forecast",
      subject="công trình cấp nước tập trung đầu tư thêm", period=Y25),
]

NOTES = [
    "District portal (huyện Ea Súp, Đắk Lắk): 'Thứ Tư, 17/04/2024 - 15:20' dateline, byline at the end. Default location Ea Súp (the district).",
    "Distractors: time 15:20, 'thôn 7', 'Đồn Biên phòng Ia Rvê', the programme name.",
    "'Đến nay' = as of the dateline (start null, end 2024-04-17); 'từ ngày 1/3 đến nay' takes 2024 from the dateline.",
    "41 + 23 = 64 wells after 'trong đó' -> total 64; the State's 12 triệu is part of the household's 28 triệu cost ('trong đó').",
    "Support ceilings (tối đa, không quá), the 50% share, depths, households per well, 9 m3 per trip are standing rules / specs: no period.",
    "'mỗi giếng tập trung phục vụ từ 15 đến 20 hộ' and 'mỗi chuyến khoảng 9 m3' are per-unit rates (measure, denominator in the unit).",
    "'phấn đấu … 100%' -> target; '; dự kiến … 3 công trình' -> forecast; both under 'Năm 2025' in the same sentence.",
]

if __name__ == "__main__":
    write("p1128-2", TEXT, NOTES, FIGS, published="2024-04-17", location="Ea Súp")
