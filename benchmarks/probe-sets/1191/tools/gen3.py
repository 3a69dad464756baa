"""p1191-3: formal report (UBND tỉnh Nam Định), 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NAM ĐỊNH
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 20 tháng 12 năm 2023

BÁO CÁO
Tình hình phát triển các làng nghề dệt màn, dệt kim năm 2023

I. TÌNH HÌNH CHUNG
Đến ngày 30/11/2023, toàn tỉnh có 24 làng nghề dệt màn, dệt kim đang hoạt động với 5.860 hộ và 14.320 lao động; trong đó 19 làng nghề đã được công nhận theo Nghị định số 52/2018/NĐ-CP của Chính phủ.

Lao động làng nghề dệt màn, dệt kim phân theo huyện:
Đơn vị tính: người
Huyện | Tổng số lao động | Dệt màn | Dệt kim
Ý Yên | 5.230 | 3.870 | 1.360
Nam Trực | 3.910 | 2.450 | 1.460
Trực Ninh | 3.150 | 1.020 | 2.130
Xuân Trường | 2.030 | 640 | 1.390
Tổng cộng | 14.320 | 7.980 | 6.340

II. KẾT QUẢ SẢN XUẤT, KINH DOANH
Năm 2023, giá trị sản xuất của các làng nghề ước đạt 3.420 tỷ đồng, bằng 101,8% kế hoạch, tăng 6,5% so với năm 2022. Sản phẩm chủ lực gồm màn tuyn (khoảng 22 triệu chiếc), vải dệt kim (khoảng 4.600 tấn) và hàng may mặc dệt kim. Kim ngạch xuất khẩu trực tiếp ước đạt 38,5 triệu USD, chiếm 27% tổng giá trị. Thu nhập bình quân của lao động làng nghề đạt 6,8 triệu đồng/người/tháng, cao hơn 1,4 triệu đồng so với lao động nông nghiệp.
Tuy nhiên, mới có 7/24 làng nghề có hệ thống xử lý nước thải tập trung.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu giá trị sản xuất các làng nghề dệt đạt 3.700 tỷ đồng; 100% làng nghề được công nhận duy trì đủ tiêu chí; xây dựng thêm ít nhất 2 cụm công nghiệp làng nghề.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CT3.
"""

ASOF = per("Đến ngày 30/11/2023", None, "2023-11-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Tổng số lao động": "tổng số lao động làng nghề dệt màn, dệt kim",
        "Dệt màn": "lao động dệt màn", "Dệt kim": "lao động dệt kim"}


def cell(anchor, number, value, row, col):
    if row == "Tổng cộng":
        return fig(anchor, number, value, "count", "người", subject=f"{COLS[col]} tổng cộng", period=inh(ASOF))
    return fig(anchor, number, value, "count", "người", subject=COLS[col], period=inh(ASOF), location=row)


FIGS = [
    fig("có 24 làng nghề", "24", 24, "count", "làng nghề",
        subject="làng nghề dệt màn, dệt kim đang hoạt động", period=ASOF),
    fig("với 5.860 hộ", "5.860", 5860, "count", "hộ",
        subject="hộ tại các làng nghề dệt màn, dệt kim", period=ASOF),
    fig("và 14.320 lao động", "14.320", 14320, "count", "lao động",
        subject="lao động tại các làng nghề dệt màn, dệt kim", period=ASOF),
    fig("trong đó 19 làng nghề", "19", 19, "count", "làng nghề", total=24,
        subject="làng nghề đã được công nhận", period=ASOF),
    cell("Ý Yên | 5.230", "5.230", 5230, "Ý Yên", "Tổng số lao động"),
    cell("5.230 | 3.870", "3.870", 3870, "Ý Yên", "Dệt màn"),
    cell("3.870 | 1.360", "1.360", 1360, "Ý Yên", "Dệt kim"),
    cell("Nam Trực | 3.910", "3.910", 3910, "Nam Trực", "Tổng số lao động"),
    cell("3.910 | 2.450", "2.450", 2450, "Nam Trực", "Dệt màn"),
    cell("2.450 | 1.460", "1.460", 1460, "Nam Trực", "Dệt kim"),
    cell("Trực Ninh | 3.150", "3.150", 3150, "Trực Ninh", "Tổng số lao động"),
    cell("3.150 | 1.020", "1.020", 1020, "Trực Ninh", "Dệt màn"),
    cell("1.020 | 2.130", "2.130", 2130, "Trực Ninh", "Dệt kim"),
    cell("Xuân Trường | 2.030", "2.030", 2030, "Xuân Trường", "Tổng số lao động"),
    cell("2.030 | 640", "640", 640, "Xuân Trường", "Dệt màn"),
    cell("640 | 1.390", "1.390", 1390, "Xuân Trường", "Dệt kim"),
    cell("Tổng cộng | 14.320", "14.320", 14320, "Tổng cộng", "Tổng số lao động"),
    cell("14.320 | 7.980", "7.980", 7980, "Tổng cộng", "Dệt màn"),
    cell("7.980 | 6.340", "6.340", 6340, "Tổng cộng", "Dệt kim"),
    fig("ước đạt 3.420 tỷ", "3.420", 3420e9, "money", "đồng", status="estimate", percent=101.8,
        change=chg("increase", 6.5, "%", "năm 2022"),
        subject="giá trị sản xuất của các làng nghề", period=Y23),
    fig("khoảng 22 triệu chiếc", "22", 22e6, "count", "chiếc", approx="about",
        subject="sản lượng màn tuyn", period=inh(Y23)),
    fig("khoảng 4.600 tấn", "4.600", 4600, "measure", "tấn", approx="about",
        subject="sản lượng vải dệt kim", period=inh(Y23)),
    fig("ước đạt 38,5 triệu USD", "38,5", 38.5e6, "money", "USD", status="estimate", percent=27,
        subject="kim ngạch xuất khẩu trực tiếp", period=inh(Y23)),
    fig("đạt 6,8 triệu", "6,8", 6.8e6, "money", "đồng/người/tháng",
        change=chg("increase", 1.4e6, "đồng", "lao động nông nghiệp"),
        subject="thu nhập bình quân của lao động làng nghề", period=inh(Y23)),
    fig("7/24 làng nghề", "7", 7, "count", "làng nghề", total=24,
        subject="làng nghề có hệ thống xử lý nước thải tập trung"),
    fig("đạt 3.700 tỷ", "3.700", 3700e9, "money", "đồng", status="target",
        subject="giá trị sản xuất các làng nghề dệt", period=Y24),
    fig("100% làng nghề", "100", 100, "percent", "%", status="target",
        subject="làng nghề được công nhận duy trì đủ tiêu chí", period=Y24),
    fig("ít nhất 2 cụm", "2", 2, "count", "cụm công nghiệp", approx="at_least", status="target",
        subject="cụm công nghiệp làng nghề xây dựng thêm", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH NAM ĐỊNH', 'Số: 186/BC-UBND', 'Nam Định, ngày 20 tháng 12 năm 2023' (published), sections I-III, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: người'; rows are districts (location), the 'Tổng cộng' row is Nam Định; subject = column label",
    "(with the caption's 'lao động'); period: the as-of date of section I (inherited). Table cells get no totals.",
    "19 làng nghề after '; trong đó' follows 14.320 lao động but counts làng nghề: its whole is 24 làng nghề (same thing, same date).",
    "'cao hơn 1,4 triệu đồng so với lao động nông nghiệp' is the change of 6,8 triệu. Section III targets inherit 'NĂM 2024' from the heading.",
    "Distractors: Số: 186/BC-UBND, Nghị định số 52/2018/NĐ-CP, section numbers I-III, 'CT3', the date line.",
]

if __name__ == "__main__":
    write("p1191-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Nam Định")
