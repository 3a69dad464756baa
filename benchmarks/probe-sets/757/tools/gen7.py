"""p757-7: department site (Sở VHTTDL Quảng Nam), no dateline, one-cell-per-line table with a unit line."""
from lib import fig, chg, per, year, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG NAM
Trang chủ » Tin hoạt động » Quản lý văn hóa

Quảng Nam: 3 địa phương đăng ký bắn pháo hoa Tết Ất Tỵ 2025

Theo tổng hợp của Sở Văn hóa, Thể thao và Du lịch, dịp Tết Nguyên đán Ất Tỵ 2025, toàn tỉnh có 3 địa phương đăng ký tổ chức bắn pháo hoa tầm thấp với tổng kinh phí dự kiến 3.850 triệu đồng, giảm 0,8% so với năm 2024; trong đó nguồn xã hội hóa dự kiến huy động 2.695 triệu đồng, chiếm 70%. Huyện Núi Thành không tổ chức bắn pháo hoa năm nay để dành kinh phí hỗ trợ người dân bị ảnh hưởng bởi mưa lũ.

Bảng: Kinh phí bắn pháo hoa Tết Nguyên đán tại các địa phương
Đơn vị tính: triệu đồng
Địa phương
Năm 2024
Kế hoạch năm 2025
Thành phố Tam Kỳ
1.850
2.000
Thành phố Hội An
1.200
1.350
Thị xã Điện Bàn
450
500
Huyện Núi Thành
380
0
Tổng cộng
3.880
3.850

Trong 9 tháng năm 2024, Sở đã thẩm định, cho ý kiến 11 hồ sơ đề nghị bắn pháo hoa phục vụ lễ hội, sự kiện của các địa phương và doanh nghiệp. Dịp Tết Giáp Thìn, toàn tỉnh bắn pháo hoa tại 5 điểm, thu hút khoảng 60.000 lượt người xem, không xảy ra sự cố.

Sở đề nghị mỗi điểm bắn bố trí ít nhất 20 cán bộ, chiến sĩ công an và 1 tổ y tế; khoảng cách an toàn từ điểm bắn đến khu vực khán giả không dưới 50 m. Chỉ sử dụng pháo hoa do Nhà máy Z121 - Bộ Quốc phòng sản xuất.

Địa chỉ: 02 Trần Phú, TP Tam Kỳ | Điện thoại: 0235.3810.455
Lượt truy cập: 1.284.571
"""

NOTES = [
    "p757-7: department site (Sở VHTTDL Quảng Nam), no dateline; one-cell-per-line table with 'Đơn vị tính: triệu đồng'.",
    "Table cells: money x10^6 đồng; subject = indicator + column; row labels are places -> location; 'Tổng cộng' row -> Quảng Nam;",
    "column 'Năm 2024' -> period 2024 (actual); 'Kế hoạch năm 2025' -> period 2025, status target; the 0 cell is a figure.",
    "Lead: 'dự kiến' -> forecast (3.850 and the trong đó part 2.695, which has its own 'dự kiến'); 'giảm 0,8% so với năm 2024' is the change.",
    "Festival names with a year (Tết Nguyên đán Ất Tỵ 2025) not given as periods; '9 tháng năm 2024' -> 2024-01-01..2024-09-30.",
    "Distractors: Nhà máy Z121, 02 Trần Phú, 0235.3810.455, Lượt truy cập 1.284.571, column headers Năm 2024 / Kế hoạch năm 2025.",
]
Y24, Y25 = year(2024, "Năm 2024"), year(2025, "Kế hoạch năm 2025")
S24 = "Kinh phí bắn pháo hoa Tết Nguyên đán năm 2024"
S25 = "Kinh phí bắn pháo hoa Tết Nguyên đán kế hoạch năm 2025"


def cells(anchor24, n24, anchor25, n25, loc):
    v24 = float(n24.replace(".", "")) * 1e6
    v25 = float(n25.replace(".", "")) * 1e6
    return [fig(anchor24, n24, v24, "money", "đồng", S24, period=Y24, location=loc),
            fig(anchor25, n25, v25, "money", "đồng", S25, status="target", period=Y25, location=loc)]


FIGS = [
    fig("Nam: 3 địa phương", "3", 3, "count", "địa phương", "địa phương đăng ký bắn pháo hoa Tết Ất Tỵ 2025"),
    fig("có 3 địa phương", "3", 3, "count", "địa phương", "địa phương đăng ký tổ chức bắn pháo hoa tầm thấp"),
    fig("dự kiến 3.850 triệu đồng", "3.850", 3.85e9, "money", "đồng", "tổng kinh phí",
        change=chg("decrease", 0.8, baseline="năm 2024"), status="forecast"),
    fig("huy động 2.695 triệu đồng", "2.695", 2.695e9, "money", "đồng", "nguồn xã hội hóa huy động",
        total=3.85e9, percent=70, status="forecast"),
    *cells("Tam Kỳ\n1.850", "1.850", "1.850\n2.000", "2.000", "Tam Kỳ"),
    *cells("Hội An\n1.200", "1.200", "1.200\n1.350", "1.350", "Hội An"),
    *cells("Điện Bàn\n450", "450", "450\n500", "500", "Điện Bàn"),
    *cells("Núi Thành\n380", "380", "380\n0", "0", "Núi Thành"),
    *cells("Tổng cộng\n3.880", "3.880", "3.880\n3.850", "3.850", None),
    fig("ý kiến 11 hồ sơ", "11", 11, "count", "hồ sơ", "hồ sơ đề nghị bắn pháo hoa được thẩm định, cho ý kiến",
        period=per("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    fig("tại 5 điểm", "5", 5, "count", "điểm", "điểm bắn pháo hoa dịp Tết Giáp Thìn"),
    fig("khoảng 60.000 lượt", "60.000", 60000, "count", "lượt", "lượt người xem", approx="about"),
    fig("ít nhất 20 cán bộ", "20", 20, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ công an bố trí tại mỗi điểm bắn",
        approx="at_least"),
    fig("và 1 tổ y tế", "1", 1, "count", "tổ y tế", "tổ y tế bố trí tại mỗi điểm bắn"),
    fig("không dưới 50 m", "50", 50, "measure", "m", "khoảng cách an toàn từ điểm bắn đến khu vực khán giả",
        approx="at_least"),
]

if __name__ == "__main__":
    write("p757-7", TEXT, NOTES, FIGS, location="Quảng Nam")
