"""p595-8: Cần Thơ city portal, tourist passenger boats and river safety, 9 months 2023."""
from lib import emit, fig, per, inh, chg

TEXT = """Cổng Thông tin điện tử thành phố Cần Thơ
Ngày cập nhật 18/10/2023

Cần Thơ: 9 tháng, hơn 1.100 lượt phương tiện thủy chở khách du lịch được kiểm tra an toàn

Theo Sở Giao thông vận tải, 9 tháng năm 2023, Sở phối hợp Sở Văn hóa, Thể thao và Du lịch kiểm tra 1.126 lượt phương tiện chở khách du lịch tại bến tàu du lịch Ninh Kiều và chợ nổi Cái Răng, phát hiện 38 phương tiện không bảo đảm điều kiện an toàn, trong đó 21 phương tiện thiếu áo phao, phao tròn cứu sinh; đình chỉ hoạt động 7 phương tiện.

Tính đến cuối tháng 9/2023, toàn thành phố có 352 phương tiện chở khách du lịch đã đăng ký, đăng kiểm, tăng 24 phương tiện so với cuối năm 2022. Trong 9 tháng, các phương tiện này phục vụ hơn 620.000 lượt khách, bằng 118,4% cùng kỳ; giá thuê xuồng tham quan chợ nổi phổ biến từ 150.000 đến 250.000 đồng/người.

Từ đầu năm đến nay, trên địa bàn thành phố xảy ra 4 vụ tai nạn giao thông đường thủy (giảm 1 vụ so với cùng kỳ), làm chết 3 người và bị thương 1 người. Thành phố đã chi 2,35 tỷ đồng trang bị 1.500 áo phao và 300 phao tròn cho các bến khách ngang sông ở quận Ninh Kiều, Cái Răng, Bình Thủy và huyện Phong Điền.

Theo Nghị quyết số 12/2023/NQ-HĐND tại Kỳ họp thứ 8 HĐND thành phố khóa X, phấn đấu đến năm 2025, 100% phương tiện chở khách du lịch lắp thiết bị giám sát hành trình; tỷ lệ bến khách ngang sông được cấp phép đạt trên 95%.

Đường dây nóng Thanh tra Sở: 0292.3820.512; địa chỉ: số 2 Nguyễn Trãi, phường Tân An, quận Ninh Kiều.
"""

P9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
ASOF = per("Tính đến cuối tháng 9/2023", end="2023-09-30")
YTD = per("Từ đầu năm đến nay", "2023-01-01", "2023-10-18")
T25 = per("đến năm 2025", end="2025-12-31")
LOC = "Cần Thơ"

FIGS = [
    fig("hơn 1.100 lượt", "1.100", 1100, "count", "lượt phương tiện",
        "lượt phương tiện thủy chở khách du lịch được kiểm tra an toàn",
        per("9 tháng", "2023-01-01", "2023-09-30"), approx="over"),
    fig("kiểm tra 1.126 lượt", "1.126", 1126, "count", "lượt phương tiện",
        "lượt phương tiện chở khách du lịch được kiểm tra", P9),
    fig("phát hiện 38 phương tiện", "38", 38, "count", "phương tiện",
        "phương tiện không bảo đảm điều kiện an toàn", P9),
    fig("đó 21 phương tiện", "21", 21, "count", "phương tiện", "phương tiện thiếu áo phao, phao tròn cứu sinh",
        P9, total=38),
    fig("đình chỉ hoạt động 7 phương tiện", "7", 7, "count", "phương tiện", "phương tiện bị đình chỉ hoạt động",
        P9),
    fig("có 352 phương tiện", "352", 352, "count", "phương tiện",
        "phương tiện chở khách du lịch đã đăng ký, đăng kiểm", ASOF,
        change=chg("increase", 24, "phương tiện", baseline="cuối năm 2022")),
    fig("hơn 620.000 lượt khách", "620.000", 620000, "count", "lượt khách",
        "lượt khách phương tiện chở khách du lịch phục vụ", per("Trong 9 tháng", "2023-01-01", "2023-09-30"),
        approx="over", percent=118.4),
    fig("từ 150.000 đến 250.000", "150.000", 150000, "money", "đồng/người", "giá thuê xuồng tham quan chợ nổi",
        value_max=250000),
    fig("xảy ra 4 vụ", "4", 4, "count", "vụ", "tai nạn giao thông đường thủy", YTD,
        change=chg("decrease", 1, "vụ", baseline="cùng kỳ")),
    fig("chết 3 người", "3", 3, "count", "người", "người chết do tai nạn giao thông đường thủy", YTD),
    fig("thương 1 người", "1", 1, "count", "người", "người bị thương do tai nạn giao thông đường thủy", YTD),
    fig("chi 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "kinh phí trang bị áo phao, phao tròn",
        inh(YTD)),
    fig("1.500 áo phao", "1.500", 1500, "count", "áo phao", "áo phao trang bị cho các bến khách ngang sông",
        inh(YTD)),
    fig("300 phao tròn", "300", 300, "count", "phao tròn", "phao tròn trang bị cho các bến khách ngang sông",
        inh(YTD)),
    fig("2025, 100% phương tiện", "100", 100, "percent", "%",
        "phương tiện chở khách du lịch lắp thiết bị giám sát hành trình", T25, status="target"),
    fig("trên 95%", "95", 95, "percent", "%", "tỷ lệ bến khách ngang sông được cấp phép", T25,
        approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Cần Thơ (invented): 'Ngày cập nhật 18/10/2023' (no time); tourist passenger boats, checks, accidents, life jackets.",
    "Headline '9 tháng' takes 2023 (dateline). '21 phương tiện' after 'trong đó' → total 38. 'tăng 24 phương tiện so với cuối năm 2022'",
    "is the change of 352 (as-of end of September). 'bằng 118,4% cùng kỳ' → percent attribute of 620.000 lượt khách.",
    "Bracketed '(giảm 1 vụ so với cùng kỳ)' is the change of 4 vụ. 'Từ đầu năm đến nay' ends at the dateline.",
    "The fund sentence names four districts as recipients: location stays Cần Thơ. Price range → money, value_max, unit đồng/người, no period (the '9 tháng' governs the first clause only).",
    "Distractors: Nghị quyết số 12/2023/NQ-HĐND, 'Kỳ họp thứ 8', 'khóa X', phone 0292.3820.512, 'số 2 Nguyễn Trãi', 'tháng 9/2023'.",
]

if __name__ == "__main__":
    emit("p595-8", TEXT, COMMENTS, FIGS, published="2023-10-18", location=LOC)
