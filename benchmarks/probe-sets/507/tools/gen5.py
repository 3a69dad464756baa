"""p507-5: Lễ hội Cà phê Buôn Ma Thuột lần thứ 8, Party newspaper (Báo Đắk Lắk), byline + date at end."""
from lib import F, P, I, CH, emit

TEXT = """Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 thu hút gần 1,1 triệu lượt khách

(BĐL) - Sau 6 ngày diễn ra (từ ngày 10 đến 15/3/2023), Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 năm 2023 đã khép lại với nhiều dấu ấn.

Theo Ban Tổ chức, lễ hội đã thu hút gần 1,1 triệu lượt khách, gấp 1,5 lần so với lễ hội lần thứ 7; trong đó có khoảng 12.000 lượt khách quốc tế. Tổng doanh thu từ các hoạt động du lịch, dịch vụ ước đạt 1.850 tỷ đồng.

Lễ hội có 23 hoạt động chính và hơn 40 hoạt động hưởng ứng. Lễ hội đường phố có 1.500 nghệ nhân, diễn viên tham gia, trong đó có 15 đội cồng chiêng của các huyện, thị xã, thành phố. Các địa phương có nhiều đội nhất là Krông Bông (3 đội), Lắk (3 đội), Buôn Đôn (2 đội).

Hội chợ Cà phê có 420 gian hàng của 230 doanh nghiệp trong và ngoài nước. Ban Tổ chức đã phục vụ miễn phí 15.000 ly cà phê tại đường Phan Bội Châu và Quảng trường 10/3. Trong những ngày lễ hội, công suất phòng các khách sạn trên địa bàn TP Buôn Ma Thuột đạt từ 85 đến 95%.

Kinh phí tổ chức lễ hội là 32 tỷ đồng, gồm ngân sách tỉnh 12 tỷ đồng và xã hội hóa 20 tỷ đồng, lần lượt chiếm 37,5% và 62,5%.

Trong quý I/2023, du lịch Đắk Lắk đón 520.000 lượt khách, tăng 35% so với cùng kỳ năm 2022; doanh thu du lịch đạt 780 tỷ đồng.

HOÀNG ANH
16/3/2023
"""

FEST = P("từ ngày 10 đến 15/3/2023", "2023-03-10", "2023-03-15", inh=True)
Q1 = P("quý I/2023", "2023-01-01", "2023-03-31")

FIGS = [
    F("gần 1,1 triệu lượt khách\n", "1,1", 1100000, "count", "lượt khách", approx="nearly",
      subject="lượt khách Lễ hội Cà phê Buôn Ma Thuột lần thứ 8", period=FEST),
    F("gần 1,1 triệu lượt khách, gấp", "1,1", 1100000, "count", "lượt khách", approx="nearly",
      change=CH("increase", 1.5, "lần", baseline="lễ hội lần thứ 7"),
      subject="lượt khách lễ hội thu hút", period=FEST),
    F("khoảng 12.000 lượt", "12.000", 12000, "count", "lượt khách", approx="about", total=1100000,
      subject="khách quốc tế", period=FEST),
    F("ước đạt 1.850 tỷ đồng", "1.850", 1850e9, "money", "đồng", status="estimate",
      subject="tổng doanh thu từ các hoạt động du lịch, dịch vụ", period=FEST),
    F("có 23 hoạt động", "23", 23, "count", "hoạt động chính", subject="hoạt động chính", period=FEST),
    F("hơn 40 hoạt động", "40", 40, "count", "hoạt động hưởng ứng", approx="over",
      subject="hoạt động hưởng ứng", period=FEST),
    F("có 1.500 nghệ nhân", "1.500", 1500, "count", "nghệ nhân, diễn viên",
      subject="nghệ nhân, diễn viên tham gia lễ hội đường phố", period=FEST),
    F("có 15 đội", "15", 15, "count", "đội cồng chiêng", subject="đội cồng chiêng của các huyện, thị xã, thành phố",
      period=FEST),
    F("Krông Bông (3 đội)", "3", 3, "count", "đội", subject="đội cồng chiêng", period=FEST, location="Krông Bông"),
    F("Lắk (3 đội)", "3", 3, "count", "đội", subject="đội cồng chiêng", period=FEST, location="Lắk"),
    F("Buôn Đôn (2 đội)", "2", 2, "count", "đội", subject="đội cồng chiêng", period=FEST, location="Buôn Đôn"),
    F("có 420 gian hàng", "420", 420, "count", "gian hàng", subject="gian hàng Hội chợ Cà phê", period=FEST),
    F("của 230 doanh nghiệp", "230", 230, "count", "doanh nghiệp",
      subject="doanh nghiệp có gian hàng tại Hội chợ Cà phê", period=FEST),
    F("15.000 ly", "15.000", 15000, "count", "ly cà phê", subject="ly cà phê phục vụ miễn phí", period=FEST),
    F("từ 85 đến 95%", "85", 85, "percent", "%", value_max=95,
      subject="công suất phòng các khách sạn", period=FEST, location="Buôn Ma Thuột"),
    F("là 32 tỷ đồng", "32", 32e9, "money", "đồng", subject="kinh phí tổ chức lễ hội"),
    F("ngân sách tỉnh 12 tỷ đồng", "12", 12e9, "money", "đồng", total=32e9, percent=37.5,
      subject="kinh phí tổ chức lễ hội từ ngân sách tỉnh"),
    F("xã hội hóa 20 tỷ đồng", "20", 20e9, "money", "đồng", total=32e9, percent=62.5,
      subject="kinh phí tổ chức lễ hội từ xã hội hóa"),
    F("đón 520.000 lượt khách", "520.000", 520000, "count", "lượt khách",
      change=CH("increase", 35, baseline="cùng kỳ năm 2022"), subject="lượt khách du lịch Đắk Lắk đón", period=Q1),
    F("đạt 780 tỷ đồng", "780", 780e9, "money", "đồng", subject="doanh thu du lịch", period=Q1),
]

COMMENTS = [
    "Báo Đắk Lắk: tổng kết Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 (lượt khách, doanh thu, hoạt động, cồng chiêng, hội chợ, kinh phí, quý I/2023).",
    "The festival's dates stand only in the lead, which holds no figure, so every festival figure inherits them (not scored).",
    "'gấp 1,5 lần so với lễ hội lần thứ 7' follows the visitor count -> its change (increase, 1,5 lần), not a multiple figure.",
    "'trong đó có 15 đội cồng chiêng' after 1.500 artists counts another thing (teams, not people): no total. The district list",
    "'Krông Bông (3 đội), Lắk (3 đội), Buôn Đôn (2 đội)' has no cue and does not add up to 15: no total; districts go to location.",
    "'lần lượt chiếm 37,5% và 62,5%' are the shares of 12 and 20 tỷ; 'gồm' after 32 tỷ -> total 32 tỷ.",
    "Hotel occupancy is located in TP Buôn Ma Thuột; the rest is the province's (Đắk Lắk). Published from the date under the byline.",
    "Not figures: '6 ngày' (duration locating the festival), 'lần thứ 8', 'lần thứ 7', 'Quảng trường 10/3', '(BĐL)', '16/3/2023'.",
]

if __name__ == "__main__":
    emit("p507-5", TEXT, COMMENTS, FIGS, published="2023-03-16", location="Đắk Lắk")
