"""p1040-1: province portal (Sóc Trăng), Lễ hội Oóc Om Bóc – Đua ghe Ngo 2024."""
from lib import F, P, Y, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Sóc Trăng
Trang chủ > Tin tức - Sự kiện > Văn hóa - Thể thao - Du lịch

Hơn 350.000 lượt khách đến với Lễ hội Oóc Om Bóc – Đua ghe Ngo

Cập nhật: 16/11/2024 09:45 | Lượt xem: 2.318

Từ ngày 13 đến 15/11/2024, Lễ hội Oóc Om Bóc – Đua ghe Ngo Sóc Trăng lần thứ V khu vực Đồng bằng sông Cửu Long năm 2024 đã diễn ra trên sông Maspero, thành phố Sóc Trăng. Theo Ban Tổ chức, lễ hội thu hút hơn 350.000 lượt khách tham quan, tăng khoảng 16% so với năm 2023, trong đó khách ngoài tỉnh chiếm gần 40%.

Giải đua ghe Ngo năm nay có 56 đội tham gia, trong đó 44 đội nam và 12 đội nữ, đến từ các tỉnh Sóc Trăng, Trà Vinh, Bạc Liêu, Kiên Giang và Vĩnh Long. Tổng số vận động viên tranh tài là 3.126 người. Các đội nam thi đấu ở cự ly 1.200 m, đội nữ ở cự ly 800 m. Sóc Trăng có 9 đội lọt vào tốp 16 nội dung nam; giải Nhất nội dung nam thuộc về ghe Ngo chùa Bưng Tum (huyện Châu Thành).

Tổng giá trị giải thưởng là 1,2 tỷ đồng. Ở nội dung nam, giải Nhất được thưởng 150 triệu đồng; giải Nhì và giải Ba lần lượt được thưởng 100 triệu đồng và 70 triệu đồng. Giá vé khán đài từ 50.000 đến 100.000 đồng/vé.

Bên lề lễ hội, tỉnh tổ chức 18 hoạt động văn hóa, thể thao, du lịch; Hội chợ thương mại – du lịch có 320 gian hàng, doanh thu ước đạt 14,5 tỷ đồng. Công suất phòng của các cơ sở lưu trú trên địa bàn thành phố đạt trên 95%. Tổng thu từ du lịch trong dịp lễ hội ước đạt 68 tỷ đồng, tăng 21% so với cùng kỳ.

Năm 2025, tỉnh phấn đấu đón 400.000 lượt khách dịp lễ hội.

Ban Biên tập
"""

FEST = P("Từ ngày 13 đến 15/11/2024", "2024-11-13", "2024-11-15", inherited=True)
NAMNAY = Y(2024, "năm nay")

FIGS = [
    F("Hơn 350.000 lượt khách đến với", "350.000", 350000, "count", "lượt khách",
      "lượt khách đến với Lễ hội Oóc Om Bóc – Đua ghe Ngo", approx="over"),
    F("hơn 350.000 lượt khách tham quan", "350.000", 350000, "count", "lượt khách",
      "lượt khách tham quan lễ hội", FEST, approx="over",
      change=C("increase", 16, "%", "năm 2023", approx="about")),
    F("chiếm gần 40%", "40", 40, "percent", "%", "khách ngoài tỉnh trong lượt khách tham quan lễ hội",
      FEST, approx="nearly"),
    F("có 56 đội tham gia", "56", 56, "count", "đội", "đội tham gia giải đua ghe Ngo", NAMNAY),
    F("44 đội nam", "44", 44, "count", "đội", "đội nam tham gia giải đua ghe Ngo", NAMNAY, total=56),
    F("12 đội nữ", "12", 12, "count", "đội", "đội nữ tham gia giải đua ghe Ngo", NAMNAY, total=56),
    F("là 3.126 người", "3.126", 3126, "count", "người", "vận động viên tranh tài", I(NAMNAY)),
    F("cự ly 1.200 m", "1.200", 1200, "measure", "m", "cự ly thi đấu các đội nam", I(NAMNAY), optional=True),
    F("cự ly 800 m", "800", 800, "measure", "m", "cự ly thi đấu đội nữ", I(NAMNAY), optional=True),
    F("có 9 đội lọt vào", "9", 9, "count", "đội", "đội Sóc Trăng lọt vào tốp 16 nội dung nam", I(NAMNAY)),
    F("tốp 16 nội dung", "16", 16, "count", "đội", "tốp nội dung nam", optional=True),
    F("là 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng giá trị giải thưởng", I(NAMNAY)),
    F("thưởng 150 triệu đồng", "150", 150e6, "money", "đồng", "tiền thưởng giải Nhất nội dung nam", I(NAMNAY)),
    F("thưởng 100 triệu đồng", "100", 100e6, "money", "đồng", "tiền thưởng giải Nhì nội dung nam", I(NAMNAY)),
    F("và 70 triệu đồng", "70", 70e6, "money", "đồng", "tiền thưởng giải Ba nội dung nam", I(NAMNAY)),
    F("từ 50.000 đến 100.000 đồng/vé", "50.000", 50000, "money", "đồng/vé", "giá vé khán đài",
      value_max=100000),
    F("tổ chức 18 hoạt động", "18", 18, "count", "hoạt động",
      "hoạt động văn hóa, thể thao, du lịch bên lề lễ hội", FEST),
    F("có 320 gian hàng", "320", 320, "count", "gian hàng", "gian hàng Hội chợ thương mại – du lịch", FEST),
    F("ước đạt 14,5 tỷ đồng", "14,5", 14.5e9, "money", "đồng", "doanh thu Hội chợ thương mại – du lịch",
      FEST, status="estimate"),
    F("đạt trên 95%", "95", 95, "percent", "%", "công suất phòng của các cơ sở lưu trú", FEST, approx="over"),
    F("ước đạt 68 tỷ đồng", "68", 68e9, "money", "đồng", "tổng thu từ du lịch trong dịp lễ hội", FEST,
      change=C("increase", 21, "%", "cùng kỳ"), status="estimate"),
    F("đón 400.000 lượt khách", "400.000", 400000, "count", "lượt khách", "lượt khách dịp lễ hội",
      Y(2025, "Năm 2025"), status="target"),
]

NOTES = [
    "Cổng TTĐT Sóc Trăng: Lễ hội Oóc Om Bóc – Đua ghe Ngo 2024 (visitors, teams, prizes, tourism revenue).",
    "'Lượt xem: 2.318', 'lần thứ V', dates 13-15/11/2024 and the time 09:45 are not figures.",
    "'năm nay' = 2024 (published). Race distances (1.200 m, 800 m) and the label 'tốp 16' are optional.",
    "Prizes in a separate sentence after the whole, without a part-of cue: no total.",
]

write("p1040-1", TEXT, FIGS, NOTES, published="2024-11-16", location="Sóc Trăng")
