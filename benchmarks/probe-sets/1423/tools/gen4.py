"""p1423-4: provincial Party newspaper (Báo Sóc Trăng, tag '(STO) -'): feature on a street lottery seller and an agency."""
from lib import F, per, inh, chg, tgt, write

TEXT = """BÁO SÓC TRĂNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SÓC TRĂNG
Xã hội

Thứ Tư, 16/08/2023 - 06:12

Nhọc nhằn nghề bán vé số dạo

Mỗi ngày đi bộ hơn 15 km, bán được khoảng 150 tờ vé số, nhiều người bán vé số dạo ở TP Sóc Trăng chỉ kiếm được từ 120.000 đến 170.000 đồng.

(STO) - Năm giờ sáng, bà Trần Thị Mười (64 tuổi, ngụ Phường 5, TP Sóc Trăng) đã có mặt ở đại lý vé số trên đường Lê Hồng Phong để nhận vé. Mỗi ngày bà lấy 180 tờ, bán hết khoảng 150 tờ, số còn lại trả lại đại lý trước 15 giờ. "Bán một tờ được 1.100 đồng, ngày nào đắt khách thì được hơn 160.000 đồng, mưa gió thì chưa tới 100.000 đồng", bà Mười nói. Tiền thuê phòng trọ 900.000 đồng/tháng, bà còn phải nuôi hai đứa cháu đang đi học.

Chủ đại lý vé số Phát Đạt, chị Huỳnh Ngọc Thảo, cho biết đại lý hiện có 65 người bán dạo, mỗi ngày nhận khoảng 9.000 tờ vé của 3 công ty xổ số. Đại lý được hưởng hoa hồng 10% giá vé; giá mỗi tờ 10.000 đồng, đại lý giao cho người bán dạo với giá 8.900 đồng/tờ.

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh hiện có khoảng 4.200 người bán vé số dạo, trong đó khoảng 1.300 người là người khuyết tật. Từ đầu năm đến nay, các cấp hội đã trao 450 phần quà, mỗi phần trị giá 400.000 đồng, và vận động 86 người bán vé số tham gia bảo hiểm xã hội tự nguyện.

PHƯƠNG NGHI

Tin cùng chuyên mục:
- Trao học bổng cho học sinh nghèo hiếu học huyện Mỹ Xuyên
- Sóc Trăng: Ra quân Chiến dịch Thanh niên tình nguyện hè 2023
"""

YTD = per("Từ đầu năm đến nay", "2023-01-01", "2023-08-16")
ST = "TP Sóc Trăng"

FIGS = [
    F("hơn 15 km", "15", 15, "measure", "km/ngày", approx="over",
      subject="quãng đường người bán vé số dạo đi bộ mỗi ngày", location=ST),
    F("bán được khoảng 150 tờ", "150", 150, "measure", "tờ/ngày", approx="about",
      subject="vé số người bán vé số dạo bán được mỗi ngày", location=ST),
    F("từ 120.000 đến 170.000", "120.000", 120000, "money", "đồng/ngày", value_max=170000,
      subject="thu nhập mỗi ngày của người bán vé số dạo", location=ST),
    F("(64 tuổi", "64", 64, "measure", "tuổi", optional=True),
    F("lấy 180 tờ", "180", 180, "measure", "tờ/ngày", subject="vé số bà Mười lấy mỗi ngày", location=ST),
    F("bán hết khoảng 150 tờ", "150", 150, "measure", "tờ/ngày", approx="about",
      subject="vé số bà Mười bán hết mỗi ngày", location=ST),
    F("được 1.100 đồng", "1.100", 1100, "money", "đồng/tờ", subject="tiền hưởng khi bán một tờ vé số",
      location=ST),
    F("hơn 160.000 đồng", "160.000", 160000, "money", "đồng", approx="over",
      subject="thu nhập ngày đắt khách", location=ST),
    F("chưa tới 100.000", "100.000", 100000, "money", "đồng", approx="under",
      subject="thu nhập ngày mưa gió", location=ST),
    F("trọ 900.000 đồng/tháng", "900.000", 900000, "money", "đồng/tháng", subject="tiền thuê phòng trọ",
      location=ST),
    F("nuôi hai đứa", "hai", 2, "count", "cháu", subject="cháu đang đi học bà Mười phải nuôi",
      location=ST),
    F("có 65 người", "65", 65, "count", "người", subject="người bán dạo của đại lý vé số Phát Đạt"),
    F("khoảng 9.000 tờ", "9.000", 9000, "measure", "tờ/ngày", approx="about",
      subject="vé đại lý nhận mỗi ngày"),
    F("của 3 công ty", "3", 3, "count", "công ty", subject="công ty xổ số giao vé cho đại lý"),
    F("hoa hồng 10%", "10", 10, "percent", "%", subject="hoa hồng đại lý được hưởng"),
    F("tờ 10.000 đồng", "10.000", 10000, "money", "đồng/tờ", subject="giá mỗi tờ vé số"),
    F("giá 8.900 đồng/tờ", "8.900", 8900, "money", "đồng/tờ", subject="giá đại lý giao vé cho người bán dạo"),
    F("khoảng 4.200 người", "4.200", 4200, "count", "người", approx="about", subject="người bán vé số dạo"),
    F("khoảng 1.300 người", "1.300", 1300, "count", "người", approx="about", total=4200,
      subject="người bán vé số dạo là người khuyết tật"),
    F("trao 450 phần", "450", 450, "count", "phần quà", subject="phần quà các cấp hội trao", period=YTD),
    F("trị giá 400.000", "400.000", 400000, "money", "đồng/phần", subject="trị giá mỗi phần quà", period=YTD),
    F("vận động 86 người", "86", 86, "count", "người",
      subject="người bán vé số tham gia bảo hiểm xã hội tự nguyện", period=YTD),
]

NOTES = [
    "Party newspaper (Báo Sóc Trăng): masthead, section, 'Thứ Tư, 16/08/2023 - 06:12', headline, sapo, tag '(STO) -', byline, related links.",
    "Distractors: 'Năm giờ sáng' and 'trước 15 giờ' (times of day), the name 'Trần Thị Mười' (mười = ten), 'Phường 5',",
    "'đường Lê Hồng Phong', 'Bán một tờ' (the rate's denominator), 'hè 2023' in a link title, 06:12.",
    "The sapo and bà Mười's story are in TP Sóc Trăng (location TP Sóc Trăng); the agency and the province figures take the default",
    "Sóc Trăng (the agency is not placed in the text beyond the province paper).",
    "Per-day amounts are rates: 'Mỗi ngày ... hơn 15 km' → km/ngày, tờ/ngày, đồng/ngày; 'Bán một tờ được 1.100 đồng' → đồng/tờ.",
    "'hơn 160.000 đồng' (a good day) and 'chưa tới 100.000' (a rainy day) keep unit đồng: the text gives no denominator.",
    "'trong đó khoảng 1.300 người là người khuyết tật' → total 4200. 'mỗi phần trị giá 400.000 đồng' → đồng/phần.",
    "'(64 tuổi' is a person's age: optional. 'hai đứa cháu' is a number word: required count, unit cháu (đứa is the classifier).",
    "'Từ đầu năm đến nay' ends at the dateline (2023-08-16) and governs the whole sentence.",
]

if __name__ == "__main__":
    write("p1423-4", TEXT, NOTES, FIGS, published="2023-08-16", location="Sóc Trăng")
