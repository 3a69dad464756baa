"""p559-2: district portal (huyện Trùng Khánh, Cao Bằng) - border markets, border-resident trade, Pò Peo gate, 10 months 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRÙNG KHÁNH
Trang chủ / Tin tức - Sự kiện / Kinh tế
Thứ Năm, 14/11/2024 - 15:20

Hoạt động chợ biên giới và trao đổi hàng hóa cư dân biên giới khởi sắc

10 tháng năm 2024, trên địa bàn huyện có 4 chợ biên giới hoạt động thường xuyên với tổng số 312 điểm kinh doanh (trong đó 174 điểm kinh doanh cố định). Lượng khách đến mua bán, trao đổi hàng hóa ước đạt 96.500 lượt người, tăng 14,2% so với cùng kỳ năm 2023.

Giá trị hàng hóa mua bán, trao đổi của cư dân biên giới ước đạt 186,4 tỷ đồng, trong đó hàng xuất sang phía Trung Quốc (chủ yếu hạt dẻ, thạch đen, gừng) khoảng 112 tỷ đồng, hàng nhập về (vật tư nông nghiệp, hàng tiêu dùng) khoảng 74,4 tỷ đồng.

Qua cửa khẩu Pò Peo, 10 tháng đã làm thủ tục cho 2.846 lượt phương tiện, bình quân từ 9 đến 10 xe/ngày; tổng kim ngạch xuất nhập khẩu đạt 23,7 triệu USD, gấp 1,6 lần so với cùng kỳ. Hàng hóa chủ yếu được vận chuyển theo Tỉnh lộ 206 về trung tâm huyện.

Đồn Biên phòng cửa khẩu Pò Peo phối hợp các lực lượng chức năng phát hiện, bắt giữ 7 vụ vận chuyển hàng hóa trái phép qua biên giới tại khu vực mốc 836, tịch thu hàng hóa trị giá gần 350 triệu đồng.

Phấn đấu đến năm 2025, huyện có 5 chợ biên giới được đầu tư kiên cố, kim ngạch qua cửa khẩu Pò Peo đạt từ 35 đến 40 triệu USD/năm.

Nông Thị Hằng - Văn phòng HĐND và UBND huyện
Điện thoại: 0206.3826.115
"""

P10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
P10b = per("10 tháng", "2024-01-01", "2024-10-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 4 chợ biên giới", "4", 4, "count", "chợ biên giới", "chợ biên giới hoạt động thường xuyên", P10),
    fig("tổng số 312 điểm kinh doanh", "312", 312, "count", "điểm kinh doanh", "điểm kinh doanh tại chợ biên giới", P10),
    fig("trong đó 174 điểm", "174", 174, "count", "điểm kinh doanh", "điểm kinh doanh cố định", P10, total=312),
    fig("ước đạt 96.500 lượt người", "96.500", 96500, "count", "lượt người",
        "lượng khách đến mua bán, trao đổi hàng hóa", inh(P10), status="estimate",
        change=chg("increase", 14.2, baseline="cùng kỳ năm 2023")),
    fig("ước đạt 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng",
        "giá trị hàng hóa mua bán, trao đổi của cư dân biên giới", inh(P10), status="estimate"),
    fig("khoảng 112 tỷ đồng", "112", 112e9, "money", "đồng", "giá trị hàng xuất sang phía Trung Quốc",
        inh(P10), approx="about", total=186.4e9, status="estimate"),
    fig("khoảng 74,4 tỷ đồng", "74,4", 74.4e9, "money", "đồng", "giá trị hàng nhập về",
        inh(P10), approx="about", total=186.4e9, status="estimate"),
    fig("cho 2.846 lượt phương tiện", "2.846", 2846, "count", "lượt phương tiện",
        "lượt phương tiện làm thủ tục qua cửa khẩu Pò Peo", P10b),
    fig("từ 9 đến 10 xe/ngày", "9", 9, "measure", "xe/ngày", "xe qua cửa khẩu Pò Peo bình quân", P10b,
        value_max=10),
    fig("đạt 23,7 triệu USD", "23,7", 23.7e6, "money", "USD", "tổng kim ngạch xuất nhập khẩu qua cửa khẩu Pò Peo",
        P10b, change=chg("increase", 1.6, unit="lần", baseline="cùng kỳ")),
    fig("bắt giữ 7 vụ", "7", 7, "count", "vụ", "vụ vận chuyển hàng hóa trái phép qua biên giới bị bắt giữ"),
    fig("gần 350 triệu đồng", "350", 350e6, "money", "đồng", "trị giá hàng hóa tịch thu", approx="nearly"),
    fig("có 5 chợ biên giới", "5", 5, "count", "chợ biên giới", "chợ biên giới được đầu tư kiên cố", T25,
        status="target"),
    fig("từ 35 đến 40 triệu USD/năm", "35", 35e6, "money", "USD/năm", "kim ngạch qua cửa khẩu Pò Peo", T25,
        value_max=40e6, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Trùng Khánh (Cao Bằng): chợ biên giới, trao đổi hàng hóa cư dân biên giới, cửa khẩu Pò Peo, 10 tháng năm 2024.",
    "Dateline 'Thứ Năm, 14/11/2024 - 15:20'. Not figures: 'Tỉnh lộ 206', 'mốc 836' (border marker), the phone number, the weekday.",
    "District portal: location Trùng Khánh throughout. 'ước đạt 186,4 tỷ' governs the 'trong đó' parts (estimate); 112 + 74,4 = 186,4.",
    "'gấp 1,6 lần so với cùng kỳ' after 23,7 triệu USD is its change (increase, 1,6 lần), not a multiple figure of its own.",
    "'đến năm 2025' targets: start null, end 2025-12-31; 'triệu USD/năm' keeps the rate in the unit (USD/năm).",
]

if __name__ == "__main__":
    emit("p559-2", TEXT, COMMENTS, FIGS, published="2024-11-14", location="Trùng Khánh")
