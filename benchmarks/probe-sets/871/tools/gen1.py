"""p871-1: Nghệ An province portal, school eye screening results 2024 (breadcrumb, Cập nhật | Lượt xem)."""
from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Giáo dục
Hơn 48.000 học sinh được khám mắt miễn phí, gần 9.700 em mắc tật khúc xạ
Cập nhật: 14/11/2024 09:20 | Lượt xem: 2.315

Ngày 13/11, Sở Y tế phối hợp với Sở Giáo dục và Đào tạo tổ chức hội nghị sơ kết Chương trình chăm sóc mắt học đường tỉnh Nghệ An năm 2024 tại Bệnh viện Mắt Nghệ An (số 6 đường Lê Hồng Phong, TP Vinh).

Theo báo cáo, từ đầu năm đến nay, các đoàn khám đã sàng lọc thị lực cho 48.326 học sinh tại 112 trường tiểu học và trung học cơ sở thuộc 9 huyện, thành phố, thị xã, đạt 96,7% kế hoạch năm. Qua khám, phát hiện 9.685 em mắc tật khúc xạ, chiếm 20,04%, tăng 2,3 điểm phần trăm so với năm 2023; trong đó cận thị 8.512 em, loạn thị 904 em, viễn thị 269 em. Tỷ lệ mắc ở khu vực thành thị cao gấp 2,4 lần nông thôn. TP Vinh có tỷ lệ cao nhất (31,5%), tiếp đến là thị xã Cửa Lò (24,8%) và thị xã Hoàng Mai (19,2%). Cả năm 2024, số học sinh được khám ước đạt 50.500 em.

Từ nguồn xã hội hóa, chương trình đã cấp miễn phí 3.150 kính cho học sinh có hoàn cảnh khó khăn, trị giá khoảng 1,26 tỷ đồng, bình quân 400.000 đồng/kính. Ngoài ra, 27 em có độ cận trên 6 độ được chuyển lên Bệnh viện Mắt Trung ương điều trị.

Phát biểu tại hội nghị, ông Nguyễn Văn Tám, Phó Giám đốc Sở Y tế cho biết năm 2025, ngành phấn đấu khám mắt cho 60.000 học sinh, mở rộng thêm 35 trường; dự kiến cần khoảng 2 tỷ đồng để cấp kính. Sở cũng đề nghị các trường bảo đảm độ chiếu sáng phòng học tối thiểu 300 lux.

Phụ huynh cần tư vấn có thể gọi đường dây nóng 0238.3566.248.
"""

SOFAR = P("từ đầu năm đến nay", "2024-01-01", "2024-11-14")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
SUBJ_TKX = "học sinh mắc tật khúc xạ"
RATE = "tỷ lệ mắc tật khúc xạ"

FIGS = [
    F("Hơn 48.000 học sinh", "48.000", 48000, "count", "học sinh", "học sinh được khám mắt miễn phí", approx="over"),
    F("gần 9.700 em", "9.700", 9700, "count", "em", SUBJ_TKX, approx="nearly"),
    F("cho 48.326 học sinh", "48.326", 48326, "count", "học sinh", "học sinh được sàng lọc thị lực",
      percent=96.7, period=SOFAR),
    F("tại 112 trường", "112", 112, "count", "trường", "trường tiểu học và trung học cơ sở được khám sàng lọc", period=SOFAR),
    F("thuộc 9 huyện", "9", 9, "count", "huyện, thành phố, thị xã", "huyện, thành phố, thị xã có trường được khám", period=SOFAR),
    F("phát hiện 9.685 em", "9.685", 9685, "count", "em", SUBJ_TKX, percent=20.04,
      change=C("increase", 2.3, "điểm phần trăm", "năm 2023"), period=I(SOFAR)),
    F("cận thị 8.512 em", "8.512", 8512, "count", "em", "học sinh cận thị", total=9685, period=I(SOFAR)),
    F("loạn thị 904 em", "904", 904, "count", "em", "học sinh loạn thị", total=9685, period=I(SOFAR)),
    F("viễn thị 269 em", "269", 269, "count", "em", "học sinh viễn thị", total=9685, period=I(SOFAR)),
    F("cao gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", "tỷ lệ mắc tật khúc xạ ở khu vực thành thị so với nông thôn"),
    F("(31,5%)", "31,5", 31.5, "percent", "%", RATE, location="Vinh"),
    F("(24,8%)", "24,8", 24.8, "percent", "%", RATE, location="Cửa Lò"),
    F("(19,2%)", "19,2", 19.2, "percent", "%", RATE, location="Hoàng Mai"),
    F("ước đạt 50.500 em", "50.500", 50500, "count", "em", "học sinh được khám", status="estimate",
      period=P("Cả năm 2024", "2024-01-01", "2024-12-31")),
    F("miễn phí 3.150 kính", "3.150", 3150, "count", "kính", "kính cấp miễn phí cho học sinh có hoàn cảnh khó khăn"),
    F("khoảng 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng", "trị giá kính cấp miễn phí", approx="about"),
    F("400.000 đồng/kính", "400.000", 400000, "money", "đồng/kính", "giá trị bình quân mỗi kính"),
    F("27 em có độ cận", "27", 27, "count", "em", "học sinh có độ cận trên 6 độ được chuyển lên Bệnh viện Mắt Trung ương"),
    F("trên 6 độ", "6", 6, "measure", "độ", "độ cận", approx="over", optional=True),
    F("cho 60.000 học sinh", "60.000", 60000, "count", "học sinh", "học sinh được khám mắt", status="target", period=Y25),
    F("thêm 35 trường", "35", 35, "count", "trường", "trường mở rộng khám mắt", status="target", period=Y25),
    F("khoảng 2 tỷ đồng", "2", 2000000000, "money", "đồng", "kinh phí cấp kính", approx="about",
      status="forecast", period=Y25),
    F("tối thiểu 300 lux", "300", 300, "measure", "lux", "độ chiếu sáng phòng học", approx="at_least", optional=True),
]

NOTES = [
    "Cổng TTĐT tỉnh Nghệ An: sơ kết chăm sóc mắt học đường 2024. Headline figures have no period.",
    "'từ đầu năm đến nay' ends at the dateline (14/11/2024); the 9.685 sentence and its 'trong đó' parts inherit it.",
    "'tăng 2,3 điểm phần trăm' follows 'chiếm 20,04%' after 9.685 em: the change of that figure (one change, one percent).",
    "'trên 6 độ' (referral threshold) and 'tối thiểu 300 lux' (a standard) are optional.",
    "Distractors: Lượt xem 2.315, số 6 đường Lê Hồng Phong, Nguyễn Văn Tám, 0238.3566.248, Ngày 13/11, 09:20.",
]

build(1, TEXT, FIGS, published="2024-11-14", location="Nghệ An", notes=NOTES)
