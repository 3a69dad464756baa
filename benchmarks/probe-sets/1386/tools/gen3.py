"""p1386-3: ministry site (Bộ LĐ-TB&XH): national social insurance arrears to 30/6/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Bảo hiểm xã hội

Chậm đóng BHXH hơn 16 nghìn tỷ đồng, ảnh hưởng quyền lợi gần 1,3 triệu lao động
15/07/2024 | 09:30 | Vụ Bảo hiểm xã hội

Ngày 12/7, Bộ Lao động - Thương binh và Xã hội phối hợp với BHXH Việt Nam tổ chức hội nghị trực tuyến về giải pháp giảm chậm đóng BHXH, BHYT, bảo hiểm thất nghiệp (BHTN).

Theo báo cáo, tính đến ngày 30/6/2024, cả nước có 16.420 tỷ đồng chậm đóng BHXH, BHYT, BHTN, chiếm 3,9% tổng số phải thu, giảm 1.150 tỷ đồng so với cùng kỳ năm 2023. Trong đó, số nợ khó thu khoảng 8.700 tỷ đồng của hơn 36.000 doanh nghiệp đã giải thể, phá sản hoặc bỏ trốn. Số lao động bị ảnh hưởng quyền lợi do doanh nghiệp chậm đóng là gần 1,3 triệu người.

Các địa phương có số chậm đóng lớn nhất là TP Hồ Chí Minh (2.150 tỷ đồng), Hà Nội (1.870 tỷ đồng), Bình Dương (960 tỷ đồng) và Đồng Nai (715 tỷ đồng).

Trong 6 tháng đầu năm, cơ quan BHXH đã thanh tra, kiểm tra 12.480 đơn vị, phát hiện 5.312 đơn vị vi phạm, yêu cầu truy thu 1.405 tỷ đồng; các đơn vị đã nộp 1.036 tỷ đồng, đạt 73,7%. Cơ quan chức năng đã khởi tố 11 vụ án về tội trốn đóng BHXH theo Điều 216 Bộ luật Hình sự.

Thứ trưởng Nguyễn Minh Tuấn cho biết, Luật BHXH số 41/2024/QH15, có hiệu lực từ ngày 1/7/2025, dành riêng Chương V quy định về chậm đóng, trốn đóng. Mục tiêu đến năm 2025, tỷ lệ chậm đóng giảm xuống dưới 3% số phải thu; đến năm 2030 có khoảng 60% lực lượng lao động trong độ tuổi tham gia BHXH, trong đó lao động khu vực phi chính thức tham gia BHXH tự nguyện chiếm khoảng 5%.

Chia sẻ | In bài | Về đầu trang
"""

ASOF = per("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("hơn 16 nghìn tỷ", "16", 16e12, "money", "đồng", approx="over",
        subject="chậm đóng BHXH"),
    fig("gần 1,3 triệu lao động", "1,3", 1.3e6, "count", "lao động", approx="nearly",
        subject="lao động bị ảnh hưởng quyền lợi"),
    fig("có 16.420 tỷ", "16.420", 16420e9, "money", "đồng", percent=3.9,
        change=chg("decrease", 1150e9, "đồng", "cùng kỳ năm 2023"),
        subject="chậm đóng BHXH, BHYT, BHTN", period=ASOF),
    fig("khoảng 8.700 tỷ", "8.700", 8700e9, "money", "đồng", approx="about", total=16420e9,
        subject="số nợ khó thu", period=inh(ASOF)),
    fig("hơn 36.000 doanh nghiệp", "36.000", 36000, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp đã giải thể, phá sản hoặc bỏ trốn", period=inh(ASOF)),
    fig("gần 1,3 triệu người", "1,3", 1.3e6, "count", "người", approx="nearly",
        subject="số lao động bị ảnh hưởng quyền lợi do doanh nghiệp chậm đóng", period=inh(ASOF)),
    fig("(2.150 tỷ", "2.150", 2150e9, "money", "đồng", subject="số chậm đóng",
        location="TP Hồ Chí Minh", period=inh(ASOF)),
    fig("(1.870 tỷ", "1.870", 1870e9, "money", "đồng", subject="số chậm đóng",
        location="Hà Nội", period=inh(ASOF)),
    fig("(960 tỷ", "960", 960e9, "money", "đồng", subject="số chậm đóng",
        location="Bình Dương", period=inh(ASOF)),
    fig("(715 tỷ", "715", 715e9, "money", "đồng", subject="số chậm đóng",
        location="Đồng Nai", period=inh(ASOF)),
    fig("kiểm tra 12.480 đơn vị", "12.480", 12480, "count", "đơn vị",
        subject="đơn vị được thanh tra, kiểm tra", period=H1),
    fig("phát hiện 5.312 đơn vị", "5.312", 5312, "count", "đơn vị",
        subject="đơn vị vi phạm", period=H1),
    fig("truy thu 1.405 tỷ", "1.405", 1405e9, "money", "đồng",
        subject="số tiền yêu cầu truy thu", period=H1),
    fig("nộp 1.036 tỷ", "1.036", 1036e9, "money", "đồng", percent=73.7,
        subject="số tiền các đơn vị đã nộp", period=H1),
    fig("khởi tố 11 vụ án", "11", 11, "count", "vụ án",
        subject="vụ án về tội trốn đóng BHXH bị khởi tố", period=inh(H1)),
    fig("dưới 3%", "3", 3, "percent", "%", approx="under", status="target",
        subject="tỷ lệ chậm đóng", period=T25),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about", status="target",
        subject="lực lượng lao động trong độ tuổi tham gia BHXH", period=T30),
    fig("chiếm khoảng 5%", "5", 5, "percent", "%", approx="about", status="target",
        subject="lao động khu vực phi chính thức tham gia BHXH tự nguyện", period=T30),
]

NOTES = [
    "Ministry site (Bộ LĐ-TB&XH): breadcrumb, '15/07/2024 | 09:30 | Vụ Bảo hiểm xã hội', share footer. National figures: location Việt Nam.",
    "Distractors: 09:30, 'Ngày 12/7', Luật BHXH số 41/2024/QH15, 'từ ngày 1/7/2025', 'Chương V', 'Điều 216 Bộ luật Hình sự'.",
    "Headline figures (hơn 16 nghìn tỷ, gần 1,3 triệu) have no period phrase. The headline's 1,3 triệu lao động and the body's 1,3 triệu người are two mentions.",
    "16.420 tỷ: 'chiếm 3,9%' → percent; 'giảm 1.150 tỷ đồng so với cùng kỳ năm 2023' → change (multiplier applied).",
    "'Trong đó' after a sentence break: 8.700 tỷ takes total 16.420 tỷ; the 36.000 firms count another thing, so no total.",
    "Bracketed list of provinces (no cue that they add up to the national total): location = the province, subject = the list's indicator, no total.",
    "'đạt 73,7%' is the percent of 1.036 tỷ (1.036/1.405). 'phát hiện 5.312 đơn vị vi phạm' has no part-of cue: no total.",
    "'Mục tiêu đến năm 2025 …; đến năm 2030 …' → target, periods with start null. The 5% after 'trong đó … chiếm' follows another percent: its own figure.",
]

if __name__ == "__main__":
    write("p1386-3", TEXT, NOTES, FIGS, published="2024-07-15", location="Việt Nam")
