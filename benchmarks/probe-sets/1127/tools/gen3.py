"""p1127-3: formal report (UBND tỉnh Cà Mau) on dried shrimp / dried fish processing 2023, flattened | table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH CÀ MAU
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cà Mau, ngày 22 tháng 01 năm 2024

BÁO CÁO
Tình hình chế biến tôm khô, khô cá năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Cơ sở chế biến
Tính đến ngày 31/12/2023, toàn tỉnh có 386 cơ sở, hộ chế biến tôm khô, khô cá, tăng 24 cơ sở so với năm 2022; trong đó 9 doanh nghiệp, 27 hợp tác xã và 350 hộ kinh doanh. Tổng diện tích sân phơi khoảng 41 ha; 62 cơ sở đã đầu tư lò sấy, chiếm 16,1%.

2. Sản lượng
Năm 2023, sản lượng hải sản khô đạt 2.940 tấn, bằng 105% kế hoạch, tăng 6,2% so với năm 2022. Giá tôm khô loại 1 bình quân 1,1 triệu đồng/kg, giảm khoảng 7% so với năm trước.

Sản lượng hải sản khô năm 2023 phân theo địa phương
Đơn vị tính: tấn
Địa phương | Tôm khô | Khô cá, khô mực | Cộng
Ngọc Hiển | 210 | 655 | 865
Năm Căn | 148 | 402 | 550
Đầm Dơi | 186 | 374 | 560
Trần Văn Thời | 95 | 520 | 615
Các huyện, thành phố còn lại | 61 | 289 | 350
Tổng cộng | 700 | 2.240 | 2.940

3. Tiêu thụ
Sản phẩm khô được tiêu thụ chủ yếu qua thương lái (khoảng 65%), phần còn lại bán cho khách du lịch tại Đất Mũi, Rạch Gốc và qua sàn thương mại điện tử. Toàn tỉnh có 11 sản phẩm tôm khô, khô cá đạt OCOP từ 3 sao trở lên.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu sản lượng hải sản khô đạt 3.100 tấn; hỗ trợ 40 cơ sở chuyển từ phơi nắng sang lò sấy, dự kiến kinh phí 2,4 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TAB = per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
PLAN = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Tôm khô": "sản lượng tôm khô", "Khô cá, khô mực": "sản lượng khô cá, khô mực",
        "Cộng": "sản lượng hải sản khô cộng"}


def cell(anchor, number, value, row, col):
    place = row if row in ("Ngọc Hiển", "Năm Căn", "Đầm Dơi", "Trần Văn Thời") else None
    subj = COLS[col] if place else f"{COLS[col]} {row.lower()}"
    kw = {"location": place} if place else {}
    return fig(anchor, number, value, "measure", "tấn", subject=subj, period=TAB, **kw)


FIGS = [
    fig("có 386 cơ sở", "386", 386, "count", "cơ sở, hộ", change=chg("increase", 24, "cơ sở", "năm 2022"),
        subject="cơ sở, hộ chế biến tôm khô, khô cá", period=ASOF),
    fig("9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=386,
        subject="doanh nghiệp chế biến tôm khô, khô cá", period=ASOF),
    fig("27 hợp tác xã", "27", 27, "count", "hợp tác xã", total=386,
        subject="hợp tác xã chế biến tôm khô, khô cá", period=ASOF),
    fig("350 hộ kinh doanh", "350", 350, "count", "hộ kinh doanh", total=386,
        subject="hộ kinh doanh chế biến tôm khô, khô cá", period=ASOF),
    fig("khoảng 41 ha", "41", 41, "measure", "ha", approx="about",
        subject="tổng diện tích sân phơi", period=inh(ASOF)),
    fig("62 cơ sở", "62", 62, "count", "cơ sở", percent=16.1,
        subject="cơ sở đã đầu tư lò sấy", period=inh(ASOF)),
    fig("đạt 2.940 tấn", "2.940", 2940, "measure", "tấn", percent=105,
        change=chg("increase", 6.2, "%", "năm 2022"), subject="sản lượng hải sản khô", period=Y23),
    fig("bình quân 1,1 triệu", "1,1", 1100000, "money", "đồng/kg",
        change=chg("decrease", 7, "%", "năm trước", approx="about"),
        subject="giá tôm khô loại 1 bình quân", period=inh(Y23)),
    cell("Ngọc Hiển | 210", "210", 210, "Ngọc Hiển", "Tôm khô"),
    cell("210 | 655", "655", 655, "Ngọc Hiển", "Khô cá, khô mực"),
    cell("655 | 865", "865", 865, "Ngọc Hiển", "Cộng"),
    cell("Năm Căn | 148", "148", 148, "Năm Căn", "Tôm khô"),
    cell("148 | 402", "402", 402, "Năm Căn", "Khô cá, khô mực"),
    cell("402 | 550", "550", 550, "Năm Căn", "Cộng"),
    cell("Đầm Dơi | 186", "186", 186, "Đầm Dơi", "Tôm khô"),
    cell("186 | 374", "374", 374, "Đầm Dơi", "Khô cá, khô mực"),
    cell("374 | 560", "560", 560, "Đầm Dơi", "Cộng"),
    cell("Trần Văn Thời | 95", "95", 95, "Trần Văn Thời", "Tôm khô"),
    cell("95 | 520", "520", 520, "Trần Văn Thời", "Khô cá, khô mực"),
    cell("520 | 615", "615", 615, "Trần Văn Thời", "Cộng"),
    cell("còn lại | 61", "61", 61, "Các huyện, thành phố còn lại", "Tôm khô"),
    cell("61 | 289", "289", 289, "Các huyện, thành phố còn lại", "Khô cá, khô mực"),
    cell("289 | 350", "350", 350, "Các huyện, thành phố còn lại", "Cộng"),
    cell("Tổng cộng | 700", "700", 700, "Tổng cộng", "Tôm khô"),
    cell("700 | 2.240", "2.240", 2240, "Tổng cộng", "Khô cá, khô mực"),
    cell("2.240 | 2.940", "2.940", 2940, "Tổng cộng", "Cộng"),
    fig("(khoảng 65%)", "65", 65, "percent", "%", approx="about",
        subject="sản phẩm khô tiêu thụ qua thương lái"),
    fig("có 11 sản phẩm", "11", 11, "count", "sản phẩm",
        subject="sản phẩm tôm khô, khô cá đạt OCOP từ 3 sao trở lên"),
    fig("đạt 3.100 tấn", "3.100", 3100, "measure", "tấn", status="target",
        subject="sản lượng hải sản khô", period=PLAN),
    fig("hỗ trợ 40 cơ sở", "40", 40, "count", "cơ sở", status="target",
        subject="cơ sở được hỗ trợ chuyển từ phơi nắng sang lò sấy", period=PLAN),
    fig("kinh phí 2,4 tỷ", "2,4", 2400000000, "money", "đồng", status="forecast",
        subject="kinh phí hỗ trợ chuyển sang lò sấy", period=PLAN),
]

NOTES = [
    "Formal report UBND tỉnh Cà Mau, Số: 18/BC-UBND, 'Cà Mau, ngày 22 tháng 01 năm 2024': dried shrimp/fish processing 2023, flattened | table.",
    "Distractors: Số: 18/BC-UBND, section numbers I./II./1.-3., 'loại 1', 'từ 3 sao trở lên' (OCOP level), 'Lưu: VT, KT'.",
    "9 + 27 + 350 = 386 ('trong đó' after the whole): total 386. '62 cơ sở …, chiếm 16,1%': percent, no total (no part-of cue).",
    "Table: rows that are districts give location; 'Các huyện, thành phố còn lại' and 'Tổng cộng' stay Cà Mau with the row label in the subject.",
    "Table period from the caption line ('năm 2023'), another line: inherited. Section II: 'Phấn đấu' governs the clauses after ';' (target); 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1127-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Cà Mau")
