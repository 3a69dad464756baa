"""p1331-1: province portal (Cổng TTĐT tỉnh Bắc Ninh): social housing progress to 31/7/2024, 7 months, targets, loans."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bắc Ninh: 7 tháng đầu năm hoàn thành hơn 2.100 căn nhà ở xã hội

Cập nhật: 14/08/2024 09:30 | Lượt xem: 3.128

Theo Sở Xây dựng, tính đến ngày 31/7/2024, trên địa bàn tỉnh đã hoàn thành 21 dự án nhà ở xã hội với 13.460 căn hộ, tổng diện tích sàn khoảng 1,02 triệu m2. Riêng 7 tháng đầu năm 2024, các chủ đầu tư hoàn thành, đưa vào sử dụng 2.136 căn, tăng 18,5% so với cùng kỳ năm 2023, bằng 61% kế hoạch năm.

Hiện tỉnh đang triển khai 16 dự án khác với quy mô khoảng 17.800 căn, trong đó 9 dự án dành riêng cho công nhân các khu công nghiệp. Giá bán căn hộ dao động từ 11,5 đến 14,8 triệu đồng/m2, thấp hơn khoảng 40% so với nhà ở thương mại cùng khu vực.

Năm 2024, tỉnh phấn đấu hoàn thành 3.500 căn nhà ở xã hội; mục tiêu đến năm 2030 hoàn thành ít nhất 64.000 căn theo Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021-2030".

Về nguồn vốn, từ đầu năm đến nay, Chi nhánh Ngân hàng Chính sách xã hội tỉnh đã giải ngân 186 tỷ đồng cho 172 khách hàng vay mua, thuê mua nhà ở xã hội, mức cho vay bình quân khoảng 1,08 tỷ đồng/khách hàng. Với gói tín dụng 120.000 tỷ đồng, các ngân hàng thương mại trên địa bàn đã cam kết cho vay 2 dự án với tổng số tiền 1.350 tỷ đồng, đã giải ngân gần 410 tỷ đồng.

Tin liên quan:
- Khởi công Khu nhà ở công nhân Yên Phong II
- Hội nghị tuyên truyền Luật Nhà ở năm 2023
- Công bố danh sách dự án nhà ở xã hội quý III/2024
"""

P7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
ASOF = per("tính đến ngày 31/7/2024", None, "2024-07-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-08-14")

FIGS = [
    fig("hoàn thành hơn 2.100 căn", "2.100", 2100, "count", "căn", approx="over",
        subject="căn nhà ở xã hội hoàn thành", period=per("7 tháng đầu năm", "2024-01-01", "2024-07-31")),
    fig("hoàn thành 21 dự án", "21", 21, "count", "dự án", subject="dự án nhà ở xã hội đã hoàn thành", period=ASOF),
    fig("với 13.460 căn hộ", "13.460", 13460, "count", "căn hộ", subject="căn hộ nhà ở xã hội đã hoàn thành",
        period=ASOF),
    fig("khoảng 1,02 triệu m2", "1,02", 1.02e6, "measure", "m2", approx="about",
        subject="tổng diện tích sàn nhà ở xã hội đã hoàn thành", period=ASOF),
    fig("sử dụng 2.136 căn", "2.136", 2136, "count", "căn", percent=61,
        change=chg("increase", 18.5, "%", "cùng kỳ năm 2023"),
        subject="căn nhà ở xã hội các chủ đầu tư hoàn thành, đưa vào sử dụng", period=P7),
    fig("triển khai 16 dự án", "16", 16, "count", "dự án", subject="dự án nhà ở xã hội đang triển khai"),
    fig("khoảng 17.800 căn", "17.800", 17800, "count", "căn", approx="about",
        subject="quy mô các dự án nhà ở xã hội đang triển khai"),
    fig("trong đó 9 dự án", "9", 9, "count", "dự án", total=16,
        subject="dự án nhà ở xã hội dành riêng cho công nhân các khu công nghiệp"),
    fig("từ 11,5 đến 14,8", "11,5", 11.5e6, "money", "đồng/m2", value_max=14.8e6,
        change=chg("decrease", 40, "%", "nhà ở thương mại cùng khu vực", approx="about"),
        subject="giá bán căn hộ nhà ở xã hội"),
    fig("phấn đấu hoàn thành 3.500 căn", "3.500", 3500, "count", "căn", status="target",
        subject="căn nhà ở xã hội hoàn thành", period=Y24),
    fig("ít nhất 64.000 căn", "64.000", 64000, "count", "căn", approx="at_least", status="target",
        subject="căn nhà ở xã hội hoàn thành", period=TO30),
    fig("ít nhất 1 triệu căn hộ", "1", 1e6, "count", "căn hộ", approx="at_least", status="target",
        subject="căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp",
        period=per("giai đoạn 2021-2030", "2021-01-01", "2030-12-31"), location="Việt Nam", optional=True),
    fig("giải ngân 186 tỷ", "186", 186e9, "money", "đồng",
        subject="vốn Chi nhánh Ngân hàng Chính sách xã hội tỉnh giải ngân cho vay mua, thuê mua nhà ở xã hội",
        period=YTD),
    fig("cho 172 khách hàng", "172", 172, "count", "khách hàng",
        subject="khách hàng vay mua, thuê mua nhà ở xã hội", period=YTD),
    fig("khoảng 1,08 tỷ", "1,08", 1.08e9, "money", "đồng/khách hàng", approx="about",
        subject="mức cho vay bình quân", period=YTD),
    fig("gói tín dụng 120.000 tỷ", "120.000", 120000e9, "money", "đồng", location="Việt Nam",
        subject="gói tín dụng", optional=True),
    fig("cho vay 2 dự án", "2", 2, "count", "dự án",
        subject="dự án được các ngân hàng thương mại cam kết cho vay"),
    fig("tổng số tiền 1.350 tỷ", "1.350", 1350e9, "money", "đồng",
        subject="tổng số tiền các ngân hàng thương mại cam kết cho vay"),
    fig("gần 410 tỷ", "410", 410e9, "money", "đồng", approx="nearly",
        subject="số tiền các ngân hàng thương mại đã giải ngân"),
]

NOTES = [
    "Province portal (Bắc Ninh): breadcrumb, headline figure, 'Cập nhật: 14/08/2024 09:30 | Lượt xem: 3.128', related links.",
    "Distractors: Lượt xem 3.128, time 09:30, 'Yên Phong II', 'Luật Nhà ở năm 2023', 'quý III/2024' in link titles,",
    "'giai đoạn 2021-2030', baseline 'cùng kỳ năm 2023'.",
    "Headline '7 tháng đầu năm' takes the year of the dateline (2024).",
    "'2.136 căn, tăng 18,5% ..., bằng 61% kế hoạch năm': change + percent attribute (61% of the unstated plan; no target value).",
    "'thấp hơn khoảng 40% so với nhà ở thương mại' is a change of the price range (baseline = commercial housing).",
    "'1 triệu căn hộ' stands inside the title of the national Đề án: a name, but also the national target -> optional.",
    "'gói tín dụng 120.000 tỷ đồng' names the package here -> optional.",
    "'từ đầu năm đến nay' ends at the dateline 2024-08-14. The package sentence has no period of its own.",
]

if __name__ == "__main__":
    write("p1331-1", TEXT, NOTES, FIGS, published="2024-08-14", location="Bắc Ninh")
