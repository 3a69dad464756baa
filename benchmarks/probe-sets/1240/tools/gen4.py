"""p1240-4: ministry site (Bộ NN&PTNT), national lotus and water-lily acreage, exports, tourism, 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt

Cây sen, hoa súng: từ cây trồng phụ thành sinh kế và điểm đến du lịch

Ngày đăng: 28/08/2023 | Lượt xem: 1.045

Theo Cục Trồng trọt, năm 2022 cả nước có khoảng 7.600 ha sen và hơn 2.300 ha hoa súng trồng chuyên canh, tăng lần lượt 12% và 20% so với năm 2020. Diện tích sen tập trung chủ yếu ở Đồng bằng sông Cửu Long (chiếm 58%) và Đồng bằng sông Hồng (chiếm 21%). Ba địa phương có diện tích sen lớn nhất là Đồng Tháp, Thừa Thiên Huế và Hà Nội với lần lượt 2.380 ha, 486 ha và 412 ha.

Hiện có 31/63 tỉnh, thành phố hình thành điểm du lịch sinh thái gắn với đầm sen, hồ súng; trong đó 9 điểm được công nhận là điểm du lịch cấp tỉnh. Năm 2022, các điểm này đón khoảng 2,6 triệu lượt khách.

Xuất khẩu các sản phẩm từ sen (hạt sen sấy, trà tim sen, ngó sen) năm 2022 đạt 18,4 triệu USD, tăng 9,5% so với năm 2021; thị trường chính là Trung Quốc, Hàn Quốc và Nhật Bản. Riêng Trung Quốc là thị trường lớn nhất với 7,2 triệu USD.

Theo Chương trình phát triển nông nghiệp kết hợp du lịch giai đoạn 2021-2030, đến năm 2030 cả nước phấn đấu có 12.000 ha sen, súng; trên 50% diện tích được sản xuất theo quy trình VietGAP hoặc hữu cơ; giá trị sản xuất bình quân đạt từ 200 đến 250 triệu đồng/ha/năm.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y22b = P("Năm 2022", "2022-01-01", "2022-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LOTUS = "diện tích sen"

FIGS = [
    F("khoảng 7.600 ha", "7.600", 7600, "measure", "ha", approx="about",
      change=C("increase", 12, "%", "năm 2020"), subject=LOTUS, period=Y22),
    F("hơn 2.300 ha", "2.300", 2300, "measure", "ha", approx="over",
      change=C("increase", 20, "%", "năm 2020"), subject="diện tích hoa súng trồng chuyên canh", period=Y22),
    F("(chiếm 58%)", "58", 58, "percent", "%",
      subject="tỷ trọng diện tích sen ở Đồng bằng sông Cửu Long", period=I(Y22)),
    F("(chiếm 21%)", "21", 21, "percent", "%",
      subject="tỷ trọng diện tích sen ở Đồng bằng sông Hồng", period=I(Y22)),
    F("Ba địa phương", "Ba", 3, "count", "địa phương", optional=True,
      subject="địa phương có diện tích sen lớn nhất"),
    F("lần lượt 2.380 ha", "2.380", 2380, "measure", "ha", location="Đồng Tháp",
      subject=LOTUS, period=I(Y22)),
    F("ha, 486 ha", "486", 486, "measure", "ha", location="Thừa Thiên Huế", subject=LOTUS, period=I(Y22)),
    F("và 412 ha", "412", 412, "measure", "ha", location="Hà Nội", subject=LOTUS, period=I(Y22)),
    F("có 31/63 tỉnh", "31", 31, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố hình thành điểm du lịch sinh thái gắn với đầm sen, hồ súng"),
    F("trong đó 9 điểm", "9", 9, "count", "điểm",
      subject="điểm du lịch sinh thái gắn với đầm sen, hồ súng được công nhận là điểm du lịch cấp tỉnh"),
    F("khoảng 2,6 triệu", "2,6", 2600000, "count", "lượt khách", approx="about",
      subject="lượt khách đến các điểm du lịch sinh thái gắn với đầm sen, hồ súng", period=Y22b),
    F("đạt 18,4 triệu USD", "18,4", 18400000, "money", "USD",
      change=C("increase", 9.5, "%", "năm 2021"), subject="xuất khẩu các sản phẩm từ sen", period=Y22),
    F("với 7,2 triệu USD", "7,2", 7200000, "money", "USD",
      subject="xuất khẩu các sản phẩm từ sen sang thị trường Trung Quốc", period=I(Y22)),
    F("có 12.000 ha", "12.000", 12000, "measure", "ha", status="target",
      subject="diện tích sen, súng", period=T30),
    F("trên 50%", "50", 50, "percent", "%", approx="over", status="target",
      subject="tỷ lệ diện tích sen, súng sản xuất theo quy trình VietGAP hoặc hữu cơ", period=T30),
    F("từ 200 đến 250 triệu", "200", 200000000, "money", "đồng/ha/năm", value_max=250000000, status="target",
      subject="giá trị sản xuất bình quân sen, súng", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national lotus / water-lily acreage 2022, tourism points, exports, 2030 targets. 'Ngày đăng: 28/08/2023 | Lượt xem: 1.045'.",
    "National article: default location Việt Nam. List items Đồng Tháp / Thừa Thiên Huế / Hà Nội take their province as location, subject = the list's indicator.",
    "'tăng lần lượt 12% và 20% so với năm 2020' distributes one change to each of the two areas before it.",
    "'(chiếm 58%)' / '(chiếm 21%)' have no base amount of their own in the sentence: percent figures; the regions are not provinces, so location stays Việt Nam.",
    "'Ba địa phương có diện tích sen lớn nhất' is a top-3 label (optional). '31/63 tỉnh' -> total 63; '9 điểm' after 'trong đó' counts points, not provinces: no total.",
    "Trade partner Trung Quốc is not the figure's place (location Việt Nam).",
    "Targets: 'đến năm 2030 cả nước phấn đấu' governs the three ';'-joined clauses; period 'đến năm 2030' (start null), not 'giai đoạn 2021-2030' (the programme's name span).",
    "Distractors: 'Lượt xem: 1.045', 'giai đoạn 2021-2030', 'Số 2 Ngọc Hà', phone 024.3846.8161, VietGAP.",
]

if __name__ == "__main__":
    write("p1240-4", TEXT, NOTES, FIGS, published="2023-08-28", location="Việt Nam")
