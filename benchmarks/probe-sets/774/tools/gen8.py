from lib import F, P, I, CH, emit

TEXT = """BỆNH VIỆN HỮU NGHỊ VIỆT ĐỨC
Tin hoạt động
Ngày cập nhật 05/01/2024

Năm 2023: Bệnh viện Việt Đức ghép 245 ca tạng, cao nhất từ trước đến nay

Năm 2023, Bệnh viện Hữu nghị Việt Đức (Hà Nội) thực hiện 245 ca ghép tạng, tăng 27 ca so với năm 2022, trong đó có 186 ca ghép thận, 41 ca ghép gan, 15 ca ghép tim và 3 ca ghép phổi. Đặc biệt, ngày 15/11/2023, bệnh viện thực hiện ca ghép gan thứ 200 kể từ ca ghép đầu tiên năm 2004.

Số người hiến tạng sau chết não tại bệnh viện trong năm là 37 người, chiếm khoảng 35% số người hiến chết não của cả nước; từ đó lấy được 192 tạng và mô các loại. Trung bình mỗi người hiến đã cứu sống từ 4 đến 5 người bệnh.

Tỷ lệ sống sau 1 năm của người bệnh ghép gan đạt 90,5%, ghép thận đạt 98,2%. Chi phí trung bình cho một ca ghép thận tại bệnh viện là 350 triệu đồng, ghép gan khoảng 1,1 tỷ đồng, ghép tim gần 1 tỷ đồng. Ngân hàng Mô của bệnh viện hiện lưu trữ hơn 1.500 đơn vị mô (xương, gân, da).

Quý IV/2023, bệnh viện nhận 2.146 đơn đăng ký hiến mô, tạng sau khi chết, gấp đôi quý III.

Năm 2024, bệnh viện dự kiến thực hiện 270 đến 300 ca ghép tạng, đồng thời triển khai ghép ruột và ghép tụy - thận đồng thời.

Đơn vị Điều phối ghép tạng: Tầng 3, nhà C, số 40 Tràng Thi, quận Hoàn Kiếm. Đường dây nóng: 0912.345.115.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("ghép 245 ca tạng", "245", 245, "count", "ca", "ca tạng Bệnh viện Việt Đức ghép", Y23),
    F("thực hiện 245 ca", "245", 245, "count", "ca", "ca ghép tạng Bệnh viện Hữu nghị Việt Đức thực hiện", Y23,
      change=CH("increase", 27, "ca", "năm 2022")),
    F("có 186 ca", "186", 186, "count", "ca", "ca ghép thận", Y23, total=245),
    F("41 ca ghép gan", "41", 41, "count", "ca", "ca ghép gan", Y23, total=245),
    F("15 ca ghép tim", "15", 15, "count", "ca", "ca ghép tim", Y23, total=245),
    F("3 ca ghép phổi", "3", 3, "count", "ca", "ca ghép phổi", Y23, total=245),
    F("là 37 người", "37", 37, "count", "người", "người hiến tạng sau chết não tại bệnh viện",
      P("trong năm", "2023-01-01", "2023-12-31"), percent=35),
    F("được 192 tạng", "192", 192, "count", "tạng và mô", "tạng và mô các loại lấy được",
      P("trong năm", "2023-01-01", "2023-12-31")),
    F("từ 4 đến 5 người", "4", 4, "count", "người bệnh", "người bệnh mỗi người hiến cứu sống", value_max=5),
    F("sau 1 năm", "1", 1, "measure", "năm", "thời gian sống sau ghép", optional=True),
    F("đạt 90,5%", "90,5", 90.5, "percent", "%", "tỷ lệ sống sau 1 năm của người bệnh ghép gan"),
    F("đạt 98,2%", "98,2", 98.2, "percent", "%", "tỷ lệ sống sau 1 năm của người bệnh ghép thận"),
    F("là 350 triệu", "350", 350e6, "money", "đồng", "chi phí trung bình cho một ca ghép thận"),
    F("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", "chi phí trung bình cho một ca ghép gan", approx="about"),
    F("gần 1 tỷ", "1", 1e9, "money", "đồng", "chi phí trung bình cho một ca ghép tim", approx="nearly"),
    F("hơn 1.500 đơn vị", "1.500", 1500, "count", "đơn vị mô", "đơn vị mô Ngân hàng Mô lưu trữ", approx="over"),
    F("nhận 2.146 đơn", "2.146", 2146, "count", "đơn", "đơn đăng ký hiến mô, tạng sau khi chết",
      P("Quý IV/2023", "2023-10-01", "2023-12-31"), change=CH("increase", 2, "lần", "quý III")),
    F("270 đến 300 ca", "270", 270, "count", "ca", "ca ghép tạng", Y24, value_max=300, status="forecast"),
]

COMMENTS = [
    "Bệnh viện Hữu nghị Việt Đức news page ('Ngày cập nhật 05/01/2024'): ghép tạng năm 2023, người hiến chết não, survival, costs, plans 2024.",
    "Location Hà Nội (named in the lead). Headline '245 ca tạng' and lead '245 ca ghép tạng' are both figures; parts 186 + 41 + 15 + 3 = 245.",
    "'tăng 27 ca so với năm 2022' is the change of 245; 'gấp đôi quý III' after 2.146 đơn is its change (2 lần, word number). 'trong năm' = 2023.",
    "'37 người, chiếm khoảng 35% số người hiến chết não của cả nước' -> percent 35 (share of a national whole; the figure stays Hà Nội).",
    "'sau 1 năm' names the survival rate (optional). 'từ 4 đến 5 người bệnh' is a range. 'dự kiến ... 270 đến 300 ca' -> forecast.",
    "Not figures: 'ca ghép gan thứ 200' (ordinal), 'năm 2004', 'ngày 15/11/2023', 'Tầng 3, nhà C, số 40 Tràng Thi', phone 0912.345.115.",
]

if __name__ == "__main__":
    emit("p774-8", TEXT, COMMENTS, FIGS, published="2024-01-05", location="Hà Nội")
