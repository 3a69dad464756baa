"""p777-7: Sở Công Thương Sơn La (department site, no dateline) — brocade weaving 2023, one-cell-per-line table."""
from lib import emit, fig, per, inh, ch

TEXT = """SỞ CÔNG THƯƠNG TỈNH SƠN LA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Nghề dệt thổ cẩm của đồng bào Thái tiếp tục phát triển

Năm 2023, toàn tỉnh có 1.246 cơ sở, hộ gia đình làm nghề dệt thổ cẩm, tăng 87 cơ sở so với năm 2022, thu hút 3.439 lao động; tổng doanh thu đạt hơn 41,3 tỷ đồng, tăng 17,45% so với năm 2022. Sản phẩm may mặc như váy, áo, khăn piêu chiếm 64,2% tổng doanh thu. Sản phẩm thổ cẩm của tỉnh hiện được giới thiệu, bán tại 3 sàn thương mại điện tử.

Doanh thu từ dệt thổ cẩm một số huyện
Đơn vị tính: triệu đồng
Huyện
Năm 2022
Năm 2023
Thuận Châu
9.420
10.850
Mường La
7.985
8.920
Mai Sơn
6.730
7.315,5
Sông Mã
4.860
5.640
Toàn tỉnh
35.215
41.360

Tính đến ngày 30/6/2024, tỉnh có 19 sản phẩm thổ cẩm được công nhận OCOP từ 3 sao trở lên. Giai đoạn 2021-2023, ngành Công Thương đã tổ chức 24 lớp đào tạo nghề dệt cho 720 học viên, hỗ trợ 1.280 khung dệt cải tiến với tổng kinh phí 5.760 triệu đồng. Bình quân mỗi hộ làm nghề có 2,3 khung dệt; thu nhập của thợ dệt đạt khoảng 3,6 triệu đồng/người/tháng.

Năm 2024, ngành phấn đấu doanh thu từ dệt thổ cẩm đạt 45 tỷ đồng, tăng khoảng 9% so với năm 2023.

Sở Công Thương tỉnh Sơn La - Số 8 đường Khau Cả, phường Chiềng Lề, TP Sơn La
Điện thoại: 0212.3852.403 - Tổng số lượt truy cập: 1.207.553
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
G = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TAB = "Doanh thu từ dệt thổ cẩm"

ROWS = [("Thuận Châu", "Thuận Châu", "9.420", "10.850"), ("Mường La", "Mường La", "7.985", "8.920"),
        ("Mai Sơn", "Mai Sơn", "6.730", "7.315,5"), ("Sông Mã", "Sông Mã", "4.860", "5.640"),
        ("Toàn tỉnh", "Sơn La", "35.215", "41.360")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    fig("có 1.246 cơ sở", "1.246", 1246, "count", "cơ sở", "cơ sở, hộ gia đình làm nghề dệt thổ cẩm", Y23,
        change=ch("increase", 87, unit="cơ sở", baseline="năm 2022")),
    fig("thu hút 3.439 lao động", "3.439", 3439, "count", "lao động", "lao động nghề dệt thổ cẩm", Y23),
    fig("hơn 41,3 tỷ đồng", "41,3", 41.3e9, "money", "đồng", "tổng doanh thu", Y23, approx="over",
        change=ch("increase", 17.45, baseline="năm 2022")),
    fig("chiếm 64,2%", "64,2", 64.2, "percent", "%", "tỷ trọng sản phẩm may mặc trong tổng doanh thu"),
    fig("tại 3 sàn", "3", 3, "count", "sàn thương mại điện tử", "sàn thương mại điện tử giới thiệu, bán sản phẩm thổ cẩm"),
]
for label, loc, v22, v23 in ROWS:
    FIGS.append(fig(f"{label}\n{v22}\n", v22, num(v22) * 1e6, "money", "đồng",
                    f"{TAB} năm 2022" if loc != "Sơn La" else f"{TAB} toàn tỉnh năm 2022", C22, location=loc))
    FIGS.append(fig(f"{v22}\n{v23}\n", v23, num(v23) * 1e6, "money", "đồng",
                    f"{TAB} năm 2023" if loc != "Sơn La" else f"{TAB} toàn tỉnh năm 2023", C23, location=loc))
FIGS += [
    fig("có 19 sản phẩm", "19", 19, "count", "sản phẩm", "sản phẩm thổ cẩm được công nhận OCOP từ 3 sao trở lên", ASOF),
    fig("tổ chức 24 lớp", "24", 24, "count", "lớp", "lớp đào tạo nghề dệt", G),
    fig("cho 720 học viên", "720", 720, "count", "học viên", "học viên lớp đào tạo nghề dệt", G),
    fig("hỗ trợ 1.280 khung dệt", "1.280", 1280, "count", "khung dệt", "khung dệt cải tiến được hỗ trợ", G),
    fig("phí 5.760 triệu đồng", "5.760", 5.76e9, "money", "đồng", "tổng kinh phí hỗ trợ", G),
    fig("có 2,3 khung dệt", "2,3", 2.3, "measure", "khung dệt/hộ", "số khung dệt bình quân mỗi hộ làm nghề"),
    fig("khoảng 3,6 triệu", "3,6", 3.6e6, "money", "đồng/người/tháng", "thu nhập của thợ dệt", approx="about"),
    fig("đạt 45 tỷ đồng", "45", 45e9, "money", "đồng", "doanh thu từ dệt thổ cẩm", Y24, status="target",
        change=ch("increase", 9, baseline="năm 2023", approx="about")),
]

COMMENTS = [
    "Sở Công Thương Sơn La (department site): no dateline anywhere, so no published. Location Sơn La.",
    "One-cell-per-line table with a unit line 'Đơn vị tính: triệu đồng' (→ money ×10⁶) and year columns: periods from the column",
    "headers (scored, as h23/h24); district row labels go to location, 'Toàn tỉnh' is Sơn La. Table cells carry no change/total.",
    "'tăng 87 cơ sở so với năm 2022' is the 1.246's change (unit cơ sở). 'Bình quân mỗi hộ … 2,3 khung dệt' is a rate: measure,",
    "unit khung dệt/hộ. 'OCOP từ 3 sao trở lên' is a grade, not a figure. Not figures: 'Số 8 đường Khau Cả', the phone number,",
    "'Tổng số lượt truy cập: 1.207.553', 'Giai đoạn 2021-2023'. 'tăng khoảng 9%' is the 45 tỷ target's change (approx about).",
]

if __name__ == "__main__":
    emit("p777-7", TEXT, COMMENTS, FIGS, location="Sơn La")
