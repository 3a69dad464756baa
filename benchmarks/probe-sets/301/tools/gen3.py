from lib import F, P, C, T, emit

TEXT = """UBND HUYỆN ĐỨC TRỌNG
BAN AN TOÀN GIAO THÔNG
Số: 215/BC-BATGT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đức Trọng, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác bảo đảm trật tự, an toàn giao thông năm 2023

I. TÌNH HÌNH TAI NẠN GIAO THÔNG

Từ ngày 15/12/2022 đến ngày 14/12/2023, trên địa bàn huyện xảy ra 47 vụ tai nạn giao thông, làm chết 29 người, bị thương 38 người. Tai nạn tập trung chủ yếu trên Quốc lộ 20 (đoạn từ Km 215 đến Km 242) và Quốc lộ 27 với 34 vụ, chiếm 72,3% tổng số vụ.

Bảng 1. Tai nạn giao thông phân theo loại đường
Loại đường | Số vụ | Số người chết | Số người bị thương | So cùng kỳ số vụ (%)
Quốc lộ | 34 | 21 | 27 | -8,1
Đường tỉnh | 7 | 5 | 6 | +16,7
Đường huyện, xã | 6 | 3 | 5 | -14,3
Cộng | 47 | 29 | 38 | -6,0

II. KẾT QUẢ TUẦN TRA, KIỂM SOÁT VÀ TUYÊN TRUYỀN

Đội Cảnh sát giao thông - Trật tự Công an huyện tổ chức 1.126 ca tuần tra, kiểm soát với 4.830 lượt cán bộ, chiến sĩ tham gia; phát hiện, lập biên bản 6.214 trường hợp vi phạm, ra quyết định xử phạt 6.027 trường hợp với số tiền 9,86 tỷ đồng; tước quyền sử dụng giấy phép lái xe có thời hạn 418 trường hợp.

Ban An toàn giao thông huyện phối hợp các xã, thị trấn tổ chức 42 buổi tuyên truyền, đạt 105% kế hoạch, thu hút khoảng 6.500 lượt người tham dự.

III. PHƯƠNG HƯỚNG NĂM 2024

Phấn đấu kéo giảm tai nạn giao thông trên cả 3 tiêu chí; xử lý dứt điểm 2 điểm đen tại Km 228+500 Quốc lộ 20 (xã Hiệp Thạnh) và ngã ba Phú Hội.

Nơi nhận:
- Ban ATGT tỉnh Lâm Đồng;
- Lưu: VT, BATGT.

KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
"""

Y = P("Từ ngày 15/12/2022 đến ngày 14/12/2023", "2022-12-15", "2023-12-14")
Yi = P("Từ ngày 15/12/2022 đến ngày 14/12/2023", "2022-12-15", "2023-12-14", inh=True)

def cell(anchor, number, value, kind, unit, subject):
    return F(anchor, number, value, kind, unit, subject, Yi)

figs = [
    F("xảy ra 47 vụ", "47", 47, "count", "vụ", "vụ tai nạn giao thông", Y),
    F("làm chết 29 người", "29", 29, "count", "người", "người chết do tai nạn giao thông", Y),
    F("bị thương 38 người", "38", 38, "count", "người", "người bị thương do tai nạn giao thông", Y),
    F("với 34 vụ", "34", 34, "count", "vụ", "vụ tai nạn trên Quốc lộ 20 và Quốc lộ 27", Yi, percent=72.3),
    cell("Quốc lộ | 34", "34", 34, "count", "vụ", "Số vụ Quốc lộ"),
    cell("34 | 21", "21", 21, "count", "người", "Số người chết Quốc lộ"),
    cell("21 | 27", "27", 27, "count", "người", "Số người bị thương Quốc lộ"),
    cell("| -8,1", "8,1", -8.1, "percent", "%", "So cùng kỳ số vụ Quốc lộ"),
    cell("Đường tỉnh | 7", "7", 7, "count", "vụ", "Số vụ Đường tỉnh"),
    cell("7 | 5", "5", 5, "count", "người", "Số người chết Đường tỉnh"),
    cell("5 | 6", "6", 6, "count", "người", "Số người bị thương Đường tỉnh"),
    cell("+16,7", "16,7", 16.7, "percent", "%", "So cùng kỳ số vụ Đường tỉnh"),
    cell("Đường huyện, xã | 6", "6", 6, "count", "vụ", "Số vụ Đường huyện, xã"),
    cell("6 | 3", "3", 3, "count", "người", "Số người chết Đường huyện, xã"),
    cell("3 | 5", "5", 5, "count", "người", "Số người bị thương Đường huyện, xã"),
    cell("-14,3", "14,3", -14.3, "percent", "%", "So cùng kỳ số vụ Đường huyện, xã"),
    cell("Cộng | 47", "47", 47, "count", "vụ", "Số vụ Cộng"),
    cell("47 | 29", "29", 29, "count", "người", "Số người chết Cộng"),
    cell("29 | 38", "38", 38, "count", "người", "Số người bị thương Cộng"),
    cell("-6,0", "6,0", -6.0, "percent", "%", "So cùng kỳ số vụ Cộng"),
    F("tổ chức 1.126 ca", "1.126", 1126, "count", "ca", "ca tuần tra, kiểm soát", Yi),
    F("4.830 lượt", "4.830", 4830, "count", "lượt cán bộ, chiến sĩ", "lượt cán bộ, chiến sĩ tham gia tuần tra", Yi),
    F("lập biên bản 6.214", "6.214", 6214, "count", "trường hợp", "trường hợp vi phạm lập biên bản", Yi),
    F("xử phạt 6.027", "6.027", 6027, "count", "trường hợp", "trường hợp ra quyết định xử phạt", Yi),
    F("số tiền 9,86 tỷ", "9,86", 9.86e9, "money", "đồng", "số tiền xử phạt", Yi),
    F("có thời hạn 418", "418", 418, "count", "trường hợp", "trường hợp tước quyền sử dụng giấy phép lái xe có thời hạn", Yi),
    F("tổ chức 42 buổi", "42", 42, "count", "buổi", "buổi tuyên truyền", Yi, percent=105),
    F("khoảng 6.500 lượt", "6.500", 6500, "count", "lượt người", "lượt người tham dự tuyên truyền", Yi, approx="about"),
    F("cả 3 tiêu chí", "3", 3, "count", "tiêu chí", optional=True),
    F("dứt điểm 2 điểm đen", "2", 2, "count", "điểm đen", "điểm đen xử lý dứt điểm",
      P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True), status="target"),
]

HEADER = """Formal report with letterhead (Số: 215/BC-BATGT), Ban ATGT huyện Đức Trọng (Lâm Đồng); place-and-date line 18/12/2023 is the date.
Reporting year stated as 'Từ ngày 15/12/2022 đến ngày 14/12/2023' (the traffic-statistics year); later sections and the table inherit it.
Flattened '|' table: every numeric cell is a figure, subject = column + row label; '(%)' column gives percent with the sign as written (-8,1 = -8.1).
'34 vụ, chiếm 72,3% tổng số vụ': percent attribute, no total (whole not restated). '42 buổi, đạt 105% kế hoạch': percent 105.
Distractors: Số: 215/BC-BATGT, Quốc lộ 20/27, 'từ Km 215 đến Km 242' (road kilometre posts, not a range), Km 228+500, 'Bảng 1', section numbers I-III, 'Lưu: VT'.
'2 điểm đen' is a 2024 target under the heading 'PHƯƠNG HƯỚNG NĂM 2024' (period inherited from the heading). Location: Đức Trọng (district)."""

emit("p301-3", TEXT, figs, HEADER, published="2023-12-18", location="Đức Trọng")
