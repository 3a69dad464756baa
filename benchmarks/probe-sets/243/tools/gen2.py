from lib import *

text = """BÁO THÁI BÌNH ĐIỆN TỬ
Xã hội | Lao động - Việc làm

Thưởng Tết năm 2025: công nhân dệt may bình quân 6,8 triệu đồng/người
THU HIỀN 16:45, 10/01/2025

(TBO) - Theo báo cáo của Liên đoàn Lao động tỉnh, đến ngày 8/1/2025 đã có 1.246/1.580 doanh nghiệp gửi báo cáo về tình hình tiền lương, thưởng Tết Nguyên đán Ất Tỵ, chiếm 78,9% tổng số doanh nghiệp có tổ chức công đoàn. Trong đó, ngành dệt may, da giày có 412 doanh nghiệp với khoảng 98.500 lao động.

Mức thưởng Tết Nguyên đán năm 2025 bình quân của khối doanh nghiệp dệt may là 6,8 triệu đồng/người, tăng 9,7% so với Tết năm 2024; mức thưởng cao nhất 85 triệu đồng/người thuộc về một doanh nghiệp FDI sản xuất sợi, thấp nhất 1,5 triệu đồng/người.

Xét theo loại hình, doanh nghiệp nhà nước có mức thưởng bình quân 8,2 triệu đồng/người; doanh nghiệp ngoài nhà nước 5,9 triệu đồng/người; doanh nghiệp có vốn đầu tư nước ngoài 7,4 triệu đồng/người. Vẫn còn 23 doanh nghiệp chưa xây dựng phương án thưởng Tết do khó khăn về đơn hàng.

Về tiền lương, thu nhập bình quân năm 2024 của người lao động ngành dệt may đạt khoảng 7,6 triệu đồng/người/tháng. Mức lương tối thiểu vùng III áp dụng tại các huyện của tỉnh hiện là 3.860.000 đồng/tháng (theo Nghị định số 74/2024/NĐ-CP).

Dịp Tết này, Liên đoàn Lao động tỉnh dự kiến trao 3.500 suất quà, tổng trị giá gần 2,8 tỷ đồng cho đoàn viên, công nhân có hoàn cảnh khó khăn; mỗi suất trị giá 800.000 đồng gồm tiền mặt và hiện vật.

Người lao động cần phản ánh về việc chậm trả lương, thưởng có thể gọi đường dây nóng 0227.3831.568 hoặc đến trụ sở tại số 199 đường Lê Lợi, thành phố Thái Bình.
"""

Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Y25i = per("năm 2025", "2025-01-01", "2025-12-31", inh=True)
A81 = per("đến ngày 8/1/2025", None, "2025-01-08")
A81i = per("đến ngày 8/1/2025", None, "2025-01-08", inh=True)
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T25i = per("Tết Nguyên đán năm 2025", "2025-01-01", "2025-12-31", inh=True)
figs = [
    fig("bình quân 6,8 triệu đồng/người\nTHU", "6,8", 6.8e6, "money", "đồng/người",
        "thưởng Tết công nhân dệt may bình quân", Y25),
    fig("1.246/1.580 doanh nghiệp", "1.246", 1246, "count", "doanh nghiệp",
        "doanh nghiệp gửi báo cáo về tình hình tiền lương, thưởng Tết", A81, total=1580, percent=78.9),
    fig("có 412 doanh nghiệp", "412", 412, "count", "doanh nghiệp", "doanh nghiệp ngành dệt may, da giày", A81i,
        total=1246),
    fig("khoảng 98.500 lao động", "98.500", 98500, "count", "lao động", "lao động ngành dệt may, da giày", A81i,
        approx="about"),
    fig("là 6,8 triệu đồng/người", "6,8", 6.8e6, "money", "đồng/người",
        "mức thưởng Tết bình quân của khối doanh nghiệp dệt may", Y25,
        change=chg("increase", 9.7, baseline="Tết năm 2024")),
    fig("cao nhất 85 triệu đồng/người", "85", 85e6, "money", "đồng/người", "mức thưởng cao nhất", Y25),
    fig("thấp nhất 1,5 triệu đồng/người", "1,5", 1.5e6, "money", "đồng/người", "mức thưởng thấp nhất", Y25),
    fig("bình quân 8,2 triệu đồng/người", "8,2", 8.2e6, "money", "đồng/người",
        "mức thưởng bình quân doanh nghiệp nhà nước", Y25i),
    fig("nhà nước 5,9 triệu đồng/người", "5,9", 5.9e6, "money", "đồng/người",
        "mức thưởng bình quân doanh nghiệp ngoài nhà nước", Y25i),
    fig("ngoài 7,4 triệu đồng/người", "7,4", 7.4e6, "money", "đồng/người",
        "mức thưởng bình quân doanh nghiệp có vốn đầu tư nước ngoài", Y25i),
    fig("còn 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", "doanh nghiệp chưa xây dựng phương án thưởng Tết", Y25i),
    fig("khoảng 7,6 triệu đồng", "7,6", 7.6e6, "money", "đồng/người/tháng",
        "thu nhập bình quân của người lao động ngành dệt may", Y24, approx="about"),
    fig("là 3.860.000 đồng/tháng", "3.860.000", 3860000, "money", "đồng/tháng", "mức lương tối thiểu vùng III",
        per("năm 2024", "2024-01-01", "2024-12-31", inh=True)),
    fig("trao 3.500 suất quà", "3.500", 3500, "count", "suất quà", "suất quà cho đoàn viên, công nhân có hoàn cảnh khó khăn",
        T25i, status="forecast"),
    fig("gần 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "tổng trị giá quà", T25i, approx="nearly", status="forecast"),
    fig("trị giá 800.000 đồng", "800.000", 800000, "money", "đồng", "trị giá mỗi suất quà", T25i, status="forecast"),
]
emit("p243-2", text, [
    "Báo Thái Bình (Party newspaper): Tết 2025 bonuses of textile and garment workers. Byline + 'hh:mm, dd/mm/yyyy' dateline.",
    "Distractors: 'Ất Tỵ', 'vùng III', 'Nghị định số 74/2024/NĐ-CP', hotline 0227.3831.568, 'số 199 đường Lê Lợi', dateline.",
    "'1.246/1.580 doanh nghiệp ..., chiếm 78,9%': total 1580 and percent 78.9. '412 doanh nghiệp' after 'Trong đó' is part of 1.246.",
    "Bonus figures take 'năm 2025' (the Tết of 2025) where it is in the sentence; the ownership list inherits it.",
    "'dự kiến trao 3.500 suất quà ...; mỗi suất trị giá 800.000 đồng': the cue governs the continuing clause (forecast).",
], figs, published="2025-01-10", location="Thái Bình")
