"""p559-4: ministry site (Bộ Tài chính) - customs revenue 2023, top customs departments, border-gate turnover, smuggling."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức tài chính > Hải quan
Ngày đăng: 16-01-2024

Ngành Hải quan thu ngân sách năm 2023 đạt hơn 375 nghìn tỷ đồng

Theo báo cáo của Tổng cục Hải quan, năm 2023, tổng số thu ngân sách nhà nước từ hoạt động xuất nhập khẩu đạt 375.241 tỷ đồng, bằng 119,3% dự toán (314.500 tỷ đồng), giảm 11,2% so với năm 2022.

Năm đơn vị có số thu lớn nhất lần lượt là Cục Hải quan TP Hồ Chí Minh (118.624 tỷ đồng), Hải Phòng (61.305 tỷ đồng), Bà Rịa – Vũng Tàu (38.270 tỷ đồng), Quảng Ninh (14.815 tỷ đồng) và Lạng Sơn (9.482 tỷ đồng).

Tổng kim ngạch xuất nhập khẩu hàng hóa của cả nước năm 2023 đạt 683 tỷ USD, giảm 6,6% so với năm trước; trong đó kim ngạch qua các cửa khẩu đường bộ biên giới đạt khoảng 58,4 tỷ USD, chiếm 8,6%. Toàn ngành xử lý 18,9 triệu tờ khai; thời gian thông quan bình quân tại các cửa khẩu đường bộ giảm còn khoảng 2,5 giờ/tờ khai.

Về chống buôn lậu, toàn ngành đã phát hiện, bắt giữ 17.699 vụ vi phạm pháp luật hải quan, tăng 13,5% so với năm 2022; trị giá hàng hóa vi phạm ước tính 17.412 tỷ đồng. Cơ quan hải quan khởi tố 46 vụ án hình sự, chuyển cơ quan khác khởi tố 117 vụ.

Năm 2024, Bộ Tài chính giao chỉ tiêu thu ngân sách cho ngành Hải quan là 377.000 tỷ đồng; phấn đấu 100% thủ tục hải quan được thực hiện trên môi trường điện tử, theo Quyết định số 2218/QĐ-BTC và Luật Hải quan số 54/2014/QH13.

Địa chỉ: Số 28 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: (024) 2220.2828
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
B = 1e9

FIGS = [
    fig("hơn 375 nghìn tỷ đồng", "375", 375e12, "money", "đồng", "thu ngân sách ngành Hải quan", Y23, approx="over"),
    fig("đạt 375.241 tỷ đồng", "375.241", 375241 * B, "money", "đồng",
        "tổng số thu ngân sách nhà nước từ hoạt động xuất nhập khẩu", Y23,
        percent=119.3, target=tgt(314500 * B, "đồng"), change=chg("decrease", 11.2, baseline="năm 2022")),
    fig("Năm đơn vị có", "Năm", 5, "count", "đơn vị", "đơn vị có số thu lớn nhất", inh(Y23), optional=True),
    fig("(118.624 tỷ đồng)", "118.624", 118624 * B, "money", "đồng", "số thu ngân sách", inh(Y23),
        location="Thành phố Hồ Chí Minh"),
    fig("(61.305 tỷ đồng)", "61.305", 61305 * B, "money", "đồng", "số thu ngân sách", inh(Y23), location="Hải Phòng"),
    fig("(38.270 tỷ đồng)", "38.270", 38270 * B, "money", "đồng", "số thu ngân sách", inh(Y23),
        location="Bà Rịa - Vũng Tàu"),
    fig("(14.815 tỷ đồng)", "14.815", 14815 * B, "money", "đồng", "số thu ngân sách", inh(Y23), location="Quảng Ninh"),
    fig("(9.482 tỷ đồng)", "9.482", 9482 * B, "money", "đồng", "số thu ngân sách", inh(Y23), location="Lạng Sơn"),
    fig("đạt 683 tỷ USD", "683", 683 * B, "money", "USD", "tổng kim ngạch xuất nhập khẩu hàng hóa", Y23,
        change=chg("decrease", 6.6, baseline="năm trước")),
    fig("khoảng 58,4 tỷ USD", "58,4", 58.4 * B, "money", "USD", "kim ngạch qua các cửa khẩu đường bộ biên giới", Y23,
        approx="about", total=683 * B, percent=8.6),
    fig("xử lý 18,9 triệu tờ khai", "18,9", 18.9e6, "count", "tờ khai", "tờ khai toàn ngành xử lý", inh(Y23)),
    fig("khoảng 2,5 giờ/tờ khai", "2,5", 2.5, "measure", "giờ/tờ khai",
        "thời gian thông quan bình quân tại các cửa khẩu đường bộ", inh(Y23), approx="about"),
    fig("bắt giữ 17.699 vụ", "17.699", 17699, "count", "vụ", "vụ vi phạm pháp luật hải quan bị phát hiện, bắt giữ",
        inh(Y23), change=chg("increase", 13.5, baseline="năm 2022")),
    fig("ước tính 17.412 tỷ đồng", "17.412", 17412 * B, "money", "đồng", "trị giá hàng hóa vi phạm", inh(Y23),
        status="estimate"),
    fig("khởi tố 46 vụ", "46", 46, "count", "vụ án hình sự", "vụ án hình sự cơ quan hải quan khởi tố", inh(Y23)),
    fig("khởi tố 117 vụ", "117", 117, "count", "vụ", "vụ chuyển cơ quan khác khởi tố", inh(Y23)),
    fig("là 377.000 tỷ đồng", "377.000", 377000 * B, "money", "đồng", "chỉ tiêu thu ngân sách ngành Hải quan", Y24,
        status="target"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", "thủ tục hải quan được thực hiện trên môi trường điện tử", Y24,
        status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Tài chính: ngành Hải quan năm 2023 - thu ngân sách, 5 Cục Hải quan thu lớn nhất, kim ngạch qua cửa khẩu đường bộ, chống buôn lậu.",
    "'Ngày đăng: 16-01-2024' is the dateline. Not figures: 'Quyết định số 2218/QĐ-BTC', 'Luật Hải quan số 54/2014/QH13', the address and phone.",
    "National figures: location Việt Nam; the five customs departments are named by their province/city, which goes to location (subject = the",
    "list's indicator 'số thu'). 'Năm đơn vị' (a top-5 list head) is optional, as h18's '05 địa phương'. '375 nghìn tỷ' = 375·10^12.",
    "'(314.500 tỷ đồng)' after 'bằng 119,3% dự toán' is the target attribute. 58,4 tỷ USD follows 'trong đó' after 683 tỷ USD (same indicator,",
    "same year): total 683 tỷ, percent 8,6. 'giảm còn khoảng 2,5 giờ/tờ khai' is a level reached, not a change.",
]

if __name__ == "__main__":
    emit("p559-4", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Việt Nam")
