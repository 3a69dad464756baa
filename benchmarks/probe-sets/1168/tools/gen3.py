"""p1168-3: formal report (UBND tỉnh Nghệ An) on white-marble and stone handicraft processing in 2024, flattened | table."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """UBND TỈNH NGHỆ AN
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 08 tháng 01 năm 2025

BÁO CÁO
Tình hình phát triển nghề chế biến đá trắng, đá mỹ nghệ năm 2024

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Cơ sở sản xuất và lao động
Tính đến ngày 31/12/2024, toàn tỉnh có 318 cơ sở chế biến, chế tác đá trắng và đá mỹ nghệ, tăng 21 cơ sở so với năm 2023; trong đó 57 doanh nghiệp, 261 hộ kinh doanh cá thể. Các cơ sở tập trung chủ yếu ở huyện Quỳ Hợp (203 cơ sở) và Tân Kỳ (46 cơ sở), thu hút khoảng 5.300 lao động với thu nhập bình quân 7,2 triệu đồng/người/tháng.

2. Giá trị sản xuất theo nhóm sản phẩm
Đơn vị tính: tỷ đồng
Nhóm sản phẩm | Năm 2023 | Năm 2024 | Kế hoạch 2025
Đá mỹ nghệ, tượng điêu khắc | 412 | 486 | 540
Đá ốp lát | 655 | 702 | 760
Bột đá CaCO3 | 1.230 | 1.385 | 1.500
Tổng cộng | 2.297 | 2.573 | 2.800

Năm 2024, giá trị xuất khẩu sản phẩm đá mỹ nghệ đạt 18,6 triệu USD, chiếm 42% tổng kim ngạch xuất khẩu sản phẩm đá của tỉnh.

II. TỒN TẠI, HẠN CHẾ
Còn 14 cơ sở chưa có hệ thống xử lý bụi, nước thải; 3 mỏ đá trắng phải tạm dừng khai thác do hết hạn giấy phép.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu giá trị sản xuất toàn ngành đạt 2.800 tỷ đồng, tăng 8,8% so với năm 2024; 100% cơ sở trong cụm công nghiệp đá Châu Quang (huyện Quỳ Hợp) có hệ thống xử lý môi trường.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CN.
"""

ASOF = per("Tính đến ngày 31/12/2024", None, "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
PH25 = per("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
ROWS = {"Đá mỹ nghệ, tượng điêu khắc": "đá mỹ nghệ, tượng điêu khắc", "Đá ốp lát": "đá ốp lát",
        "Bột đá CaCO3": "bột đá CaCO3", "Tổng cộng": "tổng cộng"}


def cell(anchor, number, value, row, col):
    p = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}[col]
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return fig(anchor, number, value * 1e9, "money", "đồng",
               subject=f"giá trị sản xuất {ROWS[row]} {col.lower()}", period=p, **kw)


FIGS = [
    fig("có 318 cơ sở", "318", 318, "count", "cơ sở",
        change=chg("increase", 21, "cơ sở", "năm 2023"),
        subject="cơ sở chế biến, chế tác đá trắng và đá mỹ nghệ", period=ASOF),
    fig("trong đó 57 doanh nghiệp", "57", 57, "count", "doanh nghiệp", total=318,
        subject="doanh nghiệp chế biến, chế tác đá trắng và đá mỹ nghệ", period=ASOF),
    fig("261 hộ", "261", 261, "count", "hộ kinh doanh cá thể", total=318,
        subject="hộ kinh doanh cá thể chế biến, chế tác đá", period=ASOF),
    fig("Quỳ Hợp (203 cơ sở)", "203", 203, "count", "cơ sở",
        subject="cơ sở chế biến, chế tác đá", location="Quỳ Hợp", period=inh(ASOF)),
    fig("Tân Kỳ (46 cơ sở)", "46", 46, "count", "cơ sở",
        subject="cơ sở chế biến, chế tác đá", location="Tân Kỳ", period=inh(ASOF)),
    fig("khoảng 5.300 lao động", "5.300", 5300, "count", "lao động", approx="about",
        subject="lao động các cơ sở chế biến, chế tác đá thu hút", period=inh(ASOF)),
    fig("bình quân 7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động", period=inh(ASOF)),
    cell("điêu khắc | 412", "412", 412, "Đá mỹ nghệ, tượng điêu khắc", "Năm 2023"),
    cell("412 | 486", "486", 486, "Đá mỹ nghệ, tượng điêu khắc", "Năm 2024"),
    cell("486 | 540", "540", 540, "Đá mỹ nghệ, tượng điêu khắc", "Kế hoạch 2025"),
    cell("ốp lát | 655", "655", 655, "Đá ốp lát", "Năm 2023"),
    cell("655 | 702", "702", 702, "Đá ốp lát", "Năm 2024"),
    cell("702 | 760", "760", 760, "Đá ốp lát", "Kế hoạch 2025"),
    cell("CaCO3 | 1.230", "1.230", 1230, "Bột đá CaCO3", "Năm 2023"),
    cell("1.230 | 1.385", "1.385", 1385, "Bột đá CaCO3", "Năm 2024"),
    cell("1.385 | 1.500", "1.500", 1500, "Bột đá CaCO3", "Kế hoạch 2025"),
    cell("Tổng cộng | 2.297", "2.297", 2297, "Tổng cộng", "Năm 2023"),
    cell("2.297 | 2.573", "2.573", 2573, "Tổng cộng", "Năm 2024"),
    cell("2.573 | 2.800", "2.800", 2800, "Tổng cộng", "Kế hoạch 2025"),
    fig("đạt 18,6 triệu USD", "18,6", 18.6e6, "money", "USD", percent=42,
        subject="giá trị xuất khẩu sản phẩm đá mỹ nghệ", period=Y24),
    fig("Còn 14 cơ sở", "14", 14, "count", "cơ sở",
        subject="cơ sở chưa có hệ thống xử lý bụi, nước thải"),
    fig("3 mỏ đá trắng", "3", 3, "count", "mỏ đá trắng",
        subject="mỏ đá trắng phải tạm dừng khai thác do hết hạn giấy phép"),
    fig("đạt 2.800 tỷ", "2.800", 2800e9, "money", "đồng", status="target",
        change=chg("increase", 8.8, "%", "năm 2024"),
        subject="giá trị sản xuất toàn ngành", period=PH25),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target", location="Quỳ Hợp",
        subject="cơ sở trong cụm công nghiệp đá Châu Quang có hệ thống xử lý môi trường", period=PH25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NGHỆ AN', 'Số: 412/BC-UBND', 'Nghệ An, ngày 08 tháng 01 năm 2025', sections I-III, 'Nơi nhận'.",
    "Flattened | table 'Đơn vị tính: tỷ đồng' (rows = product groups, columns = Năm 2023 / Năm 2024 / Kế hoạch 2025): money ×10^9,",
    "periods from column headers (scored), Kế hoạch column = target; table cells get no total; subject = caption indicator + row + column.",
    "Distractors: Số 412/BC-UBND, section numbers I./II./III./1./2., 'CaCO3' (a name with a digit), 'Lưu: VT, CN'.",
    "'tăng 21 cơ sở so với năm 2023' is the change of 318 (unit cơ sở). 57 + 261 = 318 (trong đó, same sentence: period scored).",
    "Quỳ Hợp (203) and Tân Kỳ (46) follow 'tập trung chủ yếu': no total. 5.300 lao động are of all the cơ sở: location Nghệ An.",
    "Section III sentence has no period of its own: the heading 'PHƯƠNG HƯỚNG NĂM 2025' gives it (inherited).",
]

if __name__ == "__main__":
    build("p1168-3", TEXT, FIGS, NOTES, published="2025-01-08", location="Nghệ An")
