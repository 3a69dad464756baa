"""p932-3: UBND tỉnh Quảng Trị formal report, 2023, with a flattened '|' table by district."""
from lib import F, period, inherit, change, write

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Trị, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả quản lý hoạt động kinh doanh dịch vụ trò chơi điện tử công cộng, internet và bi-a năm 2023

Thực hiện Nghị định số 72/2013/NĐ-CP của Chính phủ và Công văn số 3562/BTTTT-PTTH&TTĐT của Bộ Thông tin và Truyền thông, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
1. Tính đến ngày 30/11/2023, toàn tỉnh có 412 điểm cung cấp dịch vụ trò chơi điện tử công cộng và đại lý internet, giảm 23 điểm so với cuối năm 2022; 356 điểm đã được cấp Giấy chứng nhận đủ điều kiện hoạt động, đạt 86,4%.
2. Số cơ sở kinh doanh bi-a có đăng ký hộ kinh doanh là 1.027 cơ sở, với 2.915 bàn.

II. KẾT QUẢ KIỂM TRA, XỬ LÝ
Năm 2023 (tính đến 30/11), các ngành chức năng đã kiểm tra 538 lượt cơ sở, phát hiện 79 cơ sở vi phạm, xử phạt 216,5 triệu đồng. Số lượt kiểm tra theo địa bàn như sau:
Đơn vị tính: lượt cơ sở
Địa bàn | Bi-a | Internet, trò chơi điện tử | Tổng số
TP Đông Hà | 82 | 64 | 146
Thị xã Quảng Trị | 30 | 22 | 52
Huyện Vĩnh Linh | 51 | 37 | 88
Huyện Hải Lăng | 45 | 34 | 79
Các huyện còn lại | 97 | 76 | 173
Tổng cộng | 305 | 233 | 538

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 100% điểm trò chơi điện tử công cộng được cấp Giấy chứng nhận đủ điều kiện; kiểm tra tối thiểu 600 lượt cơ sở; không để phát sinh điểm hoạt động trong bán kính 200 m quanh cổng trường học.

Nơi nhận: Bộ TT&TT; Lưu: VT.
TM. ỦY BAN NHÂN DÂN
"""

ASOF = period("Tính đến ngày 30/11/2023", None, "2023-11-30")
YTD = period("Năm 2023 (tính đến 30/11)", "2023-01-01", "2023-11-30")
Y24 = period("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

S_BIA = "lượt kiểm tra cơ sở bi-a"
S_NET = "lượt kiểm tra cơ sở internet, trò chơi điện tử"
S_ALL = "tổng số lượt kiểm tra"

ROWS = [
    ("TP Đông Hà | 82 | 64 | 146", ("82", "64", "146"), "Đông Hà"),
    ("Thị xã Quảng Trị | 30 | 22 | 52", ("30", "22", "52"), "Quảng Trị"),
    ("Huyện Vĩnh Linh | 51 | 37 | 88", ("51", "37", "88"), "Vĩnh Linh"),
    ("Huyện Hải Lăng | 45 | 34 | 79", ("45", "34", "79"), "Hải Lăng"),
    ("Các huyện còn lại | 97 | 76 | 173", ("97", "76", "173"), "Quảng Trị"),
    ("Tổng cộng | 305 | 233 | 538", ("305", "233", "538"), "Quảng Trị"),
]

FIGS = [
    F("có 412 điểm", "412", 412, "count", "điểm",
      "điểm cung cấp dịch vụ trò chơi điện tử công cộng và đại lý internet", ASOF,
      change=change("decrease", 23, "điểm", "cuối năm 2022")),
    F("356 điểm đã được cấp", "356", 356, "count", "điểm",
      "điểm được cấp Giấy chứng nhận đủ điều kiện hoạt động", ASOF, percent=86.4),
    F("là 1.027 cơ sở", "1.027", 1027, "count", "cơ sở", "cơ sở kinh doanh bi-a có đăng ký hộ kinh doanh",
      inherit(ASOF)),
    F("với 2.915 bàn", "2.915", 2915, "count", "bàn", "bàn bi-a", inherit(ASOF)),
    F("kiểm tra 538 lượt cơ sở", "538", 538, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", YTD),
    F("phát hiện 79 cơ sở", "79", 79, "count", "cơ sở", "cơ sở vi phạm", YTD),
    F("xử phạt 216,5 triệu đồng", "216,5", 216.5e6, "money", "đồng", "tiền xử phạt", YTD),
]

for line, nums, place in ROWS:
    b, n, t = nums
    label = line.split(" | ")[0]
    tot = label == "Tổng cộng"
    for i, (num, subj) in enumerate(zip(nums, (S_BIA, S_NET, S_ALL))):
        if i == 0:
            anchor = f"{label} | {num}"
        else:
            anchor = f"| {nums[i - 1]} | {num}"
        if tot:
            subj = "tổng cộng " + subj
        elif label == "Các huyện còn lại":
            subj = subj + " các huyện còn lại"
        FIGS.append(F(anchor, num, int(num), "count", "lượt cơ sở", subj, inherit(YTD), location=place))

FIGS += [
    F("Phấn đấu 100% điểm", "100", 100, "percent", "%",
      "điểm trò chơi điện tử công cộng được cấp Giấy chứng nhận đủ điều kiện", Y24, status="target"),
    F("tối thiểu 600 lượt cơ sở", "600", 600, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", Y24,
      approx="at_least", status="target"),
    F("bán kính 200 m", "200", 200, "measure", "m", "bán kính quanh cổng trường học", Y24,
      status="target", optional=True),
]

NOTES = [
    "UBND tỉnh Quảng Trị report Số 287/BC-UBND (18/12/2023): internet/game points and billiards, 2023.",
    "Flattened table (Đơn vị tính: lượt cơ sở) by district x type; every cell is a figure, no totals on cells;",
    "period from the sentence above the table (inherited); 'Các huyện còn lại' and 'Tổng cộng' rows are the province.",
    "Not figures: Số 287/BC-UBND, Nghị định 72/2013/NĐ-CP, Công văn 3562/..., section numbers I.-III., 1.-2.",
    "'Năm 2023 (tính đến 30/11)' = 2023-01-01..2023-11-30. 356 điểm: share 86,4% (no part-of cue, so no total).",
    "Section III items inherit 'NĂM 2024' from the heading; 200 m (a rule's radius) is optional.",
]

write(3, TEXT, FIGS, NOTES, published="2023-12-18", location="Quảng Trị")
