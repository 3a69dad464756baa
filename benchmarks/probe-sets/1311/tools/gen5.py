"""p1311-5: national newspaper: Đắk Lắk drought, dry wells in Ea Súp, drilling prices (March 2024)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự | Dân sinh
Thứ sáu, 29/3/2024, 15:40 (GMT+7)

Nông dân Đắk Lắk khoan giếng sâu trăm mét vẫn không có nước

Hạn hán kéo dài khiến hàng trăm giếng đào, giếng khoan ở huyện Ea Súp khô cạn; nhiều hộ phải mua nước với giá cao gấp 2 lần năm ngoái.

Gần một tháng nay, gia đình ông Y Kô Niê ở buôn Ea Rốk, xã Ea Rốk, huyện Ea Súp phải chở từng can nước từ nhà người quen cách đó 5 km về dùng. Giếng đào sâu 18 m của gia đình đã cạn trơ đáy. "Tôi thuê thợ khoan thêm một giếng sâu 110 m, tốn hơn 35 triệu đồng nhưng chỉ được chút nước đục", ông kể. Cả buôn có gần ba chục giếng khoan thì nay chỉ còn 4 giếng có nước.

Theo UBND huyện Ea Súp, đến ngày 25/3, toàn huyện có khoảng 1.250 hộ thiếu nước sinh hoạt, trong đó hơn 700 hộ ở các xã Ea Rốk, Ia Lốp, Ia Rvê. Mực nước ngầm tại nhiều khu vực đã xuống sâu hơn 8-10 m so với các năm trước. Thợ khoan giếng trên địa bàn cho biết giá khoan hiện tăng lên 350.000-400.000 đồng/m, nhiều giếng phải khoan tới 120-150 m mới gặp mạch nước.

Sở Nông nghiệp và Phát triển nông thôn tỉnh Đắk Lắk cho biết, từ đầu năm đến nay toàn tỉnh có hơn 6.100 ha cây trồng bị hạn và gần 3.400 hộ thiếu nước sinh hoạt, tập trung tại các huyện Ea Súp, Buôn Đôn, Cư M'gar, M'Đrắk. Tỉnh đã xuất cấp 5 tỷ đồng hỗ trợ các địa phương khoan giếng, đồng thời đề nghị Trung ương hỗ trợ 45 tỷ đồng để xây dựng 14 công trình cấp nước tập trung.

Hoàng Minh

Xem thêm: Tây Nguyên bước vào cao điểm khô hạn | Gia Lai: 2 huyện công bố tình huống hạn hán
"""

AS25 = per("đến ngày 25/3", None, "2024-03-25")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-03-29")
ES = "Ea Súp"

FIGS = [
    fig("sâu trăm mét", "trăm", 100, "measure", "m", subject="độ sâu giếng khoan", optional=True),
    fig("hàng trăm giếng", "trăm", 100, "count", "giếng", approx="over", subject="giếng đào, giếng khoan khô cạn",
        location=ES, optional=True),
    fig("gấp 2 lần", "2", 2, "multiple", "lần", subject="giá mua nước so với năm ngoái", location=ES),
    fig("cách đó 5 km", "5", 5, "measure", "km", subject="quãng đường chở nước từ nhà người quen", location=ES),
    fig("sâu 18 m", "18", 18, "measure", "m", subject="độ sâu giếng đào của gia đình ông Y Kô Niê", location=ES),
    fig("thêm một giếng", "một", 1, "count", "giếng", subject="giếng ông Y Kô Niê thuê thợ khoan thêm", location=ES),
    fig("sâu 110 m", "110", 110, "measure", "m", subject="độ sâu giếng khoan thêm", location=ES),
    fig("hơn 35 triệu", "35", 35e6, "money", "đồng", approx="over", subject="chi phí khoan giếng", location=ES),
    fig("gần ba chục giếng", "ba chục", 30, "count", "giếng khoan", approx="nearly",
        subject="giếng khoan cả buôn có", location=ES),
    fig("còn 4 giếng", "4", 4, "count", "giếng", subject="giếng còn có nước", location=ES),
    fig("khoảng 1.250 hộ", "1.250", 1250, "count", "hộ", approx="about", subject="hộ thiếu nước sinh hoạt",
        period=AS25, location=ES),
    fig("hơn 700 hộ", "700", 700, "count", "hộ", approx="over", total=1250,
        subject="hộ thiếu nước sinh hoạt ở các xã Ea Rốk, Ia Lốp, Ia Rvê", period=AS25, location=ES),
    fig("sâu hơn 8-10 m", "8", 8, "measure", "m", value_max=10,
        subject="mực nước ngầm xuống sâu hơn so với các năm trước", location=ES),
    fig("350.000-400.000", "350.000", 350000, "money", "đồng/m", value_max=400000, subject="giá khoan giếng",
        location=ES),
    fig("tới 120-150 m", "120", 120, "measure", "m", value_max=150, subject="độ sâu giếng phải khoan mới gặp mạch nước",
        location=ES),
    fig("hơn 6.100 ha", "6.100", 6100, "measure", "ha", approx="over", subject="cây trồng bị hạn", period=YTD),
    fig("gần 3.400 hộ", "3.400", 3400, "count", "hộ", approx="nearly", subject="hộ thiếu nước sinh hoạt",
        period=YTD),
    fig("xuất cấp 5 tỷ", "5", 5e9, "money", "đồng", subject="kinh phí tỉnh xuất cấp hỗ trợ khoan giếng",
        period=inh(YTD)),
    fig("hỗ trợ 45 tỷ", "45", 45e9, "money", "đồng", subject="kinh phí đề nghị Trung ương hỗ trợ",
        period=inh(YTD)),
    fig("dựng 14 công trình", "14", 14, "count", "công trình", subject="công trình cấp nước tập trung xây dựng",
        period=inh(YTD)),
]

NOTES = [
    "National newspaper: section line, 'Thứ sáu, 29/3/2024, 15:40 (GMT+7)' (published), sapo, quote, byline, 'Xem thêm' links.",
    "Distractors: 15:40, (GMT+7), 'Gần một tháng nay' (a duration that locates the story in time), 'đến ngày 25/3',",
    "'Gia Lai: 2 huyện' in a link title (page furniture).",
    "Headline 'sâu trăm mét' (rhetorical) and sapo 'hàng trăm giếng' (indefinite) are optional.",
    "'giá cao gấp 2 lần năm ngoái' stands alone as the claim (no price given): kind multiple.",
    "'gần ba chục giếng' = 30 (number words); '4 giếng có nước' has no part-of cue (trong đó/gồm/trong số): no total.",
    "'xuống sâu hơn 8-10 m so với các năm trước': 'hơn' is the comparative of 'sâu' (deeper by), not 'over': approx exact;",
    "a measure range that is itself the claim, no change. 'đến ngày 25/3' takes 2024 from the dateline: as-of 2024-03-25.",
    "Ea Súp figures → location Ea Súp; the Sở's figures → Đắk Lắk (default). Its last sentence inherits 'từ đầu năm đến nay'.",
    "'đề nghị Trung ương hỗ trợ 45 tỷ đồng' is a request with no status cue: actual.",
]

if __name__ == "__main__":
    write("p1311-5", TEXT, NOTES, FIGS, published="2024-03-29", location="Đắk Lắk")
