"""p1436-4: formal report (UBND TP Cần Thơ, Số: 164/BC-UBND): pest-control services 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
THÀNH PHỐ CẦN THƠ
Số: 164/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cần Thơ, ngày 14 tháng 01 năm 2025

BÁO CÁO
Kết quả quản lý hoạt động dịch vụ diệt côn trùng, diệt khuẩn năm 2024

I. KẾT QUẢ NĂM 2024
1. Tình hình chung
Năm 2024, toàn thành phố có 46 cơ sở cung cấp dịch vụ diệt côn trùng, diệt khuẩn bằng chế phẩm, tăng 6 cơ sở so với năm 2023. Các cơ sở thực hiện 38.540 lượt dịch vụ; doanh thu ước đạt 52,6 tỷ đồng, tăng 14,2% so với năm 2023, trong đó dịch vụ phòng, chống mối cho công trình xây dựng chiếm khoảng 45%.

2. Số cơ sở theo địa bàn
Đơn vị tính: cơ sở
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Quận Ninh Kiều | 19 | 22 | 115,8
Quận Cái Răng | 6 | 8 | 133,3
Quận Bình Thủy | 5 | 5 | 100,0
Các quận, huyện còn lại | 10 | 11 | 110,0
Tổng cộng | 40 | 46 | 115,0

3. Công tác kiểm tra
Trong năm, Sở Y tế kiểm tra 31/46 cơ sở, xử lý 4 cơ sở vi phạm, phạt tiền 36 triệu đồng, buộc tiêu hủy 120 lít chế phẩm hết hạn sử dụng.

II. PHƯƠNG HƯỚNG NĂM 2025
Năm 2025, phấn đấu 100% cơ sở dịch vụ được kiểm tra ít nhất một lần; tổ chức 2 lớp tập huấn cho khoảng 150 nhân viên kỹ thuật; tiếp tục thực hiện Nghị định số 91/2016/NĐ-CP.

Nơi nhận:
- Bộ Y tế;
- TT. Thành ủy, TT. HĐND thành phố;
- Lưu: VT, KGVX.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "cơ sở cung cấp dịch vụ diệt côn trùng, diệt khuẩn"


def cell(anchor, number, row, col, place=None):
    """A table cell: row = district (location) or a row label that is no place (goes to the subject)."""
    kw = {}
    if place:
        kw["location"] = place
        label = ""
    else:
        label = " " + row
    # subject = the table's title ("Số cơ sở theo địa bàn") + non-place row label + column label
    if col == "So với cùng kỳ (%)":
        v = float(number.replace(",", "."))
        return fig(anchor, number, v, "percent", "%", subject=f"số cơ sở{label} so với cùng kỳ",
                   period=inh(Y24), **kw)
    v = float(number)
    return fig(anchor, number, v, "count", "cơ sở", subject=f"số cơ sở{label} {col.lower()}",
               period={"Năm 2023": Y23, "Năm 2024": Y24}[col], **kw)


NK, CR, BT = "Ninh Kiều", "Cái Răng", "Bình Thủy"
REST, TOT = "các quận, huyện còn lại", "tổng cộng"
FIGS = [
    fig("có 46 cơ sở", "46", 46, "count", "cơ sở", change=chg("increase", 6, "cơ sở", "năm 2023"),
        subject=SUBJ + " bằng chế phẩm", period=Y24),
    fig("thực hiện 38.540 lượt", "38.540", 38540, "count", "lượt", subject="lượt dịch vụ các cơ sở thực hiện",
        period=Y24),
    fig("ước đạt 52,6 tỷ", "52,6", 52.6e9, "money", "đồng", status="estimate",
        change=chg("increase", 14.2, "%", "năm 2023"), subject="doanh thu", period=Y24),
    fig("chiếm khoảng 45%", "45", 45, "percent", "%", approx="about", status="estimate",
        subject="doanh thu dịch vụ phòng, chống mối cho công trình xây dựng", period=Y24),
    cell("Kiều | 19", "19", NK, "Năm 2023", NK),
    cell("19 | 22", "22", NK, "Năm 2024", NK),
    cell("22 | 115,8", "115,8", NK, "So với cùng kỳ (%)", NK),
    cell("Răng | 6", "6", CR, "Năm 2023", CR),
    cell("6 | 8", "8", CR, "Năm 2024", CR),
    cell("8 | 133,3", "133,3", CR, "So với cùng kỳ (%)", CR),
    cell("Thủy | 5", "5", BT, "Năm 2023", BT),
    cell("5 | 100,0", "5", BT, "Năm 2024", BT),
    cell("| 100,0", "100,0", BT, "So với cùng kỳ (%)", BT),
    cell("còn lại | 10", "10", REST, "Năm 2023"),
    cell("10 | 11", "11", REST, "Năm 2024"),
    cell("11 | 110,0", "110,0", REST, "So với cùng kỳ (%)"),
    cell("Tổng cộng | 40", "40", TOT, "Năm 2023"),
    cell("40 | 46", "46", TOT, "Năm 2024"),
    cell("46 | 115,0", "115,0", TOT, "So với cùng kỳ (%)"),
    fig("kiểm tra 31/46", "31", 31, "count", "cơ sở", total=46, subject="cơ sở Sở Y tế kiểm tra",
        period=IN_YEAR),
    fig("xử lý 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở vi phạm bị xử lý", period=IN_YEAR),
    fig("phạt tiền 36 triệu", "36", 36e6, "money", "đồng", subject="tiền phạt", period=IN_YEAR),
    fig("tiêu hủy 120 lít", "120", 120, "measure", "lít", subject="chế phẩm hết hạn sử dụng buộc tiêu hủy",
        period=IN_YEAR),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở dịch vụ được kiểm tra", period=Y25),
    fig("ít nhất một lần", "một", 1, "count", "lần", approx="at_least", status="target", optional=True,
        subject="số lần kiểm tra mỗi cơ sở", period=Y25),
    fig("tổ chức 2 lớp", "2", 2, "count", "lớp", status="target", subject="lớp tập huấn", period=Y25),
    fig("khoảng 150 nhân viên", "150", 150, "count", "nhân viên", approx="about", status="target",
        subject="nhân viên kỹ thuật được tập huấn", period=Y25),
]

NOTES = [
    "Formal report (UBND TP Cần Thơ, Số: 164/BC-UBND, 'Cần Thơ, ngày 14 tháng 01 năm 2025'); sections I/II, 1-3, Nơi nhận.",
    "Distractors: Số: 164/BC-UBND, the letterhead date, section numbers I., II., 1.-3., Nghị định số 91/2016/NĐ-CP, 'Lưu: VT, KGVX'.",
    "Flattened '|' table, 'Đơn vị tính: cơ sở': district rows give location, the other rows go to the subject; period from the column header.",
    "'So với cùng kỳ (%)' cells are percent figures; the header names no year, so their period (2024) is marked inherited (not scored).",
    "'ước đạt 52,6 tỷ đồng, ..., trong đó ... chiếm khoảng 45%': the 45% continues the estimate clause (estimate), its own percent figure.",
    "'Trong năm' in a yearly report = 2024. 'Năm 2025, phấn đấu ...' governs the ';'-continued clauses (target).",
    "'ít nhất một lần' defines what the 100% target counts: optional.",
    "revised after the first run: table subjects = the table's title 'Số cơ sở' + row label (non-place) + column label, as in p7;",
    "  they had carried the body text's 'cơ sở cung cấp dịch vụ diệt côn trùng, diệt khuẩn', which no table label states.",
]

if __name__ == "__main__":
    write("p1436-4", TEXT, NOTES, FIGS, published="2025-01-14", location="Cần Thơ")
