"""p1360-2: district portal (huyện Mù Cang Chải, Yên Bái): paragliding festival 'Bay trên mùa vàng' 2024, zipline, lodging."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÙ CANG CHẢI - TỈNH YÊN BÁI
Trang chủ | Tin tức - Sự kiện | Du lịch | Văn bản

Lễ hội dù lượn "Bay trên mùa vàng" thu hút hơn 6 vạn lượt khách

30/09/2024 - 10:45

Lễ hội dù lượn "Bay trên mùa vàng" năm 2024 diễn ra từ ngày 27 đến ngày 29/9 tại đèo Khau Phạ (Quốc lộ 32). Trong ba ngày lễ hội, huyện đón khoảng 62.000 lượt khách, tăng 15% so với năm 2023; trong đó có hơn 1.800 lượt khách quốc tế.

Ban tổ chức bố trí 4 điểm cất cánh và 2 bãi hạ cánh; 120 phi công dù lượn trong và ngoài nước tham gia bay biểu diễn, thực hiện gần 2.500 chuyến bay đôi cùng du khách. Tuyến đu dây zipline tại xã La Pán Tẩn dài 560 m, giá 300.000 đồng/lượt, phục vụ trung bình 350 lượt khách mỗi ngày. Tổng doanh thu du lịch trong dịp lễ hội ước đạt 27 tỷ đồng, gấp 1,3 lần năm 2023.

9 tháng đầu năm 2024, toàn huyện đón 196.500 lượt khách, đạt 87,3% kế hoạch năm. Hiện huyện có 94 cơ sở lưu trú, gồm 2 khách sạn, 9 nhà nghỉ và 83 homestay, với khoảng 1.400 giường.

Năm 2025, huyện phấn đấu đón 250 nghìn lượt khách, tổng thu từ du lịch đạt 300 tỷ đồng, trong đó du lịch mạo hiểm và trải nghiệm chiếm từ 25 đến 30%.

Tin khác:
- Mù Cang Chải: Ra quân mùa lúa chín năm 2024
- Hội nghị sơ kết Chương trình 135 tại xã Chế Tạo

Bản quyền thuộc UBND huyện Mù Cang Chải
Địa chỉ: Tổ 5, thị trấn Mù Cang Chải; ĐT: 0216.3878.168
"""

FEST = per("từ ngày 27 đến ngày 29/9", "2024-09-27", "2024-09-29", inherited=True)
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
T = {"status": "target", "period": Y25}

FIGS = [
    fig("hơn 6 vạn", "6", 60000, "count", "lượt khách", approx="over",
        subject='lượt khách Lễ hội dù lượn "Bay trên mùa vàng" thu hút'),
    fig("khoảng 62.000 lượt", "62.000", 62000, "count", "lượt khách", approx="about",
        change=chg("increase", 15, "%", "năm 2023"), subject="lượt khách huyện đón trong ba ngày lễ hội",
        period=FEST),
    fig("hơn 1.800 lượt", "1.800", 1800, "count", "lượt khách", approx="over", total=62000,
        subject="lượt khách quốc tế", period=FEST),
    fig("bố trí 4 điểm", "4", 4, "count", "điểm cất cánh", subject="điểm cất cánh ban tổ chức bố trí"),
    fig("và 2 bãi", "2", 2, "count", "bãi hạ cánh", subject="bãi hạ cánh"),
    fig("120 phi công", "120", 120, "count", "phi công",
        subject="phi công dù lượn trong và ngoài nước tham gia bay biểu diễn"),
    fig("gần 2.500 chuyến", "2.500", 2500, "count", "chuyến bay đôi", approx="nearly",
        subject="chuyến bay đôi cùng du khách", period=FEST),
    fig("dài 560 m", "560", 560, "measure", "m", subject="chiều dài tuyến đu dây zipline tại xã La Pán Tẩn"),
    fig("300.000 đồng/lượt", "300.000", 300000, "money", "đồng/lượt", subject="giá đu dây zipline"),
    fig("350 lượt khách", "350", 350, "measure", "lượt khách/ngày",
        subject="lượt khách tuyến zipline phục vụ trung bình mỗi ngày"),
    fig("ước đạt 27 tỷ", "27", 27e9, "money", "đồng", status="estimate",
        change=chg("increase", 1.3, "lần", "năm 2023"),
        subject="tổng doanh thu du lịch trong dịp lễ hội", period=FEST),
    fig("đón 196.500 lượt", "196.500", 196500, "count", "lượt khách", percent=87.3,
        subject="lượt khách toàn huyện đón", period=M9),
    fig("có 94 cơ sở", "94", 94, "count", "cơ sở lưu trú", subject="cơ sở lưu trú"),
    fig("gồm 2 khách sạn", "2", 2, "count", "khách sạn", total=94, subject="khách sạn"),
    fig("9 nhà nghỉ", "9", 9, "count", "nhà nghỉ", total=94, subject="nhà nghỉ"),
    fig("83 homestay", "83", 83, "count", "homestay", total=94, subject="homestay"),
    fig("khoảng 1.400 giường", "1.400", 1400, "count", "giường", approx="about",
        subject="giường của các cơ sở lưu trú"),
    fig("đón 250 nghìn", "250", 250000, "count", "lượt khách", subject="lượt khách huyện đón", **T),
    fig("đạt 300 tỷ", "300", 300e9, "money", "đồng", subject="tổng thu từ du lịch", **T),
    fig("từ 25 đến 30%", "25", 25, "percent", "%", value_max=30,
        subject="tỷ trọng du lịch mạo hiểm và trải nghiệm trong tổng thu từ du lịch", **T),
]

NOTES = [
    "District portal (huyện Mù Cang Chải, Yên Bái): banner naming district and province, menu, '30/09/2024 - 10:45' under the headline,",
    "'Tin khác', footer address and phone. Location Mù Cang Chải throughout (xã La Pán Tẩn is a commune inside it).",
    "Distractors: 10:45, the festival dates 'từ ngày 27 đến ngày 29/9' (not a range), 'Quốc lộ 32', 'ba ngày lễ hội' (a duration that",
    "locates the figures), 'năm 2024' in a link title, 'Chương trình 135', 'Tổ 5', phone 0216.3878.168.",
    "Headline 'hơn 6 vạn' = 60000 (vạn ×10^4), over, no period in the headline. Festival figures take the festival dates, stated in the",
    "previous sentence: inherited (not scored). 'gấp 1,3 lần năm 2023' is the change of the 27 tỷ revenue (unit lần).",
    "'350 lượt khách mỗi ngày' is a rate: measure, unit 'lượt khách/ngày'. 'gồm 2 khách sạn, 9 nhà nghỉ và 83 homestay' add up to 94 (total).",
    "'phấn đấu' governs all three 2025 clauses; 'trong đó ... chiếm từ 25 đến 30%' is a percent figure in its own right (a part's share).",
]

if __name__ == "__main__":
    write("p1360-2", TEXT, NOTES, FIGS, published="2024-09-30", location="Mù Cang Chải")
