"""p1540-2: district portal (huyện Đức Hòa, Long An): a paper packaging company opens a new plant; district firms."""
from lib import fig, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Tỉnh Long An
Trang chủ / Tin tức - Sự kiện / Kinh tế

Doanh nghiệp bao bì giấy ở Đức Hòa mở rộng sản xuất
14/05/2024 - 10:20

Công ty cổ phần Bao bì giấy Tân Phú Long tại Khu công nghiệp Hải Sơn, xã Đức Hòa Hạ vừa khánh thành nhà xưởng mới rộng 2,4 ha, tổng vốn đầu tư 320 tỷ đồng. Nhà máy có hai dây chuyền sản xuất thùng carton và một dây chuyền sản xuất túi giấy kraft, tổng công suất khoảng 60.000 tấn/năm.

Năm 2023, công ty sản xuất 38.500 tấn bao bì, vượt 7% kế hoạch; doanh thu đạt 610 tỷ đồng, tăng 14% so với năm 2022; nộp ngân sách hơn 27 tỷ đồng. Công ty đang sử dụng 356 lao động, trong đó 142 lao động nữ; thu nhập bình quân 9,5 triệu đồng/người/tháng, cao hơn 8% so với năm trước.

Trong 4 tháng đầu năm 2024, công ty tiêu thụ khoảng 14.200 tấn sản phẩm, trong đó túi giấy chiếm gần 18%. Năm nay, công ty phấn đấu đạt doanh thu 700 tỷ đồng và dự kiến tuyển thêm từ 40 đến 50 lao động.

Theo Phòng Kinh tế huyện, trên địa bàn huyện hiện có 23 doanh nghiệp sản xuất bao bì giấy, gồm 5 doanh nghiệp có vốn đầu tư nước ngoài và 18 doanh nghiệp trong nước, giải quyết việc làm cho khoảng 4.600 lao động. Huyện phấn đấu đến năm 2025 có 100% chợ, siêu thị trên địa bàn sử dụng túi giấy, túi thân thiện môi trường thay cho túi ni lông.

Nguồn: Trung tâm Văn hóa, Thể thao và Truyền thanh huyện
Tin khác:
- Đức Hòa ra quân Tháng hành động vì môi trường năm 2024
- Sơ kết 6 tháng đầu năm khối thi đua số 2
Địa chỉ: Số 2 đường Trần Văn Nam, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An | ĐT: 0272.3850.211
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
M4 = period("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
NOW = period("Năm nay", "2024-01-01", "2024-12-31")
BY25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("rộng 2,4 ha", "2,4", 2.4, "measure", "ha", subject="diện tích nhà xưởng mới"),
    fig("vốn đầu tư 320 tỷ", "320", 320e9, "money", "đồng", subject="tổng vốn đầu tư nhà xưởng mới"),
    fig("có hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền sản xuất thùng carton"),
    fig("và một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền sản xuất túi giấy kraft"),
    fig("khoảng 60.000 tấn/năm", "60.000", 60000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất nhà máy"),
    fig("sản xuất 38.500 tấn", "38.500", 38500, "measure", "tấn",
        change=change("increase", 7, "%", "kế hoạch"), subject="bao bì công ty sản xuất", period=Y23),
    fig("đạt 610 tỷ", "610", 610e9, "money", "đồng", change=change("increase", 14, "%", "năm 2022"),
        subject="doanh thu công ty", period=Y23),
    fig("hơn 27 tỷ", "27", 27e9, "money", "đồng", approx="over", subject="nộp ngân sách của công ty", period=Y23),
    fig("sử dụng 356 lao động", "356", 356, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("142 lao động nữ", "142", 142, "count", "lao động", total=356, subject="lao động nữ"),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        change=change("increase", 8, "%", "năm trước"), subject="thu nhập bình quân của lao động"),
    fig("khoảng 14.200 tấn", "14.200", 14200, "measure", "tấn", approx="about",
        subject="sản phẩm công ty tiêu thụ", period=M4),
    fig("chiếm gần 18%", "18", 18, "percent", "%", approx="nearly",
        subject="tỷ trọng túi giấy trong sản phẩm tiêu thụ", period=M4),
    fig("doanh thu 700 tỷ", "700", 700e9, "money", "đồng", status="target", subject="doanh thu công ty", period=NOW),
    fig("từ 40 đến 50", "40", 40, "count", "lao động", value_max=50, status="forecast",
        subject="lao động công ty tuyển thêm", period=NOW),
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bao bì giấy"),
    fig("gồm 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("và 18 doanh nghiệp", "18", 18, "count", "doanh nghiệp", total=23, subject="doanh nghiệp trong nước"),
    fig("khoảng 4.600 lao động", "4.600", 4600, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp bao bì giấy giải quyết việc làm"),
    fig("có 100% chợ", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ chợ, siêu thị sử dụng túi giấy, túi thân thiện môi trường", period=BY25),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner naming the district, breadcrumb, '14/05/2024 - 10:20' under the headline,",
    "'Nguồn:', 'Tin khác', address footer with phone. Location Đức Hòa (the district the portal and the text name) for all figures.",
    "Distractors: 10:20, 'Khu công nghiệp Hải Sơn', 'năm 2024' and '6 tháng đầu năm', 'khối thi đua số 2' in links, 'Số 2 đường",
    "Trần Văn Nam', phone 0272.3850.211.",
    "'vượt 7% kế hoạch' is a gap to plan: a change with baseline 'kế hoạch'. 'cao hơn 8% so với năm trước' is the wage's change.",
    "'Năm 2023, ...; ...; ...' one sentence: the year governs all three clauses. '356 lao động' ('đang sử dụng') and the wage have no period.",
    "'trong đó 142 lao động nữ' → total 356; 'gồm 5 ... và 18 ...' → total 23. 'trong đó túi giấy chiếm gần 18%' is a percent figure of its own.",
    "'Năm nay' = 2024 (published). 'phấn đấu' → target; 'dự kiến' governs its own clause → forecast. 'đến năm 2025' → start null.",
]

if __name__ == "__main__":
    write("p1540-2", TEXT, NOTES, FIGS, published="2024-05-14", location="Đức Hòa")
