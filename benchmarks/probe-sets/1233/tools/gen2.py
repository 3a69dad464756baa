"""p1233-2: Nam Trực district portal (Nam Định), the Vân Chàng mechanical and forge village, 9 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRỰC - TỈNH NAM ĐỊNH
Trang chủ / Tin tức / Kinh tế

Làng nghề cơ khí, rèn Vân Chàng giữ đà tăng trưởng

Ngày đăng: 11/10/2023 15:20

Theo báo cáo của UBND xã Nam Thanh, 9 tháng đầu năm, giá trị sản xuất của làng nghề cơ khí, rèn Vân Chàng ước đạt 412 tỷ đồng, bằng 76,3% kế hoạch năm, tăng 6,8% so với cùng kỳ năm 2022. Cả năm 2023, xã phấn đấu giá trị sản xuất làng nghề đạt 540 tỷ đồng.

Hiện làng có 520 hộ làm nghề, thu hút khoảng 1.800 lao động, trong đó hơn 600 lao động đến từ các xã lân cận như Nam Hùng, Nam Dương. Bên cạnh sản phẩm cơ khí, nghề rèn truyền thống vẫn được 45 hộ gìn giữ, chủ yếu làm dao, liềm, cuốc, bàn cào; mỗi hộ bình quân xuất xưởng 300-400 sản phẩm/tháng. Giá dao thái thịt từ 60.000 đến 120.000 đồng/chiếc, liềm khoảng 35.000 đồng/chiếc.

Xưởng rèn của anh Trần Văn Hòa ở xóm 4 có 6 lao động và hai búa máy. Năm 2022, xưởng bán ra gần 24.000 con dao các loại, doanh thu khoảng 1,2 tỷ đồng. Thợ rèn chính tại xưởng được trả từ 9 đến 11 triệu đồng/người/tháng.

Cụm công nghiệp làng nghề Vân Chàng rộng 12,5 ha đã lấp đầy 100% diện tích với 68 doanh nghiệp, hộ sản xuất thuê đất. Huyện dự kiến mở rộng cụm thêm 10 ha trong năm 2024 để di dời khoảng 40 hộ sản xuất gây ô nhiễm ra khỏi khu dân cư.

Liên hệ: UBND huyện Nam Trực, thị trấn Nam Giang, huyện Nam Trực, tỉnh Nam Định - ĐT: 0228.3827.105
"""

M9 = P("9 tháng đầu năm", "2023-01-01", "2023-09-30")
Y23 = P("Cả năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("ước đạt 412 tỷ", "412", 412e9, "money", "đồng", percent=76.3, status="estimate",
      change=C("increase", 6.8, "%", "cùng kỳ năm 2022"),
      subject="giá trị sản xuất của làng nghề cơ khí, rèn Vân Chàng", period=M9),
    F("đạt 540 tỷ", "540", 540e9, "money", "đồng", status="target",
      subject="giá trị sản xuất làng nghề", period=Y23),
    F("có 520 hộ", "520", 520, "count", "hộ", subject="hộ làm nghề"),
    F("khoảng 1.800 lao động", "1.800", 1800, "count", "lao động", approx="about",
      subject="lao động làng nghề thu hút"),
    F("hơn 600 lao động", "600", 600, "count", "lao động", approx="over", total=1800,
      subject="lao động đến từ các xã lân cận"),
    F("được 45 hộ", "45", 45, "count", "hộ", subject="hộ gìn giữ nghề rèn truyền thống"),
    F("300-400 sản phẩm", "300", 300, "measure", "sản phẩm/tháng", value_max=400,
      subject="sản phẩm mỗi hộ rèn bình quân xuất xưởng"),
    F("từ 60.000 đến 120.000", "60.000", 60000, "money", "đồng/chiếc", value_max=120000,
      subject="giá dao thái thịt"),
    F("khoảng 35.000", "35.000", 35000, "money", "đồng/chiếc", approx="about", subject="giá liềm"),
    F("có 6 lao động", "6", 6, "count", "lao động", subject="lao động xưởng rèn của anh Trần Văn Hòa"),
    F("hai búa máy", "hai", 2, "count", "búa máy", subject="búa máy xưởng rèn của anh Trần Văn Hòa"),
    F("gần 24.000 con dao", "24.000", 24000, "count", "con dao", approx="nearly",
      subject="con dao xưởng bán ra", period=Y22),
    F("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about",
      subject="doanh thu xưởng rèn", period=Y22),
    F("từ 9 đến 11 triệu", "9", 9e6, "money", "đồng/người/tháng", value_max=11e6,
      subject="tiền trả thợ rèn chính tại xưởng"),
    F("rộng 12,5 ha", "12,5", 12.5, "measure", "ha", subject="diện tích cụm công nghiệp làng nghề Vân Chàng"),
    F("lấp đầy 100%", "100", 100, "percent", "%", subject="tỷ lệ lấp đầy diện tích cụm công nghiệp làng nghề"),
    F("với 68 doanh nghiệp", "68", 68, "count", "doanh nghiệp, hộ sản xuất",
      subject="doanh nghiệp, hộ sản xuất thuê đất trong cụm công nghiệp"),
    F("thêm 10 ha", "10", 10, "measure", "ha", status="forecast",
      subject="diện tích mở rộng cụm công nghiệp", period=Y24),
    F("khoảng 40 hộ", "40", 40, "count", "hộ", approx="about", status="forecast",
      subject="hộ sản xuất gây ô nhiễm di dời ra khỏi khu dân cư", period=Y24),
]

NOTES = [
    "District portal (huyện Nam Trực, Nam Định): Vân Chàng mechanical/forge village (xã Nam Thanh). 'Ngày đăng: 11/10/2023 15:20'.",
    "Default location = Nam Trực (district portal). Year-less '9 tháng đầu năm' takes 2023 (published; also implied by 'cùng kỳ năm 2022').",
    "Distractors: 15:20, xóm 4, phone 0228.3827.105, thị trấn Nam Giang, place names Nam Hùng / Nam Dương.",
    "'hơn 600 lao động' follows 'trong đó' after 1.800 lao động (total). 45 hộ rèn has no cue to 520 hộ: no total.",
    "'mỗi hộ bình quân xuất xưởng 300-400 sản phẩm/tháng' -> measure, unit sản phẩm/tháng. 'hai búa máy' is a number word (2).",
    "'Huyện dự kiến ... trong năm 2024 ... khoảng 40 hộ' -> forecast. 'Cả năm 2023 ... phấn đấu' -> target.",
]

if __name__ == "__main__":
    write("p1233-2", TEXT, NOTES, FIGS, published="2023-10-11", location="Nam Trực")
