"""p1145-4: ministry site (Bộ VHTTDL / Cục Du lịch Quốc gia Việt Nam): national adventure tourism safety, 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Du lịch

Nâng cao an toàn trong kinh doanh du lịch mạo hiểm

05/06/2025 09:30 | In bài | Gửi email

Theo Cục Du lịch Quốc gia Việt Nam, năm 2024 cả nước có 312 doanh nghiệp lữ hành cung cấp sản phẩm du lịch mạo hiểm, tăng 14,7% so với năm 2023, tập trung chủ yếu tại các tỉnh miền núi phía Bắc và Tây Nguyên. Các địa phương có nhiều tuyến du lịch mạo hiểm được công bố nhất lần lượt là Lào Cai (12 tuyến), Hà Giang (9 tuyến), Quảng Bình (8 tuyến) và Lâm Đồng (7 tuyến).

Năm 2024, các loại hình du lịch mạo hiểm như leo núi, trekking, vượt thác, dù lượn, khám phá hang động đón khoảng 1,6 triệu lượt khách, chiếm 1,2% tổng lượt khách du lịch. Trong đó, khách quốc tế ước khoảng 410.000 lượt.

Cũng trong năm 2024, toàn quốc ghi nhận 37 vụ tai nạn liên quan đến hoạt động du lịch mạo hiểm, làm 11 người tử vong (giảm 4 người so với năm 2023) và 42 người bị thương; trong đó 21 vụ xảy ra trên các tuyến trekking, leo núi.

Theo quy định hiện hành, người hướng dẫn du lịch mạo hiểm phải có chứng chỉ sơ cấp cứu; với tuyến leo núi có độ cao trên 2.000 m, tỷ lệ tối thiểu là 1 hướng dẫn viên trên 10 khách. Doanh nghiệp phải mua bảo hiểm cho khách trong suốt thời gian tham gia hoạt động.

Cục Du lịch Quốc gia Việt Nam đặt mục tiêu đến năm 2030 có ít nhất 50% doanh nghiệp kinh doanh du lịch mạo hiểm áp dụng hệ thống quản lý an toàn theo tiêu chuẩn ISO 21101; mỗi năm tổ chức từ 3 đến 5 lớp tập huấn cứu hộ cho hướng dẫn viên.

Nguồn: Cục Du lịch Quốc gia Việt Nam
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3943.8231
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24c = per("Cũng trong năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
LIST = "tuyến du lịch mạo hiểm được công bố"

FIGS = [
    fig("có 312 doanh nghiệp", "312", 312, "count", "doanh nghiệp lữ hành",
        change=chg("increase", 14.7, "%", "năm 2023"),
        subject="doanh nghiệp lữ hành cung cấp sản phẩm du lịch mạo hiểm", period=Y24),
    fig("Lào Cai (12 tuyến)", "12", 12, "count", "tuyến", subject=LIST, location="Lào Cai", period=inh(Y24)),
    fig("Hà Giang (9 tuyến)", "9", 9, "count", "tuyến", subject=LIST, location="Hà Giang", period=inh(Y24)),
    fig("Quảng Bình (8 tuyến)", "8", 8, "count", "tuyến", subject=LIST, location="Quảng Bình", period=inh(Y24)),
    fig("Lâm Đồng (7 tuyến)", "7", 7, "count", "tuyến", subject=LIST, location="Lâm Đồng", period=inh(Y24)),
    fig("khoảng 1,6 triệu", "1,6", 1600000, "count", "lượt khách", approx="about", percent=1.2,
        subject="lượt khách các loại hình du lịch mạo hiểm", period=Y24b),
    fig("ước khoảng 410.000", "410.000", 410000, "count", "lượt", approx="about", status="estimate",
        total=1600000, subject="lượt khách quốc tế du lịch mạo hiểm", period=inh(Y24b)),
    fig("ghi nhận 37 vụ", "37", 37, "count", "vụ tai nạn",
        subject="vụ tai nạn liên quan đến hoạt động du lịch mạo hiểm", period=Y24c),
    fig("làm 11 người", "11", 11, "count", "người", change=chg("decrease", 4, "người", "năm 2023"),
        subject="người tử vong do tai nạn du lịch mạo hiểm", period=Y24c),
    fig("và 42 người", "42", 42, "count", "người", subject="người bị thương do tai nạn du lịch mạo hiểm", period=Y24c),
    fig("trong đó 21 vụ", "21", 21, "count", "vụ", total=37,
        subject="vụ tai nạn xảy ra trên các tuyến trekking, leo núi", period=Y24c),
    fig("trên 2.000 m", "2.000", 2000, "measure", "m", approx="over", optional=True,
        subject="độ cao tuyến leo núi"),
    fig("là 1 hướng dẫn viên", "1", 1, "measure", "hướng dẫn viên/10 khách", approx="at_least",
        subject="tỷ lệ hướng dẫn viên trên khách với tuyến leo núi có độ cao trên 2.000 m"),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="doanh nghiệp kinh doanh du lịch mạo hiểm áp dụng hệ thống quản lý an toàn theo tiêu chuẩn ISO 21101",
        period=T30),
    fig("từ 3 đến 5 lớp", "3", 3, "measure", "lớp/năm", value_max=5, status="target",
        subject="lớp tập huấn cứu hộ cho hướng dẫn viên mỗi năm"),
]

NOTES = [
    "Ministry site (Bộ VHTTDL, source Cục Du lịch Quốc gia Việt Nam): national adventure tourism, 2024; '05/06/2025 09:30 | In bài'.",
    "National default location Việt Nam; the 'lần lượt là Lào Cai (12 tuyến) ...' items take their province as location, subject the list's indicator.",
    "'chiếm 1,2% tổng lượt khách' is the share (percent) of 1,6 triệu. '410.000' after 'Trong đó' counts the same lượt khách -> total 1,6 triệu; 'ước' -> estimate.",
    "'(giảm 4 người so với năm 2023)' is the change of '11 người' across the bracket. 11/42 people are not parts of 37 vụ (other noun).",
    "'trên 2.000 m' defines the route category (optional); '1 hướng dẫn viên trên 10 khách' is a rate: value 1, unit with the denominator.",
    "'mỗi năm tổ chức từ 3 đến 5 lớp' continues the 'đặt mục tiêu' clause after ';' -> target; no dated period (recurring): a yearly rate, kind measure, unit 'lớp/năm'.",
    "Distractors: ISO 21101, address 51 Ngô Quyền, phone 024.3943.8231, time 09:30, dateline.",
]

if __name__ == "__main__":
    write("p1145-4", TEXT, NOTES, FIGS, published="2025-06-05", location="Việt Nam")
