"""p1534-6: news agency (TTXVN / Vietnam+): Bàu Trúc pottery (Ninh Phước, Ninh Thuận), vases and decorative pots."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAMPLUS
Kinh tế > Làng nghề

Gốm Bàu Trúc vươn xa nhờ lọ hoa, chậu trang trí

Thứ Ba, 05/03/2024 14:32 GMT+7

Làng gốm Bàu Trúc của đồng bào Chăm ở tỉnh Ninh Thuận đang chuyển mạnh sang làm bình hoa, lọ hoa, chậu trang trí để đáp ứng nhu cầu của khách du lịch và thị trường trong nước.

Phan Rang-Tháp Chàm (TTXVN) - Làng gốm Bàu Trúc thuộc thị trấn Phước Dân, huyện Ninh Phước, nằm cạnh Quốc lộ 1A, cách trung tâm TP Phan Rang-Tháp Chàm khoảng 10 km. Làng có 472 hộ làm gốm, gồm 318 hộ chuyên sản xuất và 154 hộ vừa sản xuất vừa kinh doanh.

Theo UBND thị trấn Phước Dân, năm 2023 doanh thu từ gốm Bàu Trúc đạt gần 40 tỷ đồng; thu nhập bình quân từ 60 đến 80 triệu đồng/hộ/năm. Bình hoa, lọ hoa và chậu trang trí chiếm trên 60% sản lượng của làng, giá từ 100.000 đồng đến 2,5 triệu đồng/chiếc.

Hợp tác xã Gốm Chăm Đàng Năng có 35 thành viên, mỗi tháng bán ra khoảng 3.000 sản phẩm, phần lớn qua các sàn thương mại điện tử. Từ đầu năm 2024 đến nay, làng đón khoảng 25.000 lượt khách, tăng 30% so với cùng kỳ.

Nghệ thuật làm gốm của người Chăm được UNESCO ghi danh năm 2022. Tỉnh Ninh Thuận đặt mục tiêu đến năm 2025 toàn tỉnh có 5 sản phẩm gốm đạt OCOP 4 sao trở lên; doanh thu các làng nghề gốm tăng bình quân 10%/năm.

(TTXVN/Vietnam+)
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-05")
TO25 = per("đến năm 2025", None, "2025-12-31")
NT = "Ninh Thuận"

FIGS = [
    fig("khoảng 10 km", "10", 10, "measure", "km", approx="about",
        subject="khoảng cách từ làng đến trung tâm TP Phan Rang-Tháp Chàm", optional=True),
    fig("có 472 hộ", "472", 472, "count", "hộ", subject="hộ làm gốm"),
    fig("gồm 318 hộ", "318", 318, "count", "hộ", total=472, subject="hộ chuyên sản xuất"),
    fig("và 154 hộ", "154", 154, "count", "hộ", total=472, subject="hộ vừa sản xuất vừa kinh doanh"),
    fig("gần 40 tỷ", "40", 40e9, "money", "đồng", approx="nearly",
        subject="doanh thu từ gốm Bàu Trúc", period=Y23),
    fig("từ 60 đến 80 triệu", "60", 60e6, "money", "đồng/hộ/năm", value_max=80e6,
        subject="thu nhập bình quân", period=Y23),
    fig("trên 60%", "60", 60, "percent", "%", approx="over",
        subject="tỷ trọng bình hoa, lọ hoa và chậu trang trí trong sản lượng của làng"),
    fig("từ 100.000 đồng", "100.000", 100000, "money", "đồng/chiếc", value_max=2.5e6,
        subject="giá bình hoa, lọ hoa và chậu trang trí"),
    fig("có 35 thành viên", "35", 35, "count", "thành viên", subject="thành viên Hợp tác xã Gốm Chăm Đàng Năng"),
    fig("khoảng 3.000 sản phẩm", "3.000", 3000, "measure", "sản phẩm/tháng", approx="about",
        subject="sản phẩm hợp tác xã bán ra mỗi tháng"),
    fig("khoảng 25.000 lượt", "25.000", 25000, "count", "lượt khách", approx="about",
        change=chg("increase", 30, "%", "cùng kỳ"), subject="lượt khách làng đón", period=YTD),
    fig("có 5 sản phẩm", "5", 5, "count", "sản phẩm", status="target",
        subject="sản phẩm gốm đạt OCOP 4 sao trở lên", period=TO25, location=NT),
    fig("bình quân 10%", "10", 10, "percent", "%", status="target",
        subject="tốc độ tăng doanh thu các làng nghề gốm bình quân mỗi năm", period=TO25, location=NT),
]

NOTES = [
    "News agency (Vietnam+ / TTXVN): 'Thứ Ba, 05/03/2024 14:32 GMT+7', sapo, 'Phan Rang-Tháp Chàm (TTXVN) -', '(TTXVN/Vietnam+)'.",
    "Distractors: 14:32, 'Quốc lộ 1A', 'UNESCO ghi danh năm 2022', 'OCOP 4 sao', 'Từ đầu năm 2024 đến nay' (a period).",
    "Village figures (thị trấn Phước Dân, huyện Ninh Phước): location Ninh Phước; province targets ('toàn tỉnh'): Ninh Thuận.",
    "'472 hộ, gồm 318 ... và 154 ...' add up → total 472. 'khoảng 10 km' locates the village: optional.",
    "'từ 100.000 đồng đến 2,5 triệu đồng/chiếc' is one range across a multiplier (value_max 2 500 000).",
    "'mỗi tháng bán ra khoảng 3.000 sản phẩm' is a rate: measure 'sản phẩm/tháng'. 'tăng bình quân 10%/năm' is a target growth rate (percent).",
    "'trên 60% sản lượng' and the price have no period in their sentence: none given.",
]

if __name__ == "__main__":
    write("p1534-6", TEXT, NOTES, FIGS, published="2024-03-05", location="Ninh Phước")
