"""p694-3: formal report, UBND tỉnh Quảng Ngãi — reading-culture scheme 2023, flattened | table."""
from lib import write, fig, per, inh, ch, tg

TEXT = """UBND TỈNH QUẢNG NGÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 214/BC-UBND
Quảng Ngãi, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện Đề án phát triển văn hóa đọc trong cộng đồng năm 2023

Thực hiện Quyết định số 329/QĐ-TTg ngày 15/3/2017 của Thủ tướng Chính phủ và Kế hoạch số 57/KH-UBND ngày 24/3/2023 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động thư viện
Năm 2023, toàn tỉnh tổ chức 126 hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, thu hút khoảng 45.000 lượt người tham gia. Thư viện tỉnh bổ sung 6.840 bản sách mới với kinh phí 1,12 tỷ đồng, đạt 93,3% dự toán; số hóa thêm 1.250 tài liệu địa chí, nâng tổng số tài liệu số hóa lên 9.870 tài liệu.

2. Một số chỉ tiêu chủ yếu
STT | Chỉ tiêu | Đơn vị tính | Thực hiện 2022 | Kế hoạch 2023 | Ước thực hiện 2023
1 | Lượt bạn đọc được phục vụ | Lượt | 298.400 | 320.000 | 341.500
2 | Sách, báo luân chuyển | Bản | 141.750 | 150.000 | 162.300
3 | Tủ sách cơ sở thành lập mới | Tủ | 35 | 40 | 37
4 | Xã có thư viện, tủ sách công cộng | % | 78,4 | 80 | 82,6

II. NHIỆM VỤ NĂM 2024
Phấn đấu 100% thư viện cấp huyện ứng dụng phần mềm quản lý thư viện; thành lập mới ít nhất 45 tủ sách cơ sở; số lượt bạn đọc tăng từ 5 đến 7% so với năm 2023.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch (b/c);
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C22 = per("Thực hiện 2022", "2022-01-01", "2022-12-31")
C23P = per("Kế hoạch 2023", "2023-01-01", "2023-12-31")
C23E = per("Ước thực hiện 2023", "2023-01-01", "2023-12-31")
Y24 = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [
    ("| 298.400", "| 320.000", "| 341.500", ["298.400", "320.000", "341.500"], [298400, 320000, 341500],
     "count", "lượt", "Lượt bạn đọc được phục vụ"),
    ("| 141.750", "| 150.000", "| 162.300", ["141.750", "150.000", "162.300"], [141750, 150000, 162300],
     "count", "bản", "Sách, báo luân chuyển"),
    ("Tủ | 35", "35 | 40", "40 | 37", ["35", "40", "37"], [35, 40, 37], "count", "tủ",
     "Tủ sách cơ sở thành lập mới"),
    ("| 78,4", "78,4 | 80", "| 82,6", ["78,4", "80", "82,6"], [78.4, 80, 82.6], "percent", "%",
     "Xã có thư viện, tủ sách công cộng"),
]

FIGS = [
    fig("tổ chức 126 hoạt động", "126", 126, "count", "hoạt động",
        "hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam", Y23),
    fig("khoảng 45.000 lượt người", "45.000", 45000, "count", "lượt người",
        "lượt người tham gia hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam", Y23, approx="about"),
    fig("bổ sung 6.840 bản sách", "6.840", 6840, "count", "bản sách", "bản sách mới Thư viện tỉnh bổ sung",
        inh(Y23)),
    fig("kinh phí 1,12 tỷ đồng", "1,12", 1120000000, "money", "đồng", "kinh phí bổ sung sách mới", inh(Y23),
        percent=93.3),
    fig("thêm 1.250 tài liệu", "1.250", 1250, "count", "tài liệu", "tài liệu địa chí số hóa thêm", inh(Y23)),
    fig("lên 9.870 tài liệu", "9.870", 9870, "count", "tài liệu", "tổng số tài liệu số hóa", inh(Y23)),
]
for a22, a23p, a23e, nums, vals, kind, unit, label in ROWS:
    for anchor, num, v, p, status, col in ((a22, nums[0], vals[0], C22, None, "thực hiện 2022"),
                                           (a23p, nums[1], vals[1], C23P, "target", "kế hoạch 2023"),
                                           (a23e, nums[2], vals[2], C23E, "estimate", "ước thực hiện 2023")):
        kw = {"status": status} if status else {}
        FIGS.append(fig(anchor, num, v, kind, unit, f"{label} {col}", p, **kw))
FIGS += [
    fig("Phấn đấu 100%", "100", 100, "percent", "%", "thư viện cấp huyện ứng dụng phần mềm quản lý thư viện",
        Y24, status="target"),
    fig("ít nhất 45 tủ sách", "45", 45, "count", "tủ sách", "tủ sách cơ sở thành lập mới", Y24,
        approx="at_least", status="target"),
    fig("từ 5 đến 7%", "5", 5, "percent", "%", "số lượt bạn đọc tăng so với năm 2023", Y24, value_max=7,
        status="target"),
]

COMMENTS = [
    "Formal report Số: 214/BC-UBND of UBND tỉnh Quảng Ngãi, 'Quảng Ngãi, ngày 18 tháng 12 năm 2023'; reading-culture scheme results 2023.",
    "Not figures: document numbers (214/BC-UBND, 329/QĐ-TTg, 57/KH-UBND) and their dates, section numbers I./II./1./2., table STT 1-4.",
    "Flattened '|' table: every numeric cell is a figure; unit from the 'Đơn vị tính' column, period from the column header (scored,",
    "as in shared h23); 'Kế hoạch 2023' → target, 'Ước thực hiện 2023' → estimate; a plan cell is not the result cell's target attribute.",
    "'đạt 93,3% dự toán' is the percent of 1,12 tỷ đồng. 'tăng từ 5 đến 7% so với năm 2023' is a growth rate that is the claim (percent, no change).",
    "Section II tasks are targets; their period is the heading 'NĂM 2024' (inherited).",
]

if __name__ == "__main__":
    write("p694-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Quảng Ngãi")
