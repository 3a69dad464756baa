"""p700-3: UBND tỉnh Bình Định formal report, licensing and auction of mining rights 2023, flattened | table."""
from lib import emit, fig, per, inh, chg

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả cấp phép, đấu giá quyền khai thác khoáng sản làm vật liệu xây dựng thông thường năm 2023

I. TÌNH HÌNH CẤP PHÉP
Năm 2023, UBND tỉnh đã cấp mới 11 giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường, gia hạn 4 giấy phép, thu hồi 2 giấy phép. Tính đến ngày 30/11/2023, toàn tỉnh có 97 giấy phép còn hiệu lực, trong đó đá xây dựng 38 giấy phép, cát 31 giấy phép, đất san lấp 28 giấy phép. Tổng công suất được cấp phép khoảng 6,8 triệu m³/năm; sản lượng khai thác 11 tháng ước đạt 4,9 triệu m³, bằng 72% công suất cấp phép.

II. KẾT QUẢ ĐẤU GIÁ
Trong năm, tỉnh đã đấu giá thành công 3/5 khu vực mỏ đưa ra đấu giá; tổng số tiền trúng đấu giá đạt 85,4 tỷ đồng, cao gấp 4,2 lần giá khởi điểm. Kết quả cụ thể:

Khu vực mỏ | Diện tích (ha) | Trữ lượng (nghìn m³) | Giá trúng (tỷ đồng)
Mỏ đá Núi Một, thị xã An Nhơn | 12,5 | 1.850 | 46,2
Mỏ đá Hòn Chà, huyện Phù Cát | 8,3 | 1.120 | 27,8
Mỏ đất Gò Lăng, huyện Tây Sơn | 15 | 960 | 11,4
Cộng | 35,8 | 3.930 | 85,4

III. TỒN TẠI VÀ NHIỆM VỤ NĂM 2024
Tình trạng khai thác cát trái phép trên sông Kôn, sông Hà Thanh vẫn diễn biến phức tạp; năm 2023 đã phát hiện, xử lý 19 vụ, tịch thu 6 phương tiện, phạt tiền 735 triệu đồng. Năm 2024, dự kiến tổ chức đấu giá 8 khu vực mỏ; phấn đấu thu ngân sách từ hoạt động khoáng sản đạt 250 tỷ đồng.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K13.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = per("năm 2023", "2023-01-01", "2023-12-31")
IN_YEAR = per("Trong năm", "2023-01-01", "2023-12-31")
ASOF = per("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TBL = inh(IN_YEAR)


def cell(anchor, number, value, kind, unit, subject, location):
    return fig(anchor, number, value, kind, unit, subject, TBL, location=location)


FIGS = [
    fig("cấp mới 11 giấy phép", "11", 11, "count", "giấy phép",
        "giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường cấp mới", Y23),
    fig("gia hạn 4 giấy phép", "4", 4, "count", "giấy phép", "giấy phép gia hạn", Y23),
    fig("thu hồi 2 giấy phép", "2", 2, "count", "giấy phép", "giấy phép thu hồi", Y23),
    fig("có 97 giấy phép", "97", 97, "count", "giấy phép", "giấy phép còn hiệu lực", ASOF),
    fig("đá xây dựng 38 giấy phép", "38", 38, "count", "giấy phép", "giấy phép đá xây dựng", ASOF, total=97),
    fig("cát 31 giấy phép", "31", 31, "count", "giấy phép", "giấy phép cát", ASOF, total=97),
    fig("đất san lấp 28 giấy phép", "28", 28, "count", "giấy phép", "giấy phép đất san lấp", ASOF, total=97),
    fig("khoảng 6,8 triệu m³/năm", "6,8", 6.8e6, "measure", "m³/năm", "tổng công suất được cấp phép",
        approx="about"),
    fig("ước đạt 4,9 triệu m³", "4,9", 4.9e6, "measure", "m³", "sản lượng khai thác",
        per("11 tháng", "2023-01-01", "2023-11-30"), percent=72, status="estimate"),
    fig("3/5 khu vực mỏ", "3", 3, "count", "khu vực mỏ", "khu vực mỏ đấu giá thành công", IN_YEAR, total=5),
    fig("đạt 85,4 tỷ đồng", "85,4", 85.4e9, "money", "đồng", "tổng số tiền trúng đấu giá", IN_YEAR,
        change=chg("increase", 4.2, unit="lần", baseline="giá khởi điểm")),
    # table: Khu vực mỏ | Diện tích (ha) | Trữ lượng (nghìn m³) | Giá trúng (tỷ đồng)
    cell("An Nhơn | 12,5", "12,5", 12.5, "measure", "ha", "Mỏ đá Núi Một diện tích", "An Nhơn"),
    cell("| 1.850", "1.850", 1.85e6, "measure", "m³", "Mỏ đá Núi Một trữ lượng", "An Nhơn"),
    cell("| 46,2", "46,2", 46.2e9, "money", "đồng", "Mỏ đá Núi Một giá trúng", "An Nhơn"),
    cell("Phù Cát | 8,3", "8,3", 8.3, "measure", "ha", "Mỏ đá Hòn Chà diện tích", "Phù Cát"),
    cell("| 1.120", "1.120", 1.12e6, "measure", "m³", "Mỏ đá Hòn Chà trữ lượng", "Phù Cát"),
    cell("| 27,8", "27,8", 27.8e9, "money", "đồng", "Mỏ đá Hòn Chà giá trúng", "Phù Cát"),
    cell("Tây Sơn | 15", "15", 15, "measure", "ha", "Mỏ đất Gò Lăng diện tích", "Tây Sơn"),
    cell("| 960", "960", 960e3, "measure", "m³", "Mỏ đất Gò Lăng trữ lượng", "Tây Sơn"),
    cell("| 11,4", "11,4", 11.4e9, "money", "đồng", "Mỏ đất Gò Lăng giá trúng", "Tây Sơn"),
    cell("Cộng | 35,8", "35,8", 35.8, "measure", "ha", "Cộng diện tích khu vực mỏ", "Bình Định"),
    cell("| 3.930", "3.930", 3.93e6, "measure", "m³", "Cộng trữ lượng khu vực mỏ", "Bình Định"),
    cell("| 85,4", "85,4", 85.4e9, "money", "đồng", "Cộng giá trúng đấu giá", "Bình Định"),
    fig("xử lý 19 vụ", "19", 19, "count", "vụ", "vụ khai thác cát trái phép phát hiện, xử lý", Y23s),
    fig("tịch thu 6 phương tiện", "6", 6, "count", "phương tiện", "phương tiện bị tịch thu", Y23s),
    fig("phạt tiền 735 triệu đồng", "735", 735e6, "money", "đồng", "tiền phạt khai thác cát trái phép", Y23s),
    fig("đấu giá 8 khu vực mỏ", "8", 8, "count", "khu vực mỏ", "khu vực mỏ dự kiến tổ chức đấu giá", Y24,
        status="forecast"),
    fig("đạt 250 tỷ đồng", "250", 250e9, "money", "đồng", "thu ngân sách từ hoạt động khoáng sản", Y24,
        status="target"),
]

COMMENTS = [
    "Formal report under letterhead (UBND TỈNH BÌNH ĐỊNH, Số: 214/BC-UBND, 'Bình Định, ngày 18 tháng 12 năm 2023').",
    "Licences 2023, auction results with a flattened '|' table (units in column headers: ha, nghìn m³, tỷ đồng).",
    "Table: every numeric cell is a figure; subject = row label (mine name, place removed) + column label; the district",
    "in the row label goes to location; 'Cộng' row is the province. Period inherited from 'Trong năm' (the report's year).",
    "'cao gấp 4,2 lần giá khởi điểm' after the money figure is its change (lần). 3/5 gives total 5 (5 mines offered).",
    "Not figures: Số 214/BC-UBND, section numbers I-III, 'Núi Một' (a name), 'K13' (filing code), dates.",
]

if __name__ == "__main__":
    emit("p700-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Bình Định")
