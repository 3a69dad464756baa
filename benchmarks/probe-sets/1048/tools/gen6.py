"""p1048-6: national newspaper (VnExpress-like dateline), a deer farm in Lâm Hà (Lâm Đồng), province and national context."""
from lib import F, write, period, inherit, change

TEXT = """Thứ năm, 18/4/2024, 06:30 (GMT+7)

Nông dân Lâm Đồng thu tiền tỷ từ nuôi hươu lấy nhung

Trang trại của ông Trần Văn Hòa ở xã Tân Hà, huyện Lâm Hà, nuôi 120 con hươu sao, trong đó 65 con đực trưởng thành. Nhờ khí hậu mát, mỗi con đực cho bình quân 0,9 kg nhung/năm, cao gấp 1,3 lần so với hươu nuôi ở vùng đồng bằng.

Năm 2023, trang trại thu hơn 58 kg nhung, bán với giá 2,4 triệu đồng/lạng, doanh thu khoảng 1,4 tỷ đồng. Chi phí thức ăn, thuốc thú y khoảng 12.000 đồng/con/ngày; trừ các khoản, ông lãi hơn 800 triệu đồng. Nhung được cắt vào sáng sớm, phần lớn bán tươi cho khách quen ở TP Đà Lạt và TP.HCM.

Theo Sở NN&PTNT Lâm Đồng, toàn tỉnh hiện có khoảng 3.200 con hươu sao, nai, nuôi ở 6 huyện, nhiều nhất là Lâm Hà, Đức Trọng và Di Linh. Sản lượng nhung năm 2023 đạt 2,1 tấn, tăng 12% so với năm 2022.

Trên cả nước, giá nhung hươu từ đầu năm đến nay dao động 1,5-2,5 triệu đồng/lạng, giảm 15-20% so với cùng kỳ do sức mua yếu. Theo các thương lái, chợ nhung Hương Sơn (Hà Tĩnh) mỗi ngày chỉ tiêu thụ khoảng 30-40 kg, giảm mạnh so với trước dịch Covid-19.

Ông Hòa dự kiến đến cuối năm 2024 sẽ mở rộng đàn lên 150 con, xây thêm 400 m2 chuồng trại. "Hươu dễ nuôi, ăn lá cây, ít bệnh, nhưng đầu ra phải ổn định thì nông dân mới yên tâm", ông nói.

Khánh Hương
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
FARM = "Lâm Hà"
END24 = period("đến cuối năm 2024", end="2024-12-31")

FIGS = [
    F("nuôi 120 con", "120", 120, "count", "con", "hươu sao của trang trại ông Trần Văn Hòa", location=FARM),
    F("65 con đực", "65", 65, "count", "con", "hươu đực trưởng thành", total=120, location=FARM),
    F("bình quân 0,9 kg", "0,9", 0.9, "measure", "kg/con/năm", "nhung bình quân mỗi con đực cho",
      change=change("increase", 1.3, "lần", "hươu nuôi ở vùng đồng bằng"), location=FARM),
    F("hơn 58 kg", "58", 58, "measure", "kg", "nhung trang trại thu được", approx="over", location=FARM, period=Y23),
    F("giá 2,4 triệu", "2,4", 2400000, "money", "đồng/lạng", "giá bán nhung", location=FARM, period=Y23),
    F("khoảng 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", "doanh thu của trang trại", approx="about", location=FARM,
      period=Y23),
    F("khoảng 12.000 đồng/con/ngày", "12.000", 12000, "money", "đồng/con/ngày", "chi phí thức ăn, thuốc thú y",
      approx="about", location=FARM, period=inherit(Y23)),
    F("hơn 800 triệu", "800", 800e6, "money", "đồng", "lãi của trang trại", approx="over", location=FARM,
      period=inherit(Y23)),
    F("khoảng 3.200 con", "3.200", 3200, "count", "con", "hươu sao, nai", approx="about"),
    F("ở 6 huyện", "6", 6, "count", "huyện", "huyện nuôi hươu"),
    F("đạt 2,1 tấn", "2,1", 2.1, "measure", "tấn", "sản lượng nhung",
      change=change("increase", 12, "%", "năm 2022"), period=period("năm 2023", "2023-01-01", "2023-12-31")),
    F("dao động 1,5-2,5 triệu", "1,5", 1500000, "money", "đồng/lạng", "giá nhung hươu", value_max=2500000,
      change=change("decrease", 15, "%", "cùng kỳ"), location="Việt Nam",
      period=period("từ đầu năm đến nay", "2024-01-01", "2024-04-18")),
    F("khoảng 30-40 kg", "30", 30, "measure", "kg/ngày", "nhung tiêu thụ mỗi ngày tại chợ nhung Hương Sơn",
      value_max=40, approx="about", location="Hương Sơn"),
    F("lên 150 con", "150", 150, "count", "con", "đàn hươu của trang trại", status="forecast", location=FARM,
      period=END24),
    F("thêm 400 m2", "400", 400, "measure", "m2", "chuồng trại xây thêm", status="forecast", location=FARM,
      period=END24),
]

NOTES = [
    "Probe 1048-6: national newspaper, 'Thứ năm, 18/4/2024, 06:30 (GMT+7)', byline at the end. The farm's figures are located in",
    "the named district Lâm Hà; the province's in Lâm Đồng; 'Trên cả nước' price in Việt Nam; the Hương Sơn market in Hương Sơn.",
    "'cao gấp 1,3 lần so với ...' is the change of 0,9 kg. 'giảm 15-20% so với cùng kỳ' -> change 15. 'từ đầu năm đến nay' ends",
    "at the dateline. 'dự kiến' -> forecast. Not figures: 06:30, GMT+7, Covid-19, Thứ năm, names.",
]

write(6, TEXT, FIGS, NOTES, published="2024-04-18", location="Lâm Đồng")
