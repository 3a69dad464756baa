"""p1263-4: ministry site (Bộ NN&PTNT, Cục Thú y): national rabies situation 2023, provinces list, national programme targets."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thú y

Năm 2023, cả nước có 82 người tử vong do bệnh dại

15/03/2024 | 09:20 | Cục Thú y

Theo Cục Thú y, năm 2023 cả nước ghi nhận 82 người tử vong do bệnh dại tại 29 tỉnh, thành phố, tăng 12 trường hợp so với năm 2022 (70 ca). Các địa phương có nhiều người tử vong là Gia Lai (12 ca), Đắk Lắk (8 ca), Nghệ An (7 ca) và Sơn La (6 ca).

Bệnh dại trên động vật xảy ra tại 215 xã thuộc 38 tỉnh, thành phố, làm 486 con chó, mèo mắc bệnh. Cả nước có hơn 532.000 lượt người phải tiêm vắc xin phòng dại sau khi bị chó, mèo cắn, tăng khoảng 4% so với năm trước.

Tổng đàn chó, mèo cả nước ước khoảng 7,1 triệu con, nhưng tỷ lệ tiêm phòng mới đạt 42,5%, trong khi để tạo miễn dịch quần thể cần tiêm cho ít nhất 70% số chó. Năm 2023, các địa phương đã sử dụng khoảng 2,8 triệu liều vắc xin dại, trong đó vắc xin sản xuất trong nước chiếm 65%.

Theo Chương trình quốc gia phòng, chống bệnh dại giai đoạn 2022-2030, mục tiêu đến năm 2025 có 80% số tỉnh giảm 50% số người tử vong do bệnh dại so với giai đoạn 2017-2021 và đến năm 2030 tỷ lệ tiêm phòng dại cho đàn chó đạt trên 70%.

Cục Thú y đề nghị các địa phương tổ chức tiêm phòng tập trung vào tháng 3-4 hằng năm, xử lý nghiêm chó thả rông theo Nghị định số 04/2020/NĐ-CP. Năm 2024, Bộ dự kiến hỗ trợ 1,5 triệu liều vắc xin dại từ nguồn dự trữ quốc gia cho 20 tỉnh có nguy cơ cao.

Tin cùng chuyên mục:
- Hướng dẫn phòng, chống dịch tả lợn châu Phi năm 2024
- Hội nghị triển khai Thông tư số 07/2016/TT-BNNPTNT

CỤC THÚ Y - Số 15 ngõ 78 đường Giải Phóng, Đống Đa, Hà Nội
Điện thoại: 024.3869.6788
"""

Y23H = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = per("năm 2022", "2022-01-01", "2022-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
BY25 = per("đến năm 2025", None, "2025-12-31")
BY30 = per("đến năm 2030", None, "2030-12-31")
DEATHS = "người tử vong do bệnh dại"

FIGS = [
    fig("cả nước có 82 người", "82", 82, "count", "người", subject=DEATHS, period=Y23H),
    fig("ghi nhận 82 người", "82", 82, "count", "người",
        change=chg("increase", 12, "trường hợp", "năm 2022"), subject=DEATHS, period=Y23),
    fig("tại 29 tỉnh", "29", 29, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có người tử vong do bệnh dại", period=Y23),
    fig("(70 ca)", "70", 70, "count", "ca", subject=DEATHS, period=Y22),
    fig("Gia Lai (12 ca)", "12", 12, "count", "ca", subject="người tử vong", period=inh(Y23), location="Gia Lai"),
    fig("Đắk Lắk (8 ca)", "8", 8, "count", "ca", subject="người tử vong", period=inh(Y23), location="Đắk Lắk"),
    fig("Nghệ An (7 ca)", "7", 7, "count", "ca", subject="người tử vong", period=inh(Y23), location="Nghệ An"),
    fig("Sơn La (6 ca)", "6", 6, "count", "ca", subject="người tử vong", period=inh(Y23), location="Sơn La"),
    fig("tại 215 xã", "215", 215, "count", "xã", subject="xã có bệnh dại trên động vật", period=inh(Y23)),
    fig("thuộc 38 tỉnh", "38", 38, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có bệnh dại trên động vật", period=inh(Y23)),
    fig("làm 486 con", "486", 486, "count", "con", subject="chó, mèo mắc bệnh dại", period=inh(Y23)),
    fig("hơn 532.000 lượt", "532.000", 532000, "count", "lượt người", approx="over",
        change=chg("increase", 4, "%", "năm trước", approx="about"),
        subject="lượt người phải tiêm vắc xin phòng dại sau khi bị chó, mèo cắn", period=inh(Y23)),
    fig("khoảng 7,1 triệu", "7,1", 7.1e6, "count", "con", approx="about", status="estimate",
        subject="tổng đàn chó, mèo cả nước"),
    fig("đạt 42,5%", "42,5", 42.5, "percent", "%", subject="tỷ lệ tiêm phòng"),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", optional=True,
        subject="số chó cần tiêm để tạo miễn dịch quần thể"),
    fig("khoảng 2,8 triệu", "2,8", 2.8e6, "count", "liều", approx="about",
        subject="liều vắc xin dại các địa phương đã sử dụng", period=Y23b),
    fig("chiếm 65%", "65", 65, "percent", "%",
        subject="vắc xin sản xuất trong nước trong số liều vắc xin dại đã sử dụng", period=Y23b),
    fig("có 80% số tỉnh", "80", 80, "percent", "%", status="target",
        subject="số tỉnh giảm 50% số người tử vong do bệnh dại", period=BY25),
    fig("giảm 50% số", "50", 50, "percent", "%", status="target",
        subject="mức giảm số người tử vong do bệnh dại so với giai đoạn 2017-2021", period=BY25),
    fig("đạt trên 70%", "70", 70, "percent", "%", approx="over", status="target",
        subject="tỷ lệ tiêm phòng dại cho đàn chó", period=BY30),
    fig("hỗ trợ 1,5 triệu", "1,5", 1.5e6, "count", "liều", status="forecast",
        subject="liều vắc xin dại Bộ hỗ trợ từ nguồn dự trữ quốc gia", period=Y24),
    fig("cho 20 tỉnh", "20", 20, "count", "tỉnh", status="forecast",
        subject="tỉnh có nguy cơ cao được hỗ trợ vắc xin", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, news of Cục Thú y): breadcrumb, '15/03/2024 | 09:20 | Cục Thú y', related links, address footer.",
    "Distractors: 09:20, 'giai đoạn 2022-2030', 'giai đoạn 2017-2021', 'tháng 3-4 hằng năm', 'Nghị định số 04/2020/NĐ-CP',",
    "'Thông tư số 07/2016/TT-BNNPTNT', 'năm 2024' in a link title, 'Số 15 ngõ 78', phone 024.3869.6788.",
    "National figures → Việt Nam; the list 'Gia Lai (12 ca), ...' gives each item its province as location, subject from the list intro.",
    "'tăng 12 trường hợp so với năm 2022 (70 ca)': 12 is the change; the bracketed 70 ca is the 2022 value, a figure of its own.",
    "'ước khoảng 7,1 triệu' → estimate + about; the 'nhưng ... mới đạt 42,5%' clause has its own verb → actual.",
    "'cần tiêm cho ít nhất 70% số chó' is a threshold for herd immunity, not a stated fact or target: optional.",
    "Programme targets: 'mục tiêu đến năm 2025 có 80% số tỉnh giảm 50% ...' gives two target percents (end 2025-12-31);",
    "'đến năm 2030 ... trên 70%' a third (end 2030-12-31). 'Năm 2024, Bộ dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1263-4", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
