"""p1217-6: national newspaper, xóm lồng đèn Phú Bình (quận 11, TP HCM), Trung thu 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh

Xóm lồng đèn Phú Bình làm xuyên đêm phục vụ Trung thu

Thứ bảy, 14/9/2024, 07:30 (GMT+7)

Ở xóm lồng đèn Phú Bình (phường 5, quận 11, TP HCM), hơn 20 hộ còn giữ nghề làm lồng đèn giấy kiếng khung tre, trong khi thời cao điểm những năm 1990 cả xóm có hơn 100 hộ. Cả xóm nay chỉ còn một cơ sở làm đèn kéo quân.

Ông Lê Văn Tư, 62 tuổi, chủ một cơ sở lâu năm trong xóm, cho biết năm nay cơ sở làm khoảng 8.000 chiếc lồng đèn, ít hơn năm ngoái 2.000 chiếc do thiếu thợ. Mỗi chiếc lồng đèn con cá, ông sao bán sỉ 60.000-90.000 đồng, lồng đèn kéo quân cỡ lớn khoảng 600.000 đồng. Cơ sở thuê 6 thợ, trả công 350.000 đồng/người/ngày, làm từ 7h sáng đến 22h.

"Làm lồng đèn truyền thống cực lắm, một chiếc đèn kéo quân mất ba ngày mới xong", ông Tư nói.

Theo Sở Công Thương TP HCM, năm nay thị trường Trung thu của thành phố có hơn 1,5 triệu sản phẩm đồ chơi, lồng đèn các loại, tăng khoảng 7% so với năm 2023; trong đó lồng đèn sản xuất trong nước chiếm khoảng 85%. Tại phố lồng đèn Lương Nhữ Học (quận 5), giá lồng đèn nhựa, lồng đèn điện tử tăng 10-15% so với năm trước.

Theo Hiệp hội Làng nghề Việt Nam, cả nước hiện có hơn 5.400 làng nghề, thu hút khoảng 11 triệu lao động, nhưng số làng còn làm đồ chơi Trung thu truyền thống ngày càng ít.

Thu Hằng
"""

NOW = P("năm nay", "2024-01-01", "2024-12-31")
NOW2 = P("năm nay", "2024-01-01", "2024-12-31")
N90 = P("những năm 1990", "1990-01-01", "1999-12-31")
Q11 = "Quận 11"
VN = "Việt Nam"

FIGS = [
    F("hơn 20 hộ", "20", 20, "count", "hộ", approx="over",
      subject="hộ còn giữ nghề làm lồng đèn giấy kiếng khung tre", location=Q11),
    F("hơn 100 hộ", "100", 100, "count", "hộ", approx="over",
      subject="hộ làm lồng đèn thời cao điểm", period=N90, location=Q11),
    F("còn một cơ sở", "một", 1, "count", "cơ sở", subject="cơ sở làm đèn kéo quân", location=Q11),
    F("62 tuổi", "62", 62, "measure", "tuổi", optional=True, subject="tuổi ông Lê Văn Tư", location=Q11),
    F("khoảng 8.000 chiếc", "8.000", 8000, "count", "chiếc", approx="about",
      change=C("decrease", 2000, "chiếc", "năm ngoái"),
      subject="lồng đèn cơ sở làm", period=NOW, location=Q11),
    F("60.000-90.000", "60.000", 60000, "money", "đồng/chiếc", value_max=90000,
      subject="giá bán sỉ lồng đèn con cá, ông sao", location=Q11),
    F("khoảng 600.000", "600.000", 600000, "money", "đồng/chiếc", approx="about",
      subject="giá lồng đèn kéo quân cỡ lớn", location=Q11),
    F("thuê 6 thợ", "6", 6, "count", "thợ", subject="thợ cơ sở thuê", location=Q11),
    F("350.000 đồng", "350.000", 350000, "money", "đồng/người/ngày", subject="tiền công thợ", location=Q11),
    F("mất ba ngày", "ba", 3, "measure", "ngày", subject="thời gian làm một chiếc đèn kéo quân", location=Q11),
    F("hơn 1,5 triệu", "1,5", 1500000, "count", "sản phẩm", approx="over",
      change=C("increase", 7, "%", "năm 2023", approx="about"),
      subject="sản phẩm đồ chơi, lồng đèn các loại trên thị trường Trung thu", period=NOW2),
    F("chiếm khoảng 85%", "85", 85, "percent", "%", approx="about",
      subject="tỷ trọng lồng đèn sản xuất trong nước", period=NOW2),
    F("tăng 10-15%", "10", 10, "percent", "%", value_max=15,
      subject="mức tăng giá lồng đèn nhựa, lồng đèn điện tử", period=I(NOW2), location="Quận 5"),
    F("hơn 5.400 làng nghề", "5.400", 5400, "count", "làng nghề", approx="over", subject="làng nghề", location=VN),
    F("khoảng 11 triệu", "11", 11000000, "count", "lao động", approx="about",
      subject="lao động làng nghề", location=VN),
]

NOTES = [
    "National newspaper: section, 'Thứ bảy, 14/9/2024, 07:30 (GMT+7)' (published), byline at the end.",
    "Xóm Phú Bình (phường 5, quận 11) figures get Quận 11; city market figures TP Hồ Chí Minh (default); Lương Nhữ Học street Quận 5;",
    "the Hiệp hội Làng nghề national figures Việt Nam. 'những năm 1990' is a decade period (1990-1999).",
    "'ít hơn năm ngoái 2.000 chiếc' is the change of 8.000 chiếc (decrease 2000 chiếc). 'tăng 10-15% so với năm trước' is a growth rate as the claim:",
    "percent figure, range, no change. 'chỉ còn một cơ sở', 'mất ba ngày' are number words; 'một chiếc đèn kéo quân' is the thing timed, not a figure.",
    "Distractors: phường 5, quận 11, quận 5 (names), 07:30, (GMT+7), '7h sáng đến 22h' (times), '62 tuổi' (age, optional).",
]

if __name__ == "__main__":
    write("p1217-6", TEXT, NOTES, FIGS, published="2024-09-14", location="TP Hồ Chí Minh")
