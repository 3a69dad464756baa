"""p1141-7: department site (Chi cục Chăn nuôi và Thú y Cần Thơ), no dateline; one-cell-per-line table, 2024."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THÀNH PHỐ CẦN THƠ
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Tăng cường giám sát cúm gia cầm tại các chợ

Năm 2024, Chi cục Chăn nuôi và Thú y thành phố giám sát chủ động vi rút cúm gia cầm tại 16 chợ có buôn bán gia cầm sống thuộc 4 quận, với tổng số 360 mẫu, đạt 100% kế hoạch. Kết quả có 51 mẫu dương tính với cúm A, trong đó 18 mẫu dương tính với H5; không phát hiện cúm A/H7N9.

Kết quả giám sát theo địa bàn năm 2024:
Đơn vị tính: mẫu
Địa bàn
Số mẫu xét nghiệm
Dương tính cúm A
Dương tính H5
Ninh Kiều
96
14
5
Bình Thủy
72
9
3
Cái Răng
84
11
4
Thốt Nốt
108
17
6
Tổng số
360
51
18

So với năm 2023, tỷ lệ mẫu dương tính H5 giảm từ 7,2% xuống 5%. Riêng chợ Tân An (quận Ninh Kiều) có 3 đợt liên tiếp phát hiện mẫu dương tính nên đã tạm dừng kinh doanh gia cầm sống 7 ngày để tiêu độc toàn bộ.

Trong năm 2024, Chi cục cấp 2.400 lít thuốc sát trùng cho các chợ, tập huấn an toàn sinh học cho 185 lượt tiểu thương. Năm 2025, Chi cục phấn đấu 100% chợ có buôn bán gia cầm sống được tiêu độc định kỳ; dự kiến lấy 400 mẫu giám sát.

Tin liên quan:
- Cần Thơ ra quân Tháng vệ sinh, tiêu độc, khử trùng đợt 2
- Hội nghị tổng kết công tác thú y năm 2024

CHI CỤC CHĂN NUÔI VÀ THÚ Y THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 100/3 đường 30 Tháng 4, phường Xuân Khánh, quận Ninh Kiều
Điện thoại: 0292.3820.458
Lượt truy cập: 826.114 | Đang xem: 18
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24T = per("kết quả giám sát theo địa bàn năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24B = per("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"Số mẫu xét nghiệm": "số mẫu xét nghiệm", "Dương tính cúm A": "mẫu dương tính cúm A",
        "Dương tính H5": "mẫu dương tính H5"}


def cell(anchor, number, value, row, col):
    if row == "Tổng số":
        return fig(anchor, number, value, "count", "mẫu", subject="tổng số " + COLS[col].replace("số ", "", 1)
                   if col == "Số mẫu xét nghiệm" else "tổng số " + COLS[col], period=Y24T)
    return fig(anchor, number, value, "count", "mẫu", subject=COLS[col], period=Y24T, location=row)


FIGS = [
    fig("tại 16 chợ", "16", 16, "count", "chợ",
        subject="chợ có buôn bán gia cầm sống được giám sát chủ động vi rút cúm", period=Y24),
    fig("thuộc 4 quận", "4", 4, "count", "quận", subject="quận có chợ được giám sát", period=Y24),
    fig("tổng số 360 mẫu", "360", 360, "count", "mẫu", percent=100,
        subject="mẫu giám sát vi rút cúm gia cầm", period=Y24),
    fig("có 51 mẫu", "51", 51, "count", "mẫu", subject="mẫu dương tính với cúm A", period=inh(Y24)),
    fig("trong đó 18 mẫu", "18", 18, "count", "mẫu", total=51,
        subject="mẫu dương tính với H5", period=inh(Y24)),
    cell("Ninh Kiều\n96", "96", 96, "Ninh Kiều", "Số mẫu xét nghiệm"),
    cell("96\n14", "14", 14, "Ninh Kiều", "Dương tính cúm A"),
    cell("14\n5", "5", 5, "Ninh Kiều", "Dương tính H5"),
    cell("Bình Thủy\n72", "72", 72, "Bình Thủy", "Số mẫu xét nghiệm"),
    cell("72\n9", "9", 9, "Bình Thủy", "Dương tính cúm A"),
    cell("9\n3", "3", 3, "Bình Thủy", "Dương tính H5"),
    cell("Cái Răng\n84", "84", 84, "Cái Răng", "Số mẫu xét nghiệm"),
    cell("84\n11", "11", 11, "Cái Răng", "Dương tính cúm A"),
    cell("11\n4", "4", 4, "Cái Răng", "Dương tính H5"),
    cell("Thốt Nốt\n108", "108", 108, "Thốt Nốt", "Số mẫu xét nghiệm"),
    cell("108\n17", "17", 17, "Thốt Nốt", "Dương tính cúm A"),
    cell("17\n6", "6", 6, "Thốt Nốt", "Dương tính H5"),
    cell("Tổng số\n360", "360", 360, "Tổng số", "Số mẫu xét nghiệm"),
    cell("360\n51", "51", 51, "Tổng số", "Dương tính cúm A"),
    cell("51\n18", "18", 18, "Tổng số", "Dương tính H5"),
    fig("từ 7,2%", "7,2", 7.2, "percent", "%", subject="tỷ lệ mẫu dương tính H5", period=Y23),
    fig("xuống 5%", "5", 5, "percent", "%", subject="tỷ lệ mẫu dương tính H5", period=inh(Y24)),
    fig("có 3 đợt", "3", 3, "count", "đợt", subject="đợt liên tiếp phát hiện mẫu dương tính tại chợ Tân An",
        period=inh(Y24), location="Ninh Kiều"),
    fig("sống 7 ngày", "7", 7, "measure", "ngày",
        subject="thời gian tạm dừng kinh doanh gia cầm sống tại chợ Tân An", location="Ninh Kiều"),
    fig("cấp 2.400 lít", "2.400", 2400, "measure", "lít",
        subject="thuốc sát trùng cấp cho các chợ", period=Y24B),
    fig("cho 185 lượt", "185", 185, "count", "lượt tiểu thương",
        subject="lượt tiểu thương được tập huấn an toàn sinh học", period=Y24B),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ chợ có buôn bán gia cầm sống được tiêu độc định kỳ", period=Y25),
    fig("lấy 400 mẫu", "400", 400, "count", "mẫu", status="forecast", subject="mẫu giám sát", period=Y25),
]

NOTES = [
    "Department site (Chi cục Chăn nuôi và Thú y, Sở NN&PTNT Cần Thơ), no dateline: no published date. Menu, related links,",
    "footer with address 'Số 100/3 đường 30 Tháng 4' (a road named after a date), phone 0292.3820.458, 'Lượt truy cập: 826.114 |",
    "Đang xem: 18'. Other distractors: A/H7N9, 'đợt 2' in a related link, 'năm 2024' in a related-link title.",
    "One-cell-per-line table, 'Đơn vị tính: mẫu'; row labels are quận (location), subject = column label; 'Tổng số' row is Cần Thơ.",
    "Cells take the caption's 'năm 2024' (inherited). 'giảm từ 7,2% xuống 5%': two percent figures, 7,2% of năm 2023 (stated in",
    "the sentence), 5% of 2024 (inherited); the 2,2-point fall is not written, so neither carries a change.",
    "'Năm 2025 ... phấn đấu 100% ...; dự kiến lấy 400 mẫu': target, then forecast, both in the sentence of 'Năm 2025'.",
]

if __name__ == "__main__":
    build("p1141-7", TEXT, NOTES, FIGS, location="Cần Thơ")
