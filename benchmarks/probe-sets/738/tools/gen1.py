"""p738-1: Quảng Ninh province portal — Hạ Long Bay tourist-boat passengers, fleet and safety, H1/2024."""
from lib import emit, fig, per, inh, chg

TEXT = """Cổng TTĐT tỉnh Quảng Ninh > Tin tức - Sự kiện > Du lịch
Vịnh Hạ Long đón hơn 1,7 triệu lượt khách đi tàu trong 6 tháng
Cập nhật: 08/07/2024 10:25 | Lượt xem: 3.482

Theo Ban Quản lý vịnh Hạ Long, 6 tháng đầu năm 2024, vịnh Hạ Long đón 1.742.300 lượt khách tham quan bằng tàu du lịch, tăng 18,6% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 812.500 lượt, chiếm 46,6%. Riêng quý II/2024, lượng khách ước đạt 1.028.600 lượt. Doanh thu bán vé tham quan ước đạt 452,8 tỷ đồng, bằng 61,2% kế hoạch năm.

Khách chủ yếu xuất bến tại 4 cảng, bến: Cảng tàu khách Quốc tế Tuần Châu (742.000 lượt), Cảng tàu khách Quốc tế Hạ Long (498.300 lượt), bến Cái Dăm (365.600 lượt) và bến tàu khách Hòn Gai (86.400 lượt).

Tính đến ngày 30/6/2024, toàn tỉnh có 512 tàu du lịch đang hoạt động, trong đó 436 tàu hoạt động trên vịnh Hạ Long và vịnh Bái Tử Long, gồm 128 tàu lưu trú nghỉ đêm và 308 tàu tham quan ngày. Tổng sức chở của đội tàu khoảng 21.600 ghế.

Công tác bảo đảm an toàn được tăng cường: lực lượng chức năng đã kiểm tra 1.126 lượt phương tiện, xử lý 47 trường hợp vi phạm, phạt tiền 386,5 triệu đồng; 100% tàu được trang bị đủ áo phao, phao tròn cứu sinh. Đã có 23 tàu đóng mới vỏ thép, nâng tổng số tàu vỏ thép lên 381 chiếc, chiếm 74,4% đội tàu. Tàu QN-5289 chở quá số người quy định ngày 14/5 đã bị đình chỉ hoạt động.

Năm 2024, tỉnh phấn đấu vịnh Hạ Long đón 3,6 triệu lượt khách đi tàu; đến năm 2025 có ít nhất 30% tàu lưu trú nghỉ đêm sử dụng năng lượng xanh.

Đường dây nóng hỗ trợ du khách: 0203.3628.555 - Địa chỉ: số 8 đường 25/4, TP Hạ Long.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")

FIGS = [
    fig("hơn 1,7 triệu lượt khách", "1,7", 1700000, "count", "lượt khách",
        "lượt khách đi tàu tham quan vịnh Hạ Long", per("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    fig("đón 1.742.300 lượt khách", "1.742.300", 1742300, "count", "lượt khách",
        "lượt khách tham quan vịnh Hạ Long bằng tàu du lịch", H1,
        change=chg("increase", 18.6, baseline="cùng kỳ năm 2023")),
    fig("đạt 812.500 lượt", "812.500", 812500, "count", "lượt", "khách quốc tế", H1, total=1742300, percent=46.6),
    fig("ước đạt 1.028.600 lượt", "1.028.600", 1028600, "count", "lượt",
        "lượng khách tham quan vịnh Hạ Long bằng tàu du lịch", per("quý II/2024", "2024-04-01", "2024-06-30"),
        status="estimate"),
    fig("ước đạt 452,8 tỷ đồng", "452,8", 452800000000, "money", "đồng", "doanh thu bán vé tham quan", inh(H1),
        percent=61.2, status="estimate"),
    fig("tại 4 cảng, bến", "4", 4, "count", "cảng, bến", "cảng, bến khách chủ yếu xuất bến", inh(H1)),
    fig("(742.000 lượt)", "742.000", 742000, "count", "lượt", "lượt khách xuất bến tại Cảng tàu khách Quốc tế Tuần Châu", inh(H1)),
    fig("(498.300 lượt)", "498.300", 498300, "count", "lượt", "lượt khách xuất bến tại Cảng tàu khách Quốc tế Hạ Long", inh(H1)),
    fig("(365.600 lượt)", "365.600", 365600, "count", "lượt", "lượt khách xuất bến tại bến Cái Dăm", inh(H1)),
    fig("(86.400 lượt)", "86.400", 86400, "count", "lượt", "lượt khách xuất bến tại bến tàu khách Hòn Gai", inh(H1)),
    fig("có 512 tàu du lịch", "512", 512, "count", "tàu", "tàu du lịch đang hoạt động", ASOF),
    fig("trong đó 436 tàu", "436", 436, "count", "tàu", "tàu hoạt động trên vịnh Hạ Long và vịnh Bái Tử Long", ASOF,
        total=512),
    fig("gồm 128 tàu", "128", 128, "count", "tàu", "tàu lưu trú nghỉ đêm", ASOF, total=436),
    fig("và 308 tàu", "308", 308, "count", "tàu", "tàu tham quan ngày", ASOF, total=436),
    fig("khoảng 21.600 ghế", "21.600", 21600, "count", "ghế", "sức chở của đội tàu", inh(ASOF), approx="about"),
    fig("kiểm tra 1.126 lượt phương tiện", "1.126", 1126, "count", "lượt phương tiện",
        "phương tiện được lực lượng chức năng kiểm tra", inh(H1)),
    fig("xử lý 47 trường hợp", "47", 47, "count", "trường hợp", "trường hợp vi phạm bị xử lý", inh(H1)),
    fig("phạt tiền 386,5 triệu đồng", "386,5", 386500000, "money", "đồng", "tiền phạt vi phạm", inh(H1)),
    fig("; 100% tàu", "100", 100, "percent", "%", "tàu được trang bị đủ áo phao, phao tròn cứu sinh"),
    fig("có 23 tàu đóng mới", "23", 23, "count", "tàu", "tàu đóng mới vỏ thép"),
    fig("lên 381 chiếc", "381", 381, "count", "chiếc", "tàu vỏ thép", percent=74.4),
    fig("đón 3,6 triệu lượt khách", "3,6", 3600000, "count", "lượt khách", "lượt khách đi tàu tham quan vịnh Hạ Long",
        per("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("ít nhất 30% tàu", "30", 30, "percent", "%", "tàu lưu trú nghỉ đêm sử dụng năng lượng xanh",
        per("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Ninh (invented): vịnh Hạ Long, khách đi tàu 6 tháng đầu năm 2024, đội tàu, an toàn.",
    "Location Quảng Ninh throughout: vịnh Hạ Long is a bay managed by the province, not the city Hạ Long; port names are not places.",
    "Headline 'trong 6 tháng' (no year) takes the year of published (2024). 'Lượt xem: 3.482', phone, 'số 8 đường 25/4',",
    "'QN-5289', 'ngày 14/5', 'quý II/2024' as a phrase are not figures. The 4 ports' counts do not add up to 1.742.300 and follow",
    "the count '4 cảng, bến', so no total. 128 + 308 = 436 (gồm), 436 part of 512 (trong đó).",
    "List items that are not places (ports) stay in the subject after the list's indicator (FIGURES.md: 'vốn đăng ký cấp mới của",
    "Trung Quốc'), as the Tràng An / Tam Cốc items in p738-2.",
    "revised after the first scoring: the four port items had been given the bare indicator 'lượt khách xuất bến'; the spec's",
    "non-place list item example keeps the item in the subject, so they are now 'lượt khách xuất bến tại <port>'.",
]

if __name__ == "__main__":
    emit("p738-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Quảng Ninh")
