"""p1126-3: formal report of UBND tỉnh Bình Dương on LPG business management in 2023, flattened '|' table by locality."""
from lib import fig, opt, per, inh, chg, tgt, build

TEXT = """UBND TỈNH BÌNH DƯƠNG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả quản lý kinh doanh khí dầu mỏ hóa lỏng năm 2023

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/11/2023, trên địa bàn tỉnh có 12 trạm nạp LPG vào chai, 3 trạm nạp LPG vào xe bồn và 1.184 cửa hàng bán LPG chai, tăng 46 cửa hàng so với cuối năm 2022. Sản lượng LPG tiêu thụ năm 2023 ước đạt 92.400 tấn, tăng 4,6% so với năm 2022, trong đó LPG dùng cho sản xuất công nghiệp chiếm khoảng 58%.

II. KẾT QUẢ KIỂM TRA
Năm 2023, Đoàn kiểm tra liên ngành theo Quyết định số 1985/QĐ-UBND đã kiểm tra 438 lượt cơ sở, phát hiện 73 cơ sở vi phạm, xử phạt 416,5 triệu đồng; tạm giữ 1.926 chai LPG các loại.

Kết quả kiểm tra theo địa bàn
Đơn vị tính: cơ sở
Địa bàn | Số cơ sở được kiểm tra | Số cơ sở vi phạm
TP Thủ Dầu Một | 96 | 14
TP Thuận An | 88 | 17
TP Dĩ An | 81 | 15
TP Tân Uyên | 64 | 11
TP Bến Cát | 57 | 9
Các huyện còn lại | 52 | 7
Tổng cộng | 438 | 73

III. NHIỆM VỤ NĂM 2024
1. Phấn đấu kiểm tra ít nhất 500 cơ sở; 100% trạm nạp được kiểm tra định kỳ.
2. Giảm số vụ cháy, nổ liên quan đến LPG xuống dưới 5 vụ (năm 2023 xảy ra 8 vụ, làm 3 người bị thương).

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31")
COLS = {"k": "Số cơ sở được kiểm tra", "v": "Số cơ sở vi phạm"}


def cell(anchor, number, value, col, place=None, row=None):
    subj = COLS[col] if row is None else f"{COLS[col]} {row}"
    kw = {"location": place} if place else {}
    return fig(anchor, number, value, "count", "cơ sở", subject=subj, period=inh(Y23b), **kw)


FIGS = [
    fig("có 12 trạm", "12", 12, "count", "trạm nạp", subject="trạm nạp LPG vào chai", period=ASOF),
    fig("3 trạm nạp", "3", 3, "count", "trạm nạp", subject="trạm nạp LPG vào xe bồn", period=ASOF),
    fig("1.184 cửa hàng", "1.184", 1184, "count", "cửa hàng",
        change=chg("increase", 46, "cửa hàng", "cuối năm 2022"), subject="cửa hàng bán LPG chai", period=ASOF),
    fig("ước đạt 92.400 tấn", "92.400", 92400, "measure", "tấn", status="estimate",
        change=chg("increase", 4.6, "%", "năm 2022"), subject="sản lượng LPG tiêu thụ", period=Y23),
    fig("khoảng 58%", "58", 58, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng LPG dùng cho sản xuất công nghiệp", period=Y23),
    fig("kiểm tra 438 lượt", "438", 438, "count", "lượt cơ sở",
        subject="lượt cơ sở được Đoàn kiểm tra liên ngành kiểm tra", period=Y23b),
    fig("phát hiện 73 cơ sở", "73", 73, "count", "cơ sở", subject="cơ sở vi phạm", period=Y23b),
    fig("phạt 416,5 triệu", "416,5", 416500000, "money", "đồng", subject="tiền xử phạt", period=Y23b),
    fig("giữ 1.926 chai", "1.926", 1926, "count", "chai LPG", subject="chai LPG các loại bị tạm giữ", period=Y23b),
    cell("Thủ Dầu Một | 96", "96", 96, "k", "Thủ Dầu Một"),
    cell("96 | 14", "14", 14, "v", "Thủ Dầu Một"),
    cell("Thuận An | 88", "88", 88, "k", "Thuận An"),
    cell("88 | 17", "17", 17, "v", "Thuận An"),
    cell("Dĩ An | 81", "81", 81, "k", "Dĩ An"),
    cell("81 | 15", "15", 15, "v", "Dĩ An"),
    cell("Tân Uyên | 64", "64", 64, "k", "Tân Uyên"),
    cell("64 | 11", "11", 11, "v", "Tân Uyên"),
    cell("Bến Cát | 57", "57", 57, "k", "Bến Cát"),
    cell("57 | 9", "9", 9, "v", "Bến Cát"),
    cell("còn lại | 52", "52", 52, "k", row="các huyện còn lại"),
    cell("52 | 7", "7", 7, "v", row="các huyện còn lại"),
    cell("Tổng cộng | 438", "438", 438, "k", row="tổng cộng"),
    cell("438 | 73", "73", 73, "v", row="tổng cộng"),
    fig("ít nhất 500 cơ sở", "500", 500, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở kinh doanh LPG được kiểm tra", period=inh(Y24)),
    fig("100% trạm nạp", "100", 100, "percent", "%", status="target",
        subject="trạm nạp được kiểm tra định kỳ", period=inh(Y24)),
    fig("dưới 5 vụ", "5", 5, "count", "vụ", approx="under", status="target",
        subject="vụ cháy, nổ liên quan đến LPG", period=inh(Y24)),
    fig("xảy ra 8 vụ", "8", 8, "count", "vụ", subject="vụ cháy, nổ liên quan đến LPG xảy ra",
        period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("làm 3 người", "3", 3, "count", "người", subject="người bị thương trong các vụ cháy, nổ liên quan đến LPG",
        period=per("năm 2023", "2023-01-01", "2023-12-31")),
]

NOTES = [
    "Formal report: UBND tỉnh Bình Dương, 'Số: 412/BC-UBND', 'Bình Dương, ngày 18 tháng 12 năm 2023', sections I-III, numbered tasks, 'Nơi nhận'.",
    "Distractors: Số: 412/BC-UBND, Quyết định số 1985/QĐ-UBND, section numbers I./II./III., task numbers 1./2., heading years.",
    "Flattened '|' table by locality (Đơn vị tính: cơ sở; Tổng cộng row). Place rows go to location; 'Các huyện còn lại' and 'Tổng cộng' stay in the subject (location Bình Dương).",
    "Table cells: period 'Năm 2023' from the paragraph before the table (inherited). Section III targets inherit 'NHIỆM VỤ NĂM 2024' from the heading.",
    "'trong đó LPG dùng cho sản xuất công nghiệp chiếm khoảng 58%' is a percent figure of its own, continuing the 'ước đạt' clause: estimate.",
    "The bracket '(năm 2023 xảy ra 8 vụ, làm 3 người bị thương)' has its own verb: actual, with its own period.",
]

if __name__ == "__main__":
    build("p1126-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Bình Dương")
