from lib import *

TEXT = """SỞ NÔNG NGHIỆP VÀ PTNT TỈNH BÌNH DƯƠNG
CHI CỤC KIỂM LÂM
Số: 215/BC-CCKL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý cơ sở nuôi động vật hoang dã năm 2024

I. TÌNH HÌNH CHUNG
Tính đến ngày 15/12/2024, toàn tỉnh có 642 cơ sở nuôi động vật hoang dã được cấp mã số (tăng 35 cơ sở so với cuối năm 2023), nuôi 31.870 cá thể thuộc 38 loài; trong đó có 29 cơ sở nuôi loài thuộc nhóm IB và Phụ lục I CITES.

Bảng 1. Kết quả quản lý cơ sở nuôi theo địa bàn năm 2024
Địa bàn | Số cơ sở (cơ sở) | Số cá thể (con) | Lượt kiểm tra (lượt) | Vụ vi phạm (vụ)
Thủ Dầu Một | 58 | 2.140 | 31 | 1
Tân Uyên | 164 | 9.085 | 72 | 3
Bến Cát | 137 | 6.912 | 55 | 2
Phú Giáo | 121 | 5.630 | 48 | 4
Dầu Tiếng | 162 | 8.103 | 64 | 2
Tổng cộng | 642 | 31.870 | 270 | 12

II. KẾT QUẢ KIỂM TRA, XỬ LÝ VI PHẠM
Năm 2024, Chi cục đã kiểm tra 270 lượt cơ sở, vượt 12,5% kế hoạch (240 lượt); phát hiện 12 vụ vi phạm, xử phạt 96,5 triệu đồng; tiếp nhận 147 cá thể do người dân tự nguyện giao nộp, trong đó đã thả về tự nhiên 108 cá thể, chuyển 39 cá thể cho Trung tâm Cứu hộ, bảo tồn và phát triển sinh vật (Vườn quốc gia Cát Tiên).

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu giảm 10% số cơ sở nuôi loài nguy cấp, quý, hiếm; kiểm tra tối thiểu 300 lượt cơ sở; 100% cơ sở nuôi được cập nhật trên hệ thống cơ sở dữ liệu quốc gia.

Nơi nhận:
- Sở NN&PTNT (b/c);
- Hạt Kiểm lâm các huyện, thành phố;
- Lưu: VT, KT.
CHI CỤC TRƯỞNG
Trần Quốc Bảo
"""

ASOF = P("Tính đến ngày 15/12/2024", None, "2024-12-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TAB = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

COLS = [("Số cơ sở", "cơ sở", "count"), ("Số cá thể", "con", "count"),
        ("Lượt kiểm tra", "lượt", "count"), ("Vụ vi phạm", "vụ", "count")]
ROWS = [("Thủ Dầu Một", ["58", "2.140", "31", "1"]),
        ("Tân Uyên", ["164", "9.085", "72", "3"]),
        ("Bến Cát", ["137", "6.912", "55", "2"]),
        ("Phú Giáo", ["121", "5.630", "48", "4"]),
        ("Dầu Tiếng", ["162", "8.103", "64", "2"]),
        ("Tổng cộng", ["642", "31.870", "270", "12"])]

FIGS = [
    F("toàn tỉnh có 642 cơ sở", "642", 642, "count", "cơ sở", "cơ sở nuôi động vật hoang dã được cấp mã số", ASOF,
      change=C("increase", 35, "cơ sở", "cuối năm 2023")),
    F("nuôi 31.870 cá thể", "31.870", 31870, "count", "cá thể", "cá thể động vật hoang dã nuôi", ASOF),
    F("thuộc 38 loài", "38", 38, "count", "loài", "loài động vật hoang dã nuôi", ASOF),
    F("có 29 cơ sở", "29", 29, "count", "cơ sở", "cơ sở nuôi loài thuộc nhóm IB và Phụ lục I CITES", ASOF, total=642),
]
for label, cells in ROWS:
    for i, (col, unit, kind) in enumerate(COLS):
        num = cells[i]
        if i == 0:
            anchor = f"{label} | {num} |"
        elif i == 3:
            anchor = f"{cells[i-1]} | {num}\n"
        else:
            anchor = f"{cells[i-1]} | {num} |"
        loc = "Bình Dương" if label == "Tổng cộng" else label
        subj = f"{col} tổng cộng" if label == "Tổng cộng" else col
        FIGS.append(F(anchor, num, parse_num(num), kind, unit, subj, TAB, location=loc))

FIGS += [
    F("kiểm tra 270 lượt", "270", 270, "count", "lượt cơ sở", "lượt kiểm tra cơ sở nuôi", Y24,
      change=C("increase", 12.5, "%", "kế hoạch"), target=T(240, "lượt")),
    F("phát hiện 12 vụ", "12", 12, "count", "vụ", "vụ vi phạm", Y24),
    F("96,5 triệu đồng", "96,5", 96500000, "money", "đồng", "tiền xử phạt", Y24),
    F("tiếp nhận 147 cá thể", "147", 147, "count", "cá thể", "cá thể do người dân tự nguyện giao nộp", Y24),
    F("tự nhiên 108 cá thể", "108", 108, "count", "cá thể", "cá thể thả về tự nhiên", Y24, total=147),
    F("chuyển 39 cá thể", "39", 39, "count", "cá thể", "cá thể chuyển cho Trung tâm Cứu hộ", Y24, total=147),
    F("giảm 10% số", "10", 10, "percent", "%", "giảm số cơ sở nuôi loài nguy cấp, quý, hiếm", Y25, status="target"),
    F("tối thiểu 300 lượt", "300", 300, "count", "lượt cơ sở", "lượt kiểm tra cơ sở", Y25, approx="at_least", status="target"),
    F("; 100% cơ sở", "100", 100, "percent", "%", "cơ sở nuôi được cập nhật trên hệ thống cơ sở dữ liệu quốc gia", Y25,
      status="target"),
]

emit("p367-5", TEXT, [
    "Formal report, Chi cục Kiểm lâm tỉnh Bình Dương, 'Số: 215/BC-CCKL'; the place-and-date line 'Bình Dương, ngày 20 tháng 12 năm 2024' is its date.",
    "Flattened '|' table by district/city (Địa bàn × Số cơ sở (cơ sở) | Số cá thể (con) | Lượt kiểm tra (lượt) | Vụ vi phạm (vụ)): every cell is a figure;",
    "unit from the column's bracket, row place -> location (Tổng cộng -> Bình Dương), subject = column label; period 'năm 2024' from the caption (inherited).",
    "No total for table cells. 'Thủ Dầu Một' contains a number word (not a figure). '270 lượt, vượt 12,5% kế hoạch (240 lượt)': change vs plan + target 240.",
    "'trong đó' after 147 makes 108 and 39 its parts. Section III heading 'NĂM 2025' gives the targets their period (inherited); 'Phấn đấu' governs all three.",
    "Distractors: document number, section numbers I./II./III., 'Bảng 1', 'Phụ lục I', dates, 'Lưu: VT, KT', signer.",
], FIGS, published="2024-12-20", location="Bình Dương")
