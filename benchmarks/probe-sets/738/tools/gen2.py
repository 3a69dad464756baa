"""p738-2: district portal (huyện Hoa Lư, Ninh Bình) — boat (đò) tourism at Tràng An / Tam Cốc, 10 months 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """UBND HUYỆN HOA LƯ - TỈNH NINH BÌNH
Trang chủ › Kinh tế › Du lịch
Thứ Ba, 12/11/2024 - 15:20

Hoa Lư: Các tuyến du lịch đường thủy đón gần 2 triệu lượt khách đi đò

Theo Phòng Văn hóa và Thông tin huyện, 10 tháng năm 2024, các điểm du lịch đường thủy trên địa bàn huyện đón 1.968.000 lượt khách đi đò, tăng 12,4% so với cùng kỳ, đạt 89,5% kế hoạch năm. Trong đó, Khu du lịch Tràng An đón 1.215.000 lượt, Khu du lịch Tam Cốc - Bích Động đón 586.000 lượt, còn lại là khách tham quan Thung Nham.

Tại Tràng An, du khách được lựa chọn 3 tuyến tham quan (Tuyến 1, Tuyến 2, Tuyến 3) với thời gian từ 2 đến 3 giờ; giá vé 250.000 đồng/người lớn, 120.000 đồng/trẻ em. Mỗi đò chở tối đa 4 khách.

Hiện toàn huyện có 2.150 đò phục vụ khách, trong đó Tràng An có 1.480 đò, Tam Cốc - Bích Động có 520 đò; 100% đò đã được đánh số, cấp biển hiệu. Đội ngũ lái đò gồm khoảng 2.200 người, chủ yếu là phụ nữ các xã Trường Yên, Ninh Hải, Ninh Xuân; năm 2024 đã có 2.096 người được tập huấn kỹ năng cứu đuối, sơ cứu. Thu nhập của người lái đò đạt từ 6 đến 8 triệu đồng/người/tháng.

Từ đầu năm đến nay, trên các tuyến không xảy ra sự cố mất an toàn. Lực lượng cứu hộ trực 24/24 giờ tại 6 điểm dọc tuyến, dọc Quốc lộ 38B bố trí bãi đỗ xe cho khách. Huyện phấn đấu năm 2024 đón 2,2 triệu lượt khách đi đò, doanh thu bán vé đạt khoảng 480 tỷ đồng.

Văn Hùng - Trung tâm VH, TT&TT huyện Hoa Lư
Liên hệ: 0229.3620.216
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 2 triệu lượt khách", "2", 2000000, "count", "lượt khách", "lượt khách đi đò các tuyến du lịch đường thủy",
        approx="nearly"),
    fig("đón 1.968.000 lượt khách", "1.968.000", 1968000, "count", "lượt khách",
        "lượt khách đi đò tại các điểm du lịch đường thủy", M10,
        change=chg("increase", 12.4, baseline="cùng kỳ"), percent=89.5),
    fig("đón 1.215.000 lượt", "1.215.000", 1215000, "count", "lượt", "lượt khách đi đò Khu du lịch Tràng An", inh(M10),
        total=1968000),
    fig("đón 586.000 lượt", "586.000", 586000, "count", "lượt", "lượt khách đi đò Khu du lịch Tam Cốc - Bích Động",
        inh(M10), total=1968000),
    fig("chọn 3 tuyến", "3", 3, "count", "tuyến", "tuyến tham quan tại Tràng An"),
    fig("từ 2 đến 3 giờ", "2", 2, "measure", "giờ", "thời gian tham quan", value_max=3),
    fig("250.000 đồng/người lớn", "250.000", 250000, "money", "đồng/người lớn", "giá vé"),
    fig("120.000 đồng/trẻ em", "120.000", 120000, "money", "đồng/trẻ em", "giá vé"),
    fig("tối đa 4 khách", "4", 4, "measure", "khách/đò", "khách mỗi đò chở", approx="at_most"),
    fig("có 2.150 đò", "2.150", 2150, "count", "đò", "đò phục vụ khách"),
    fig("có 1.480 đò", "1.480", 1480, "count", "đò", "đò phục vụ khách tại Tràng An", total=2150),
    fig("có 520 đò", "520", 520, "count", "đò", "đò phục vụ khách tại Tam Cốc - Bích Động", total=2150),
    fig("100% đò", "100", 100, "percent", "%", "đò đã được đánh số, cấp biển hiệu"),
    fig("khoảng 2.200 người", "2.200", 2200, "count", "người", "đội ngũ lái đò", approx="about"),
    fig("có 2.096 người", "2.096", 2096, "count", "người", "người lái đò được tập huấn kỹ năng cứu đuối, sơ cứu", Y24),
    fig("từ 6 đến 8 triệu", "6", 6000000, "money", "đồng/người/tháng", "thu nhập của người lái đò",
        value_max=8000000),
    fig("tại 6 điểm", "6", 6, "count", "điểm", "điểm lực lượng cứu hộ trực dọc tuyến"),
    fig("đón 2,2 triệu lượt", "2,2", 2200000, "count", "lượt khách", "lượt khách đi đò", Y24, status="target"),
    fig("khoảng 480 tỷ đồng", "480", 480000000000, "money", "đồng", "doanh thu bán vé", Y24, approx="about",
        status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Hoa Lư (invented): khách đi đò Tràng An, Tam Cốc - Bích Động 10 tháng năm 2024, đò, lái đò, an toàn.",
    "District portal: location Hoa Lư for every figure (Tràng An, Tam Cốc - Bích Động are tourist areas, the communes are not",
    "district-level places). Headline has no period. 'Tuyến 1, Tuyến 2, Tuyến 3' are route names; '24/24 giờ' means round the",
    "clock (not a figure); 'Quốc lộ 38B', phone, dateline are distractors. 2.096 trained of about 2.200 has no part cue: no total.",
    "'Hiện' sentences get no period. 'Phấn đấu năm 2024' -> target, continuing into the revenue clause.",
]

if __name__ == "__main__":
    emit("p738-2", TEXT, COMMENTS, FIGS, published="2024-11-12", location="Hoa Lư")
