"""p1139-7: department site (Sở KH&ĐT Cần Thơ), no dateline; one-cell-per-line table by trade."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ KẾ HOẠCH VÀ ĐẦU TƯ THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Hộ kinh doanh chuyển đổi lên doanh nghiệp tăng qua từng năm

Tính đến ngày 31/12/2023, Cần Thơ có 61.450 hộ kinh doanh đang hoạt động, trong đó quận Ninh Kiều chiếm 28,6%. Năm 2023, thành phố có 74 hộ kinh doanh chuyển đổi lên doanh nghiệp, tăng 19 hộ so với năm 2022, tổng vốn đăng ký hơn 286 tỷ đồng.

Số hộ kinh doanh chuyển đổi lên doanh nghiệp theo ngành nghề:
Đơn vị tính: hộ
Ngành nghề
Năm 2022
Năm 2023
Kế hoạch 2024
Thương mại, dịch vụ
31
42
50
Ăn uống, lưu trú
12
17
20
Sản xuất, chế biến
8
11
15
Ngành khác
4
4
5
Tổng số
55
74
90

Trong năm 2023, Sở phối hợp với Hội Doanh nghiệp thành phố tổ chức 6 hội nghị tuyên truyền cho gần 900 lượt hộ kinh doanh; 100% hộ chuyển đổi được hướng dẫn miễn phí hồ sơ đăng ký qua mạng. Các doanh nghiệp chuyển đổi năm 2023 giải quyết việc làm cho khoảng 1.150 lao động, nộp ngân sách 9,8 tỷ đồng.

Tin liên quan:
- Hội nghị đối thoại với hộ kinh doanh lần thứ 5
- Hướng dẫn đăng ký hộ kinh doanh qua mạng theo Nghị định 01/2021/NĐ-CP

SỞ KẾ HOẠCH VÀ ĐẦU TƯ THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 2 đường Hòa Bình, phường Tân An, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.587
Lượt truy cập: 2.145.906 | Đang online: 31
"""

ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
IN23 = per("Trong năm 2023", "2023-01-01", "2023-12-31")
N23 = per("năm 2023", "2023-01-01", "2023-12-31")
COLP = {"Năm 2022": Y22, "Năm 2023": Y23, "Kế hoạch 2024": K24}


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return fig(anchor, number, value, "count", "hộ",
               f"hộ kinh doanh chuyển đổi lên doanh nghiệp {row} {col.lower()}", COLP[col], **kw)


FIGS = [
    fig("có 61.450 hộ", "61.450", 61450, "count", "hộ kinh doanh", "hộ kinh doanh đang hoạt động", ASOF),
    fig("chiếm 28,6%", "28,6", 28.6, "percent", "%", "tỷ lệ hộ kinh doanh đang hoạt động", ASOF,
        location="Ninh Kiều"),
    fig("có 74 hộ", "74", 74, "count", "hộ kinh doanh", "hộ kinh doanh chuyển đổi lên doanh nghiệp", Y23,
        change=chg("increase", 19, "hộ", "năm 2022")),
    fig("hơn 286 tỷ", "286", 286e9, "money", "đồng", "tổng vốn đăng ký của hộ chuyển đổi", Y23, approx="over"),
    cell("dịch vụ\n31", "31", 31, "thương mại, dịch vụ", "Năm 2022"),
    cell("31\n42", "42", 42, "thương mại, dịch vụ", "Năm 2023"),
    cell("42\n50", "50", 50, "thương mại, dịch vụ", "Kế hoạch 2024"),
    cell("lưu trú\n12", "12", 12, "ăn uống, lưu trú", "Năm 2022"),
    cell("12\n17", "17", 17, "ăn uống, lưu trú", "Năm 2023"),
    cell("17\n20", "20", 20, "ăn uống, lưu trú", "Kế hoạch 2024"),
    cell("chế biến\n8", "8", 8, "sản xuất, chế biến", "Năm 2022"),
    cell("8\n11", "11", 11, "sản xuất, chế biến", "Năm 2023"),
    cell("11\n15", "15", 15, "sản xuất, chế biến", "Kế hoạch 2024"),
    cell("Ngành khác\n4", "4", 4, "ngành khác", "Năm 2022"),
    cell("4\n5\nTổng", "4", 4, "ngành khác", "Năm 2023"),
    cell("5\nTổng số", "5", 5, "ngành khác", "Kế hoạch 2024"),
    cell("Tổng số\n55", "55", 55, "tổng số", "Năm 2022"),
    cell("55\n74", "74", 74, "tổng số", "Năm 2023"),
    cell("74\n90", "90", 90, "tổng số", "Kế hoạch 2024"),
    fig("tổ chức 6 hội nghị", "6", 6, "count", "hội nghị", "hội nghị tuyên truyền", IN23),
    fig("gần 900 lượt", "900", 900, "count", "lượt hộ kinh doanh", "lượt hộ kinh doanh được tuyên truyền", IN23,
        approx="nearly"),
    fig("100% hộ", "100", 100, "percent", "%", "hộ chuyển đổi được hướng dẫn miễn phí hồ sơ đăng ký qua mạng", IN23),
    fig("khoảng 1.150 lao động", "1.150", 1150, "count", "lao động", "lao động của các doanh nghiệp chuyển đổi", N23,
        approx="about"),
    fig("ngân sách 9,8 tỷ", "9,8", 9.8e9, "money", "đồng", "doanh nghiệp chuyển đổi nộp ngân sách", N23),
]

NOTES = [
    "Department site (Sở KH&ĐT Cần Thơ), no dateline: no published. Menu bar, related links, footer address, phone, 'Lượt truy cập: 2.145.906 | Đang online: 31'.",
    "One-cell-per-line table, 'Đơn vị tính: hộ'; rows are trades (not places) → subject = caption indicator + row + column label;",
    "periods from the column headers (scored); 'Kế hoạch 2024' column → status target. Cells get no total; 'Tổng số' row is its own figures.",
    "'trong đó quận Ninh Kiều chiếm 28,6%': a share with no count of its own → percent figure, location Ninh Kiều, as-of period of its sentence.",
    "'tăng 19 hộ so với năm 2022' is the change of 74. The ';' clause '100% hộ chuyển đổi ...' stays in the sentence of 'Trong năm 2023'.",
    "Distractors: 'lần thứ 5', 'Nghị định 01/2021/NĐ-CP', 'Số 2 đường Hòa Bình', phone 0292.3820.587, counters.",
]

if __name__ == "__main__":
    write("p1139-7", TEXT, NOTES, FIGS, published=None, location="Cần Thơ")
