from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG CÔNG
Huyện Quảng Điền - Tỉnh Thừa Thiên Huế
Ngày đăng: 02/04/2024 | Lượt xem: 356

Quảng Công trồng mới 12,5 ha rừng phòng hộ ven biển trong quý I

Quý I/2024, UBND xã phối hợp với Ban quản lý rừng phòng hộ Sông Bồ trồng mới 12,5 ha rừng phi lao phòng hộ ven biển trên vùng cát thuộc thôn 6 và thôn Hải Thành, vượt 25% kế hoạch quý. Tổng số cây giống đã trồng là 31.250 cây, mật độ 2.500 cây/ha; trong đó 27.500 cây phi lao và 3.750 cây keo lá tràm.

Đến ngày 25/3, tỷ lệ cây sống đạt 91,2%, cao nhất trong 4 xã ven biển của huyện. Kinh phí trồng rừng hơn 468 triệu đồng, trong đó Nhà nước hỗ trợ 30 triệu đồng/ha, phần còn lại do Ban quản lý rừng phòng hộ và nhân dân đóng góp với khoảng 850 ngày công.

Dải rừng phi lao mới trồng dài 3,2 km, rộng từ 150 đến 200 m, nối liền với đai rừng hiện có, che chắn cát bay cho 420 hộ dân và hơn 150 ha đất sản xuất nông nghiệp.

Năm 2023, xã trồng được 20,8 ha rừng phòng hộ, xếp thứ 2 toàn huyện. Năm 2024, xã phấn đấu trồng 40 ha, đưa tỷ lệ che phủ rừng của xã lên 38,5%.

Người dân thôn Hải Thành cho biết, trước đây mỗi mùa gió Tây Nam cát bay lấp ruộng, vùi đường; nay nhờ có rừng phi lao, đồng ruộng phía trong đã được bảo vệ, bà con yên tâm sản xuất.

Địa chỉ: thôn 7, xã Quảng Công, huyện Quảng Điền, tỉnh Thừa Thiên Huế (Tỉnh lộ 4)
Điện thoại: 0234.3551.208
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("mới 12,5 ha rừng phòng hộ", "12,5", 12.5, "measure", "ha", "rừng phòng hộ ven biển trồng mới",
        per("trong quý I", "2024-01-01", "2024-03-31")),
    fig("mới 12,5 ha rừng phi lao", "12,5", 12.5, "measure", "ha", "rừng phi lao phòng hộ ven biển trồng mới", Q1,
        change=chg("increase", 25, "%", "kế hoạch quý")),
    fig("là 31.250 cây", "31.250", 31250, "count", "cây", "cây giống đã trồng", inh(Q1)),
    fig("2.500 cây/ha", "2.500", 2500, "measure", "cây/ha", "mật độ trồng", inh(Q1)),
    fig("27.500 cây", "27.500", 27500, "count", "cây", "cây phi lao", inh(Q1), total=31250),
    fig("3.750 cây", "3.750", 3750, "count", "cây", "cây keo lá tràm", inh(Q1), total=31250),
    fig("đạt 91,2%", "91,2", 91.2, "percent", "%", "tỷ lệ cây sống", per("Đến ngày 25/3", None, "2024-03-25")),
    fig("4 xã ven biển", "4", 4, "count", "xã", "xã ven biển của huyện", optional=True),
    fig("hơn 468 triệu đồng", "468", 468e6, "money", "đồng", "Kinh phí trồng rừng", inh(Q1), approx="over"),
    fig("30 triệu đồng/ha", "30", 30e6, "money", "đồng/ha", "Nhà nước hỗ trợ trồng rừng", inh(Q1)),
    fig("khoảng 850 ngày công", "850", 850, "count", "ngày công", "ngày công nhân dân đóng góp", inh(Q1), approx="about"),
    fig("dài 3,2 km", "3,2", 3.2, "measure", "km", "Dải rừng phi lao mới trồng dài"),
    fig("từ 150 đến 200 m", "150", 150, "measure", "m", "Dải rừng phi lao mới trồng rộng", value_max=200),
    fig("420 hộ", "420", 420, "count", "hộ dân", "hộ dân được che chắn cát bay"),
    fig("hơn 150 ha", "150", 150, "measure", "ha", "đất sản xuất nông nghiệp được che chắn cát bay", approx="over"),
    fig("20,8 ha", "20,8", 20.8, "measure", "ha", "rừng phòng hộ trồng được", Y23),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", "diện tích trồng rừng phòng hộ toàn huyện", Y23),
    fig("trồng 40 ha", "40", 40, "measure", "ha", "rừng phòng hộ trồng", Y24, status="target"),
    fig("38,5%", "38,5", 38.5, "percent", "%", "tỷ lệ che phủ rừng của xã", Y24, status="target"),
]

COMMENTS = [
    "Commune portal (xã Quảng Công, huyện Quảng Điền, Thừa Thiên Huế), 'Ngày đăng: 02/04/2024 | Lượt xem: 356': phi lao coastal protection",
    "forest planted in quý I/2024. Location: the district Quảng Điền for every figure (a commune is below the contract's district level).",
    "Headline 'trong quý I' takes 2024 from the dateline; 'Đến ngày 25/3' is as-of 2024-03-25. 'vượt 25% kế hoạch quý' is a gap to plan:",
    "the 12,5 ha's change. 'trong đó … 30 triệu đồng/ha' is a rate, not a part of the 468 triệu (no total). 'trong 4 xã ven biển' (the",
    "group the rank-like 'cao nhất' refers to) is optional. 'thôn 6', 'thôn 7', 'Tỉnh lộ 4', 'Sông Bồ', phone, counter are not figures.",
]

if __name__ == "__main__":
    emit("p645-8", TEXT, COMMENTS, FIGS, published="2024-04-02", location="Quảng Điền")
