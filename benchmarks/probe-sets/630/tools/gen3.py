from lib import fig, per, inh, chg, emit

TEXT = """UBND TỈNH THÁI BÌNH
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách bảo hiểm thất nghiệp 9 tháng năm 2024

Thực hiện Công văn số 3015/LĐTBXH-VL ngày 12/9/2024 của Bộ Lao động - Thương binh và Xã hội, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình tham gia bảo hiểm thất nghiệp
Tính đến ngày 30/9/2024, toàn tỉnh có 214.586 người tham gia bảo hiểm thất nghiệp, chiếm 23,8% lực lượng lao động trong độ tuổi, tăng 3.912 người so với cuối năm 2023.

2. Kết quả giải quyết chế độ
Bảng 1. Kết quả giải quyết chế độ bảo hiểm thất nghiệp
Chỉ tiêu | Đơn vị tính | 9 tháng năm 2023 | 9 tháng năm 2024 | So sánh (%)
Hồ sơ đề nghị hưởng | hồ sơ | 8.745 | 9.318 | 106,6
Quyết định hưởng trợ cấp | quyết định | 8.502 | 9.077 | 106,8
Lao động được tư vấn, giới thiệu việc làm | lượt người | 10.230 | 11.462 | 112,0
Người được hỗ trợ học nghề | người | 187 | 142 | 75,9
Số tiền chi trả trợ cấp | triệu đồng | 152.684 | 171.935,6 | 112,6

Số tiền trợ cấp bình quân ước đạt 18,9 triệu đồng/người. Thời gian hưởng trợ cấp bình quân là 4,2 tháng.

II. ĐÁNH GIÁ CHUNG
Số hồ sơ tăng chủ yếu do một số doanh nghiệp dệt may, da giày thiếu đơn hàng; 27 doanh nghiệp đã cắt giảm khoảng 2.150 lao động.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến hết năm 2024, số người tham gia bảo hiểm thất nghiệp đạt 218.000 người; 100% hồ sơ được giải quyết đúng hạn.

Nơi nhận:
- Bộ LĐ-TB&XH;
- Lưu: VT, VX.
"""

N23 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
N24 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
END24 = per("đến hết năm 2024", None, "2024-12-31")

ROWS = [  # label, unit, v23 anchor/number/value, v24, ratio
    ("Hồ sơ đề nghị hưởng", "hồ sơ", ("| 8.745 |", "8.745", 8745), ("| 9.318 |", "9.318", 9318), ("| 106,6", "106,6", 106.6)),
    ("Quyết định hưởng trợ cấp", "quyết định", ("| 8.502 |", "8.502", 8502), ("| 9.077 |", "9.077", 9077), ("| 106,8", "106,8", 106.8)),
    ("Lao động được tư vấn, giới thiệu việc làm", "lượt người", ("| 10.230 |", "10.230", 10230), ("| 11.462 |", "11.462", 11462), ("| 112,0", "112,0", 112.0)),
    ("Người được hỗ trợ học nghề", "người", ("| 187 |", "187", 187), ("| 142 |", "142", 142), ("| 75,9", "75,9", 75.9)),
    ("Số tiền chi trả trợ cấp", "đồng", ("| 152.684 |", "152.684", 152684e6), ("| 171.935,6 |", "171.935,6", 171935.6e6), ("| 112,6", "112,6", 112.6)),
]

FIGS = [
    fig("có 214.586 người", "214.586", 214586, "count", "người", percent=23.8,
        change=chg("increase", 3912, unit="người", baseline="cuối năm 2023"),
        subject="người tham gia bảo hiểm thất nghiệp",
        period=per("Tính đến ngày 30/9/2024", None, "2024-09-30")),
]
for label, unit, a, b, r in ROWS:
    kind = "money" if unit == "đồng" else "count"
    FIGS.append(fig(a[0], a[1], a[2], kind, unit, subject=f"{label} 9 tháng năm 2023", period=N23))
    FIGS.append(fig(b[0], b[1], b[2], kind, unit, subject=f"{label} 9 tháng năm 2024", period=N24))
    FIGS.append(fig(r[0], r[1], r[2], "percent", "%",
                    subject=f"{label} 9 tháng năm 2024 so sánh với 9 tháng năm 2023", period=inh(N24)))
FIGS += [
    fig("ước đạt 18,9 triệu", "18,9", 18900000, "money", "đồng/người", status="estimate",
        subject="số tiền trợ cấp bình quân", period=inh(N24)),
    fig("là 4,2 tháng", "4,2", 4.2, "measure", "tháng",
        subject="thời gian hưởng trợ cấp bình quân", period=inh(N24)),
    fig("27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp đã cắt giảm lao động", period=inh(N24)),
    fig("khoảng 2.150 lao động", "2.150", 2150, "count", "lao động", approx="about",
        subject="lao động bị cắt giảm", period=inh(N24)),
    fig("đạt 218.000 người", "218.000", 218000, "count", "người", status="target",
        subject="người tham gia bảo hiểm thất nghiệp", period=END24),
    fig("100% hồ sơ", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ hồ sơ được giải quyết đúng hạn", period=END24),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Thái Bình, Số: 286/BC-UBND, kết quả thực hiện chính sách BHTN 9 tháng năm 2024 (invented).",
    "'Thái Bình, ngày 08 tháng 10 năm 2024' is the date. Not figures: 'Số: 286/BC-UBND', 'Công văn số 3015/LĐTBXH-VL ngày 12/9/2024',",
    "'Bảng 1', section numbers I./II./III., 1./2., 'QUÝ IV/2024' heading.",
    "Flattened '|' table: every numeric cell is a figure; unit from the 'Đơn vị tính' column ('triệu đồng' → ×10^6 đồng);",
    "period from the column headers (scored). 'So sánh (%)' cells are percent figures of their own; their period is inherited (unscored).",
    "214.586 người: 'chiếm 23,8%' → percent; 'tăng 3.912 người so với cuối năm 2023' → change in người.",
    "'ước đạt 18,9 triệu đồng/người' → estimate; 4,2 tháng (its own sentence) is actual: a measured duration, not a time locator.",
    "'Phấn đấu đến hết năm 2024' → target for both figures of the sentence; as-of period (start null).",
]

emit("p630-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Thái Bình")
