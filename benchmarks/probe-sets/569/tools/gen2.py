"""p569-2: huyện Đức Trọng (Lâm Đồng) district portal — household connections, thị trấn Liên Nghĩa."""
from lib import F, P, INH, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG
Kinh tế - Hạ tầng
Thứ Năm, 21/03/2024 - 14:05

Đức Trọng: Hơn 4.800 hộ dân đấu nối nước thải vào hệ thống thu gom thị trấn Liên Nghĩa

Theo Ban Quản lý dự án đầu tư xây dựng huyện Đức Trọng, tính đến ngày 15/3/2024, dự án thu gom và xử lý nước thải thị trấn Liên Nghĩa đã có 4.826 hộ dân thực hiện đấu nối, đạt 80,4% so với 6.000 hộ theo kế hoạch. Trong đó, tổ dân phố 5 và tổ dân phố 12 có tỷ lệ đấu nối cao nhất, lần lượt đạt 96% và 94,5%.

Hệ thống được đầu tư từ nguồn vốn ODA của Chính phủ Đan Mạch với tổng mức đầu tư hơn 312 tỷ đồng, gồm nhà máy xử lý công suất 7.500 m³/ngày đêm và khoảng 38,6 km đường ống thu gom. Hiện nhà máy tiếp nhận bình quân 4.200 m³ nước thải mỗi ngày, nước sau xử lý đạt cột A QCVN 14:2008/BTNMT trước khi xả ra suối Cam Ly. Hai tháng đầu năm 2024, nhà máy đã xử lý 248.500 m³ nước thải, tăng 18,2% so với cùng kỳ năm 2023.

Từ đầu năm đến nay, huyện đã hỗ trợ 1,5 triệu đồng/hộ cho 1.126 hộ nghèo, hộ cận nghèo và gia đình chính sách để lắp đặt đường ống đấu nối, với tổng kinh phí gần 1,7 tỷ đồng.

Huyện phấn đấu đến hết năm 2024 nâng số hộ đấu nối lên 6.000 hộ, lưu lượng nước thải về nhà máy đạt khoảng 5.500 m³/ngày đêm, bằng 73% công suất thiết kế. Mọi thắc mắc về đấu nối, người dân liên hệ Ban Quản lý dự án, số 28 đường Thống Nhất, điện thoại 0263.3843.219.

Minh Châu
"""

ASOF = P("tính đến ngày 15/3/2024", None, "2024-03-15")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-21")
END24 = P("đến hết năm 2024", None, "2024-12-31")
FIGS = [
    F("Hơn 4.800 hộ", "4.800", 4800, "count", "hộ", approx="over",
      subject="hộ dân đấu nối nước thải vào hệ thống thu gom thị trấn Liên Nghĩa", period=INH(ASOF)),
    F("có 4.826 hộ", "4.826", 4826, "count", "hộ", percent=80.4, target=TG(6000, "hộ", False),
      subject="hộ dân thực hiện đấu nối", period=ASOF),
    F("đạt 96%", "96", 96, "percent", "%",
      subject="tỷ lệ đấu nối tổ dân phố 5", period=INH(ASOF)),
    F("và 94,5%", "94,5", 94.5, "percent", "%",
      subject="tỷ lệ đấu nối tổ dân phố 12", period=INH(ASOF)),
    F("hơn 312 tỷ đồng", "312", 312e9, "money", "đồng", approx="over",
      subject="tổng mức đầu tư hệ thống thu gom và xử lý nước thải"),
    F("suất 7.500 m³", "7.500", 7500, "measure", "m³/ngày đêm",
      subject="công suất nhà máy xử lý"),
    F("khoảng 38,6 km", "38,6", 38.6, "measure", "km", approx="about",
      subject="đường ống thu gom"),
    F("bình quân 4.200 m³", "4.200", 4200, "measure", "m³/ngày",
      subject="nước thải nhà máy tiếp nhận bình quân mỗi ngày"),
    F("xử lý 248.500 m³", "248.500", 248500, "measure", "m³",
      change=CH("increase", 18.2, "%", "cùng kỳ năm 2023"),
      subject="nước thải nhà máy đã xử lý",
      period=P("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")),
    F("1,5 triệu đồng/hộ", "1,5", 1500000, "money", "đồng/hộ",
      subject="mức hỗ trợ lắp đặt đường ống đấu nối", period=YTD),
    F("cho 1.126 hộ", "1.126", 1126, "count", "hộ",
      subject="hộ nghèo, hộ cận nghèo và gia đình chính sách được hỗ trợ", period=YTD),
    F("gần 1,7 tỷ đồng", "1,7", 1.7e9, "money", "đồng", approx="nearly",
      subject="tổng kinh phí hỗ trợ", period=YTD),
    F("lên 6.000 hộ", "6.000", 6000, "count", "hộ", status="target",
      subject="số hộ đấu nối", period=END24),
    F("khoảng 5.500 m³", "5.500", 5500, "measure", "m³/ngày đêm", approx="about", percent=73,
      status="target", subject="lưu lượng nước thải về nhà máy", period=END24),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Trọng (district portal): đấu nối hộ dân, dự án thu gom và xử lý nước thải thị trấn Liên Nghĩa.",
    "Dateline 'Thứ Năm, 21/03/2024 - 14:05'; byline at the end. Location Đức Trọng (the district) throughout; foreign donor Đan Mạch is no place.",
    "'đạt 80,4% so với 6.000 hộ theo kế hoạch': 80,4 is the percent, 6.000 the target (an attribute, not a figure).",
    "'tổ dân phố 5/12' are names; 'cột A', 'QCVN 14:2008/BTNMT', 'số 28 đường Thống Nhất', phone: distractors.",
    "'Hai tháng đầu năm 2024' = Jan-Feb 2024 (a period, not a figure). 'Từ đầu năm đến nay' ends at the dateline.",
    "'4.200 m³ … mỗi ngày': the rate 'mỗi ngày' goes to the unit (m³/ngày). The 2024 goals ('phấn đấu') are targets.",
]

if __name__ == "__main__":
    emit("p569-2", TEXT, COMMENTS, FIGS, published="2024-03-21", location="Đức Trọng")
