"""p1254-7: news agency (TTXVN / Vietnam+): cá trích season in huyện Kiên Hải (Kiên Giang), drying workshop, district and province."""
from lib import fig, per, inh, chg, write

TEXT = """VIETNAM+ | Kinh tế | Nông nghiệp

Kiên Giang: Ngư dân Kiên Hải được mùa cá trích

21/03/2024 14:05 GMT+7

Mùa cá trích năm nay, ngư dân huyện đảo Kiên Hải, tỉnh Kiên Giang liên tục có những chuyến biển đạt sản lượng cao, giá bán ổn định.

Kiên Giang (TTXVN 21/3) - Theo Phòng Nông nghiệp và Phát triển nông thôn huyện Kiên Hải, từ đầu tháng 1 đến nay, ngư dân trên địa bàn khai thác được khoảng 3.650 tấn cá trích, tăng gần 1,3 lần so với cùng kỳ. Huyện hiện có 286 tàu cá, trong đó khoảng 90 tàu chuyên khai thác cá trích bằng lưới rê và lưới vây.

Tại xã Lại Sơn, hàng chục hộ dân làm nghề phơi khô cá trích. Bà Trần Thị Mười, chủ cơ sở khô Mười Sơn, cho biết mỗi ngày cơ sở thu mua khoảng 1,5 tấn cá trích tươi với giá 18.000-20.000 đồng/kg; sản lượng cá khô bình quân 350 kg/ngày, bán ra 160.000 đồng/kg. Cơ sở tạo việc làm cho 15 lao động địa phương với mức lương từ 250.000 đến 300.000 đồng/người/ngày.

Ông Đỗ Minh Khang, Phó Chủ tịch UBND huyện Kiên Hải, cho biết năm 2023, tổng sản lượng khai thác thủy sản của huyện đạt 47.820 tấn, vượt 6,3% kế hoạch. Năm 2024, huyện đặt mục tiêu khai thác 48.500 tấn, phát triển ba chục cơ sở chế biến cá trích khô đạt chuẩn an toàn thực phẩm và xây dựng thương hiệu “Cá trích Hòn Sơn 68”.

Toàn tỉnh Kiên Giang hiện có hơn 9.600 tàu cá; 2 tháng đầu năm 2024, sản lượng khai thác thủy sản toàn tỉnh đạt 124.500 tấn, bằng 16,6% kế hoạch năm.

(TTXVN)
"""

YTD = per("từ đầu tháng 1 đến nay", "2024-01-01", "2024-03-21")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
KH = "Kiên Hải"

FIGS = [
    fig("khoảng 3.650 tấn", "3.650", 3650, "measure", "tấn", approx="about",
        change=chg("increase", 1.3, "lần", "cùng kỳ", approx="nearly"),
        subject="cá trích ngư dân khai thác được", period=YTD, location=KH),
    fig("có 286 tàu", "286", 286, "count", "tàu cá", subject="tàu cá của huyện", location=KH),
    fig("khoảng 90 tàu", "90", 90, "count", "tàu", approx="about", total=286,
        subject="tàu chuyên khai thác cá trích bằng lưới rê và lưới vây", location=KH),
    fig("hàng chục hộ", "chục", 10, "count", "hộ", approx="about",
        subject="hộ dân làm nghề phơi khô cá trích", location=KH, optional=True),
    fig("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn/ngày", approx="about",
        subject="cá trích tươi cơ sở thu mua mỗi ngày", location=KH),
    fig("giá 18.000-20.000", "18.000", 18000, "money", "đồng/kg", value_max=20000,
        subject="giá thu mua cá trích tươi", location=KH),
    fig("350 kg/ngày", "350", 350, "measure", "kg/ngày", subject="sản lượng cá khô bình quân", location=KH),
    fig("ra 160.000 đồng/kg", "160.000", 160000, "money", "đồng/kg", subject="giá bán cá khô", location=KH),
    fig("cho 15 lao động", "15", 15, "count", "lao động", subject="lao động địa phương cơ sở tạo việc làm",
        location=KH),
    fig("từ 250.000 đến 300.000", "250.000", 250000, "money", "đồng/người/ngày", value_max=300000,
        subject="mức lương lao động", location=KH),
    fig("đạt 47.820 tấn", "47.820", 47820, "measure", "tấn", change=chg("increase", 6.3, "%", "kế hoạch"),
        subject="tổng sản lượng khai thác thủy sản của huyện", period=Y23, location=KH),
    fig("khai thác 48.500 tấn", "48.500", 48500, "measure", "tấn", status="target",
        subject="sản lượng khai thác", period=Y24, location=KH),
    fig("ba chục cơ sở", "ba", 30, "count", "cơ sở", status="target",
        subject="cơ sở chế biến cá trích khô đạt chuẩn an toàn thực phẩm", period=Y24, location=KH),
    fig("hơn 9.600 tàu", "9.600", 9600, "count", "tàu cá", approx="over", subject="tàu cá toàn tỉnh"),
    fig("đạt 124.500 tấn", "124.500", 124500, "measure", "tấn", percent=16.6,
        subject="sản lượng khai thác thủy sản toàn tỉnh", period=M2),
]

NOTES = [
    "News agency (TTXVN, Vietnam+): '21/03/2024 14:05 GMT+7', sapo, dateline 'Kiên Giang (TTXVN 21/3) -', '(TTXVN)' at the end.",
    "Distractors: 14:05, 'TTXVN 21/3', brand '“Cá trích Hòn Sơn 68”', 'tháng 1' inside a period phrase, 'xã Lại Sơn'.",
    "Location Kiên Hải for the district passage and the workshop; 'Toàn tỉnh Kiên Giang' → Kiên Giang (default).",
    "'từ đầu tháng 1 đến nay' = 2024-01-01 .. dateline; 'tăng gần 1,3 lần so với cùng kỳ' is a change in lần, approx nearly.",
    "'vượt 6,3% kế hoạch' is a gap to plan → change (increase 6,3 %, baseline kế hoạch). 'ba chục cơ sở' = 30 (number words), target.",
    "'hàng chục hộ' is a vague number word ('tens of'): optional, value 10, about. 'mục tiêu' governs the whole 'Năm 2024' sentence.",
]

if __name__ == "__main__":
    write("p1254-7", TEXT, NOTES, FIGS, published="2024-03-21", location="Kiên Giang")
