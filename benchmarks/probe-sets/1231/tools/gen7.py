"""p1231-7: department site (Thư viện tỉnh Sơn La), no dateline, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH SƠN LA
THƯ VIỆN TỈNH SƠN LA
Giới thiệu | Tin tức | Dịch vụ | Văn bản | Liên hệ

Thư viện lưu động "tiếp sức" văn hóa đọc cho học sinh vùng cao

Hưởng ứng Đề án phát triển văn hóa đọc, Thư viện tỉnh Sơn La duy trì 2 tuyến xe thư viện lưu động đến các huyện Sốp Cộp, Mường La, Bắc Yên và Phù Yên. 6 tháng đầu năm 2024, xe đã phục vụ 64 điểm trường với 21.350 lượt học sinh, bằng 54% kế hoạch năm; số bản sách luân chuyển tăng 18,2% so với cùng kỳ.

Số bản sách luân chuyển qua xe thư viện lưu động:
Đơn vị tính: bản
Loại sách
Năm 2023
6 tháng đầu năm 2024
Sách thiếu nhi
18.420
11.260
Sách tham khảo
9.135
5.470
Sách song ngữ, tiếng dân tộc
2.045
1.680
Tổng số
29.600
18.410

Bên cạnh đó, Thư viện phối hợp với Phòng GD&ĐT các huyện xây dựng 35 "tủ sách bản" đặt tại nhà văn hóa, mỗi tủ từ 300 đến 500 cuốn. Chị Lường Thị Hoa, giáo viên Trường Tiểu học Mường Lèo (huyện Sốp Cộp) chia sẻ: trước đây học sinh chỉ đọc sách giáo khoa, nay lớp của chị có tới 2/3 số em mượn sách về nhà hằng tuần.

Tin liên quan:
- Hội báo Xuân Giáp Thìn 2024
- Ngày hội đọc sách lần thứ 5 tại huyện Mai Sơn

Liên hệ: Thư viện tỉnh Sơn La, số 56 đường Tô Hiệu, TP Sơn La
Điện thoại: 0212.3852.740
Lượt truy cập: 845.210 | Hôm nay: 312
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
COLS = {"Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
        "6 tháng đầu năm 2024": per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")}


def cell(anchor, number, value, row, col):
    return fig(anchor, number, value, "count", "bản",
               subject=f"{row} luân chuyển qua xe thư viện lưu động {col.lower()}", period=COLS[col])


FIGS = [
    fig("duy trì 2 tuyến", "2", 2, "count", "tuyến", subject="tuyến xe thư viện lưu động"),
    fig("phục vụ 64 điểm", "64", 64, "count", "điểm trường", subject="điểm trường được xe phục vụ", period=H1),
    fig("với 21.350 lượt", "21.350", 21350, "count", "lượt học sinh", percent=54,
        subject="lượt học sinh được xe phục vụ", period=H1),
    fig("tăng 18,2%", "18,2", 18.2, "percent", "%",
        subject="tăng trưởng số bản sách luân chuyển", period=H1),
    cell("nhi\n18.420", "18.420", 18420, "sách thiếu nhi", "Năm 2023"),
    cell("18.420\n11.260", "11.260", 11260, "sách thiếu nhi", "6 tháng đầu năm 2024"),
    cell("khảo\n9.135", "9.135", 9135, "sách tham khảo", "Năm 2023"),
    cell("9.135\n5.470", "5.470", 5470, "sách tham khảo", "6 tháng đầu năm 2024"),
    cell("dân tộc\n2.045", "2.045", 2045, "sách song ngữ, tiếng dân tộc", "Năm 2023"),
    cell("2.045\n1.680", "1.680", 1680, "sách song ngữ, tiếng dân tộc", "6 tháng đầu năm 2024"),
    cell("Tổng số\n29.600", "29.600", 29600, "tổng số bản sách", "Năm 2023"),
    cell("29.600\n18.410", "18.410", 18410, "tổng số bản sách", "6 tháng đầu năm 2024"),
    fig("xây dựng 35", "35", 35, "count", "tủ sách bản", subject="tủ sách bản đặt tại nhà văn hóa"),
    fig("từ 300 đến 500 cuốn", "300", 300, "measure", "cuốn/tủ", value_max=500,
        subject="sách mỗi tủ sách bản"),
    fig("tới 2/3", "2", 2, "count", "số em", total=3, optional=True,
        subject="học sinh lớp mượn sách về nhà hằng tuần", location="Sốp Cộp"),
]

NOTES = [
    "Department site (Thư viện tỉnh Sơn La under Sở VHTTDL) with no dateline: no published. Menu, related links, footer address, phone, 'Lượt truy cập', 'Hôm nay'.",
    "One-cell-per-line table, 'Đơn vị tính: bản'; rows are book types, columns are periods (scored from the headers). Subject = row label + indicator of the caption + column label.",
    "'số bản sách luân chuyển tăng 18,2% so với cùng kỳ' is a growth rate standing as the claim: a percent figure with no change, period from the sentence (6 tháng đầu năm 2024).",
    "'bằng 54% kế hoạch năm' is the percent of 21.350. 'mỗi tủ từ 300 đến 500 cuốn' is per-unit: measure 'cuốn/tủ'. The 35 tủ sách bản get no period ('Bên cạnh đó').",
    "'2/3 số em' is a fraction (two thirds), not 2 of 3 pupils: optional.",
    "Distractors: 'Giáp Thìn 2024', 'lần thứ 5', 'số 56 đường Tô Hiệu', phone 0212.3852.740, 'Lượt truy cập: 845.210', 'Hôm nay: 312'.",
]

if __name__ == "__main__":
    write("p1231-7", TEXT, NOTES, FIGS, published=None, location="Sơn La")
