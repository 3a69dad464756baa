"""p559-1: Lạng Sơn province portal - import-export turnover through the border gates, 6 months 2024."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Kim ngạch xuất nhập khẩu qua cửa khẩu 6 tháng đạt hơn 2,6 tỷ USD
Cập nhật: 08/07/2024 10:25 | Lượt xem: 3.142

Theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn, 6 tháng đầu năm 2024, tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu trên địa bàn tỉnh Lạng Sơn đạt 2.648,7 triệu USD, tăng 18,4% so với cùng kỳ năm 2023, đạt 52,1% kế hoạch năm. Trong đó, xuất khẩu đạt 1.036,2 triệu USD; nhập khẩu đạt 1.612,5 triệu USD.

Cửa khẩu quốc tế Hữu Nghị tiếp tục dẫn đầu với kim ngạch 1.425,3 triệu USD, chiếm 53,8% tổng kim ngạch; tiếp đến là cửa khẩu Tân Thanh (612,4 triệu USD), cửa khẩu Chi Ma (298,6 triệu USD), ga đường sắt liên vận quốc tế Đồng Đăng (187,9 triệu USD) và cửa khẩu Cốc Nam (85,2 triệu USD).

Bình quân mỗi ngày có khoảng 1.150 phương tiện chở hàng xuất nhập khẩu qua các cửa khẩu; riêng cửa khẩu Hữu Nghị thông quan từ 550 đến 600 xe/ngày. Thời gian thông quan trung bình mỗi xe giảm còn dưới 40 phút. Để tránh ùn tắc, lực lượng chức năng phân luồng xe trên Quốc lộ 1A và Quốc lộ 4A từ 22 giờ đến 5 giờ sáng hôm sau.

Cục Hải quan Lạng Sơn cho biết, số thu ngân sách từ hoạt động xuất nhập khẩu 6 tháng đạt 3.412 tỷ đồng, bằng 48,7% dự toán Bộ Tài chính giao (7.000 tỷ đồng), tăng 21,3% so với cùng kỳ. Số tờ khai làm thủ tục là 58.964 tờ khai, tăng 9,6%.

Năm 2024, tỉnh phấn đấu kim ngạch xuất nhập khẩu qua địa bàn đạt 5.080 triệu USD; thu ngân sách từ hoạt động xuất nhập khẩu đạt trên 7.000 tỷ đồng.

Cổng Thông tin điện tử tỉnh Lạng Sơn – Số 2 đường Hùng Vương, TP Lạng Sơn. Điện thoại: 0205.3812.135
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
M = 1e6

FIGS = [
    fig("đạt hơn 2,6 tỷ USD", "2,6", 2.6e9, "money", "USD", "kim ngạch xuất nhập khẩu qua cửa khẩu",
        per("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    fig("đạt 2.648,7 triệu USD", "2.648,7", 2648.7 * M, "money", "USD",
        "tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu", H1,
        percent=52.1, change=chg("increase", 18.4, baseline="cùng kỳ năm 2023")),
    fig("xuất khẩu đạt 1.036,2 triệu USD", "1.036,2", 1036.2 * M, "money", "USD", "kim ngạch xuất khẩu",
        inh(H1), total=2648.7 * M),
    fig("nhập khẩu đạt 1.612,5 triệu USD", "1.612,5", 1612.5 * M, "money", "USD", "kim ngạch nhập khẩu",
        inh(H1), total=2648.7 * M),
    fig("kim ngạch 1.425,3 triệu USD", "1.425,3", 1425.3 * M, "money", "USD",
        "kim ngạch xuất nhập khẩu qua cửa khẩu quốc tế Hữu Nghị", inh(H1), percent=53.8),
    fig("(612,4 triệu USD)", "612,4", 612.4 * M, "money", "USD",
        "kim ngạch xuất nhập khẩu qua cửa khẩu Tân Thanh", inh(H1)),
    fig("(298,6 triệu USD)", "298,6", 298.6 * M, "money", "USD",
        "kim ngạch xuất nhập khẩu qua cửa khẩu Chi Ma", inh(H1)),
    fig("(187,9 triệu USD)", "187,9", 187.9 * M, "money", "USD",
        "kim ngạch xuất nhập khẩu qua ga đường sắt liên vận quốc tế Đồng Đăng", inh(H1)),
    fig("(85,2 triệu USD)", "85,2", 85.2 * M, "money", "USD",
        "kim ngạch xuất nhập khẩu qua cửa khẩu Cốc Nam", inh(H1)),
    fig("khoảng 1.150 phương tiện", "1.150", 1150, "count", "phương tiện",
        "phương tiện chở hàng xuất nhập khẩu qua các cửa khẩu bình quân mỗi ngày", inh(H1), approx="about"),
    fig("từ 550 đến 600 xe/ngày", "550", 550, "measure", "xe/ngày",
        "xe thông quan qua cửa khẩu Hữu Nghị", inh(H1), value_max=600),
    fig("dưới 40 phút", "40", 40, "measure", "phút", "thời gian thông quan trung bình mỗi xe",
        inh(H1), approx="under"),
    fig("đạt 3.412 tỷ đồng", "3.412", 3412e9, "money", "đồng",
        "số thu ngân sách từ hoạt động xuất nhập khẩu", per("6 tháng", "2024-01-01", "2024-06-30"),
        percent=48.7, change=chg("increase", 21.3, baseline="cùng kỳ"), target=tgt(7000e9, "đồng")),
    fig("là 58.964 tờ khai", "58.964", 58964, "count", "tờ khai", "tờ khai làm thủ tục", inh(H1),
        change=chg("increase", 9.6)),
    fig("đạt 5.080 triệu USD", "5.080", 5080 * M, "money", "USD", "kim ngạch xuất nhập khẩu qua địa bàn",
        per("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("đạt trên 7.000 tỷ đồng", "7.000", 7000e9, "money", "đồng",
        "thu ngân sách từ hoạt động xuất nhập khẩu", per("Năm 2024", "2024-01-01", "2024-12-31"),
        approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Lạng Sơn: kim ngạch xuất nhập khẩu qua các cửa khẩu 6 tháng đầu năm 2024 (by gate), phương tiện, thu ngân sách hải quan.",
    "'Cập nhật: 08/07/2024 10:25' is the dateline; 'Lượt xem: 3.142', the breadcrumb, 'Quốc lộ 1A/4A', times of day '22 giờ', '5 giờ',",
    "the address 'Số 2 đường Hùng Vương' and the phone number are not figures. Headline '6 tháng' takes 2024 (published).",
    "Gate items (Tân Thanh …) do not add up to the whole and follow no part-of cue: no total; a gate is no province/district, so it stays in",
    "the subject and location is Lạng Sơn. 'chiếm 53,8% tổng kim ngạch' is a share with no stated whole: percent only.",
    "'(7.000 tỷ đồng)' after 'bằng 48,7% dự toán' is the plan, i.e. the target attribute of 3.412 tỷ (as h17's '(130 triệu USD)').",
]

if __name__ == "__main__":
    emit("p559-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Lạng Sơn")
