"""p731-5: Báo Hà Tĩnh (Party newspaper) — porcupine and bamboo-rat farming in huyện Hương Sơn."""
from lib import F, P, Y, emit

TEXT = """Hương Sơn: Nuôi nhím, dúi cho lãi 150-200 triệu đồng mỗi năm

(Baohatinh.vn) - Những năm gần đây, nuôi nhím, dúi đã trở thành hướng đi giúp nhiều hộ dân ở huyện miền núi Hương Sơn thoát nghèo. Toàn huyện hiện có 236 hộ nuôi nhím với tổng đàn 5.480 con và 174 hộ nuôi dúi với khoảng 9.600 con.

Năm 2018, gia đình anh Nguyễn Văn Tám ở xóm 3, xã Sơn Kim 1 bắt đầu nuôi nhím với 6 cặp giống. Đến nay, trang trại của anh có hơn 200 con nhím và 350 con dúi. Mỗi năm, trang trại xuất bán trên 2 tấn nhím thịt và 1.500 con dúi giống, lãi khoảng 180 triệu đồng.

Theo ông Lê Văn Hùng, Trưởng phòng NN&PTNT huyện, giá nhím thịt hiện dao động 170.000-190.000 đồng/kg, nhím giống 1,2-1,5 triệu đồng/cặp; dúi thịt 380.000 đồng/kg, dúi giống khoảng 700.000 đồng/cặp. Lợi nhuận từ nuôi nhím, dúi cao gấp 2-3 lần so với nuôi lợn trên cùng diện tích chuồng trại.

Năm 2023, huyện đã hỗ trợ 45 hộ nghèo, cận nghèo mua con giống với kinh phí 675 triệu đồng từ Chương trình mục tiêu quốc gia giảm nghèo bền vững; 100% cơ sở nuôi đã được UBND các xã ghi sổ theo dõi, không có cơ sở nào nuôi loài nguy cấp, quý, hiếm nhóm IB. Huyện phấn đấu đến năm 2025 nâng tổng đàn nhím, dúi lên 20.000 con, hình thành 2 hợp tác xã chăn nuôi động vật hoang dã.

Thu Hà
21/11/2023
"""

NOW = P("Đến nay", None, "2023-11-21")
Y23 = Y(2023, "Năm 2023")
T2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("lãi 150-200 triệu", "150", 150000000, "money", "đồng", "lãi từ nuôi nhím, dúi mỗi năm", value_max=200000000),
    F("có 236 hộ", "236", 236, "count", "hộ", "hộ nuôi nhím"),
    F("5.480 con", "5.480", 5480, "count", "con", "tổng đàn nhím"),
    F("174 hộ", "174", 174, "count", "hộ", "hộ nuôi dúi"),
    F("khoảng 9.600 con", "9.600", 9600, "count", "con", "tổng đàn dúi", approx="about"),
    F("6 cặp giống", "6", 6, "count", "cặp", "nhím giống ban đầu của gia đình anh Nguyễn Văn Tám",
      Y(2018, "Năm 2018")),
    F("hơn 200 con nhím", "200", 200, "count", "con", "nhím trong trang trại của anh Nguyễn Văn Tám", NOW,
      approx="over"),
    F("350 con dúi", "350", 350, "count", "con", "dúi trong trang trại của anh Nguyễn Văn Tám", NOW),
    F("trên 2 tấn", "2", 2, "measure", "tấn", "nhím thịt trang trại xuất bán mỗi năm", approx="over"),
    F("1.500 con dúi giống", "1.500", 1500, "count", "con", "dúi giống trang trại xuất bán mỗi năm"),
    F("lãi khoảng 180 triệu", "180", 180000000, "money", "đồng", "lãi của trang trại mỗi năm", approx="about"),
    F("170.000-190.000", "170.000", 170000, "money", "đồng/kg", "giá nhím thịt", value_max=190000),
    F("1,2-1,5 triệu", "1,2", 1200000, "money", "đồng/cặp", "giá nhím giống", value_max=1500000),
    F("dúi thịt 380.000", "380.000", 380000, "money", "đồng/kg", "giá dúi thịt"),
    F("khoảng 700.000", "700.000", 700000, "money", "đồng/cặp", "giá dúi giống", approx="about"),
    F("gấp 2-3 lần", "2", 2, "multiple", "lần", "lợi nhuận từ nuôi nhím, dúi so với nuôi lợn", value_max=3),
    F("hỗ trợ 45 hộ", "45", 45, "count", "hộ", "hộ nghèo, cận nghèo được hỗ trợ mua con giống", Y23),
    F("675 triệu", "675", 675000000, "money", "đồng", "kinh phí hỗ trợ mua con giống", Y23),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở nuôi được UBND các xã ghi sổ theo dõi", Y23),
    F("lên 20.000 con", "20.000", 20000, "count", "con", "tổng đàn nhím, dúi", T2025, status="target"),
    F("2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã chăn nuôi động vật hoang dã", T2025,
      status="target"),
]

COMMENTS = [
    "Báo Hà Tĩnh (Party newspaper): nuôi nhím, dúi ở huyện Hương Sơn — số hộ, tổng đàn, một trang trại, giá bán, hỗ trợ năm 2023.",
    "Byline 'Thu Hà' and bare date '21/11/2023' at the end → published. All figures located at the district Hương Sơn.",
    "Not figures: 'xóm 3', commune name 'xã Sơn Kim 1', 'nhóm IB', 'Những năm gần đây'. 'hiện có', 'hiện dao động', 'Mỗi năm'",
    "give no period. 'gấp 2-3 lần' standing alone → multiple 2–3. 'Đến nay' ends at the dateline. 'phấn đấu đến năm 2025' → target.",
]

if __name__ == "__main__":
    emit("p731-5", TEXT, COMMENTS, FIGS, published="2023-11-21", location="Hương Sơn")
