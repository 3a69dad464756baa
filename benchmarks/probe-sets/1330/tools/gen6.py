"""p1330-6: ministry site (Bộ Tài chính): national land-use revenue, 10 months 2024; provinces; auctions; forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức tài chính > Ngân sách nhà nước

Thu tiền sử dụng đất 10 tháng đạt hơn 92% dự toán

Ngày đăng: 12/11/2024 | Nguồn: Vụ Ngân sách nhà nước

Theo báo cáo của Bộ Tài chính, lũy kế 10 tháng năm 2024, thu tiền sử dụng đất của cả nước ước đạt 147.300 tỷ đồng, bằng 92,1% dự toán, tăng 24,7% so với cùng kỳ năm 2023. Thu tiền sử dụng đất chiếm khoảng 10,7% tổng thu nội địa.

Một số địa phương có số thu tiền sử dụng đất lớn là Hà Nội (31.250 tỷ đồng), TP Hồ Chí Minh (10.480 tỷ đồng), Bắc Ninh (8.960 tỷ đồng), Hưng Yên (6.120 tỷ đồng). Với kết quả này, Bắc Ninh vươn lên xếp thứ 3 cả nước về số thu tiền sử dụng đất.

Có 38/63 địa phương đạt trên 75% dự toán thu tiền sử dụng đất; 9 địa phương đạt dưới 50%, chủ yếu ở khu vực miền Trung và Tây Nguyên.

Theo tổng hợp từ các địa phương, 9 tháng năm 2024 cả nước tổ chức khoảng 4.600 cuộc đấu giá quyền sử dụng đất, tăng hơn 1,5 lần so với cùng kỳ; khoảng 8% số lô đất trúng đấu giá bị bỏ cọc.

Bộ Tài chính dự kiến cả năm 2024 thu tiền sử dụng đất đạt khoảng 170.000 tỷ đồng, vượt 6,3% dự toán. Để bảo đảm nguồn thu, Bộ đề nghị các địa phương đẩy nhanh việc xác định giá đất theo Luật Đất đai số 31/2024/QH15 và Nghị định số 71/2024/NĐ-CP quy định về giá đất.

Tin cùng chuyên mục:
- Hướng dẫn thu tiền sử dụng đất khi chuyển mục đích sử dụng đất
- Công khai dự toán ngân sách nhà nước năm 2025

BỘ TÀI CHÍNH
Địa chỉ: Số 28 Trần Hưng Đạo, quận Hoàn Kiếm, Hà Nội
Điện thoại: (024) 2220 2828
"""

M10 = per("lũy kế 10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10s = per("10 tháng", "2024-01-01", "2024-10-31")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YEAR = per("cả năm 2024", "2024-01-01", "2024-12-31")
LIST = "số thu tiền sử dụng đất"

FIGS = [
    fig("hơn 92%", "92", 92, "percent", "%", approx="over",
        subject="thu tiền sử dụng đất so với dự toán", period=M10s),
    fig("ước đạt 147.300 tỷ", "147.300", 147300e9, "money", "đồng", status="estimate", percent=92.1,
        change=chg("increase", 24.7, "%", "cùng kỳ năm 2023"), subject="thu tiền sử dụng đất của cả nước",
        period=M10),
    fig("khoảng 10,7%", "10,7", 10.7, "percent", "%", approx="about",
        subject="thu tiền sử dụng đất trong tổng thu nội địa", period=inh(M10)),
    fig("Hà Nội (31.250 tỷ", "31.250", 31250e9, "money", "đồng", subject=LIST, period=inh(M10),
        location="Hà Nội"),
    fig("Minh (10.480 tỷ", "10.480", 10480e9, "money", "đồng", subject=LIST, period=inh(M10),
        location="TP Hồ Chí Minh"),
    fig("Ninh (8.960 tỷ", "8.960", 8960e9, "money", "đồng", subject=LIST, period=inh(M10),
        location="Bắc Ninh"),
    fig("Yên (6.120 tỷ", "6.120", 6120e9, "money", "đồng", subject=LIST, period=inh(M10),
        location="Hưng Yên"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject=LIST, period=inh(M10), location="Bắc Ninh"),
    fig("38/63 địa phương", "38", 38, "count", "địa phương", total=63,
        subject="địa phương đạt trên 75% dự toán thu tiền sử dụng đất", period=inh(M10)),
    fig("trên 75%", "75", 75, "percent", "%", approx="over",
        subject="thu tiền sử dụng đất so với dự toán", optional=True),
    fig("; 9 địa phương", "9", 9, "count", "địa phương",
        subject="địa phương đạt dưới 50% dự toán thu tiền sử dụng đất", period=inh(M10)),
    fig("dưới 50%", "50", 50, "percent", "%", approx="under",
        subject="thu tiền sử dụng đất so với dự toán", optional=True),
    fig("khoảng 4.600 cuộc", "4.600", 4600, "count", "cuộc đấu giá", approx="about",
        change=chg("increase", 1.5, "lần", "cùng kỳ", approx="over"),
        subject="cuộc đấu giá quyền sử dụng đất tổ chức", period=M9),
    fig("khoảng 8%", "8", 8, "percent", "%", approx="about",
        subject="số lô đất trúng đấu giá bị bỏ cọc", period=M9),
    fig("khoảng 170.000 tỷ", "170.000", 170000e9, "money", "đồng", approx="about", status="forecast",
        change=chg("increase", 6.3, "%", "dự toán"), subject="thu tiền sử dụng đất", period=YEAR),
]

NOTES = [
    "Ministry site (Bộ Tài chính): breadcrumb, 'Ngày đăng: 12/11/2024 | Nguồn: …', related links, address footer with phone.",
    "Distractors: Luật Đất đai số 31/2024/QH15, Nghị định số 71/2024/NĐ-CP, 'năm 2025' in a link, 'Số 28 Trần Hưng Đạo', '(024) 2220 2828'.",
    "Default location Việt Nam (national totals, counts of provinces). List 'Hà Nội (31.250 tỷ đồng), …' → each item a figure,",
    "subject = the list's indicator, place → location; no cue in that sentence → actual; period inherited from the previous paragraph.",
    "'Thu tiền sử dụng đất chiếm khoảng 10,7% tổng thu nội địa' is its own sentence → a required percent figure.",
    "Thresholds 'trên 75%', 'dưới 50%' that define the counted group are optional (as in the shared gold's 'đạt trên 50% dự toán').",
    "'tăng hơn 1,5 lần so với cùng kỳ' → change in lần, approx over. 'vượt 6,3% dự toán' → change with baseline dự toán. 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1330-6", TEXT, NOTES, FIGS, published="2024-11-12", location="Việt Nam")
