"""p1456-6: national newspaper: horn buttons of Thụy Ứng village (Thường Tín, Hà Nội); national button market."""
from lib import F, P, inh, CH, TG, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ hai, 18/11/2024, 10:12 (GMT+7)

Làng sừng giữ nghề làm cúc áo

Trong khi cúc nhựa giá rẻ tràn ngập thị trường, nhiều hộ ở làng sừng Thụy Ứng (Hà Nội) vẫn sống khỏe nhờ làm cúc sừng cho các hãng thời trang châu Âu, Nhật Bản.

Làng Thụy Ứng, xã Hòa Bình, huyện Thường Tín có khoảng 200 hộ làm nghề sừng, trong đó gần 50 hộ chuyên sản xuất cúc áo. Theo UBND xã, năm 2023 doanh thu nghề sừng của làng đạt khoảng 180 tỷ đồng, riêng cúc sừng chiếm 22%. Mỗi năm làng xuất ra thị trường chừng 15 triệu chiếc cúc, 70% trong số đó được xuất khẩu.

Xưởng của anh Nguyễn Văn Tám nằm ngay đầu làng, có 12 thợ, mỗi người làm được 800-1.000 chiếc cúc một ngày, tiền công 250.000-350.000 đồng/người/ngày. "Sừng trâu, bò nhập từ châu Phi, Ấn Độ giá khoảng 80.000 đồng/kg, tăng gần gấp đôi so với năm 2019", anh Tám nói.

Theo anh, giá cúc sừng từ 1.500 đến 4.000 đồng/chiếc, cao gấp khoảng 10 lần cúc nhựa cùng cỡ. Năm nay xưởng đã nhận đơn hàng khoảng 2,4 triệu chiếc, dự kiến doanh thu cả năm vượt 5 tỷ đồng.

Theo Hiệp hội Dệt May Việt Nam, các doanh nghiệp may trong nước mỗi năm sử dụng khoảng 10 tỷ chiếc cúc các loại, nhưng hơn 60% phải nhập khẩu, chủ yếu từ Trung Quốc. Cúc sừng, cúc gỗ, cúc dừa chỉ chiếm dưới 1% thị trường.

"Nghề này không giàu nhanh được, nhưng khách Nhật đã đặt thì đặt đều", anh Tám cười.

Hải Yến
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NN = P("Năm nay", "2024-01-01", "2024-12-31")
CN = P("cả năm", "2024-01-01", "2024-12-31")
TT = "Thường Tín"
VN = "Việt Nam"

FIGS = [
    F("khoảng 200 hộ", "200", 200, "count", "hộ", approx="about",
      subject="hộ làm nghề sừng của làng Thụy Ứng", location=TT),
    F("gần 50 hộ", "50", 50, "count", "hộ", approx="nearly", total=200,
      subject="hộ chuyên sản xuất cúc áo", location=TT),
    F("khoảng 180 tỷ", "180", 180e9, "money", "đồng", approx="about",
      subject="doanh thu nghề sừng của làng", period=Y23, location=TT),
    F("chiếm 22%", "22", 22, "percent", "%",
      subject="tỷ trọng cúc sừng trong doanh thu nghề sừng của làng", period=Y23, location=TT),
    F("chừng 15 triệu", "15", 15e6, "measure", "chiếc/năm", approx="about",
      subject="cúc làng xuất ra thị trường mỗi năm", location=TT),
    F("70% trong số đó", "70", 70, "percent", "%",
      subject="tỷ lệ cúc của làng được xuất khẩu", location=TT),
    F("có 12 thợ", "12", 12, "count", "thợ",
      subject="thợ của xưởng anh Nguyễn Văn Tám", location=TT),
    F("được 800-1.000", "800", 800, "measure", "chiếc/ngày", value_max=1000,
      subject="cúc mỗi thợ làm được một ngày", location=TT),
    F("250.000-350.000", "250.000", 250000, "money", "đồng/người/ngày", value_max=350000,
      subject="tiền công thợ làm cúc", location=TT),
    F("khoảng 80.000", "80.000", 80000, "money", "đồng/kg", approx="about",
      change=CH("increase", 2, "lần", "năm 2019", approx="nearly"),
      subject="giá sừng trâu, bò nhập từ châu Phi, Ấn Độ", location=TT),
    F("từ 1.500 đến 4.000", "1.500", 1500, "money", "đồng/chiếc", value_max=4000,
      change=CH("increase", 10, "lần", "cúc nhựa cùng cỡ", approx="about"),
      subject="giá cúc sừng", location=TT),
    F("khoảng 2,4 triệu", "2,4", 2.4e6, "count", "chiếc", approx="about",
      subject="đơn hàng cúc xưởng đã nhận", period=NN, location=TT),
    F("vượt 5 tỷ", "5", 5e9, "money", "đồng", approx="over", status="forecast",
      subject="doanh thu cả năm của xưởng", period=CN, location=TT),
    F("khoảng 10 tỷ", "10", 10e9, "measure", "chiếc/năm", approx="about",
      subject="cúc các loại doanh nghiệp may trong nước sử dụng mỗi năm", location=VN),
    F("hơn 60%", "60", 60, "percent", "%", approx="over",
      subject="tỷ lệ cúc phải nhập khẩu", location=VN),
    F("dưới 1%", "1", 1, "percent", "%", approx="under",
      subject="thị phần cúc sừng, cúc gỗ, cúc dừa", location=VN),
]

NOTES = [
    "National newspaper: 'Thứ hai, 18/11/2024, 10:12 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 10:12, (GMT+7), 'năm 2019' (a baseline), 'một ngày' (a denominator, not a figure).",
    "Location: village and workshop figures Thường Tín (the district); the VITAS national paragraph Việt Nam. "
    "'(Hà Nội)' in the sapo is not the finest place: the body names huyện Thường Tín.",
    "'riêng cúc sừng chiếm 22%' and '70% trong số đó được xuất khẩu' are shares of a part: percent figures of their own.",
    "'Mỗi năm ... chừng 15 triệu chiếc' and 'mỗi năm ... khoảng 10 tỷ chiếc' are rates: unit chiếc/năm, measure; "
    "'800-1.000 chiếc cúc một ngày' per worker: chiếc/ngày.",
    "'tăng gần gấp đôi so với năm 2019' = change increase 2 lần (đôi = 2); 'cao gấp khoảng 10 lần cúc nhựa' after the price = change.",
    "'Năm nay' and 'cả năm' take 2024 from the dateline; 'dự kiến doanh thu cả năm vượt 5 tỷ' forecast, over.",
]

if __name__ == "__main__":
    write("p1456-6", TEXT, NOTES, FIGS, published="2024-11-18", location=None)
