"""p738-8: commune portal (xã Cẩm Thanh, Hội An) — basket-boat (thuyền thúng) tourism, H1/2024."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẨM THANH - THÀNH PHỐ HỘI AN
Trang chủ » Tin tức » Kinh tế - Du lịch
Ngày đăng: 18/07/2024 | Lượt xem: 642

Cẩm Thanh: Thuyền thúng rừng dừa Bảy Mẫu đón hơn 680 nghìn lượt khách

6 tháng đầu năm 2024, Khu du lịch sinh thái rừng dừa Bảy Mẫu đón 683.250 lượt khách trải nghiệm thuyền thúng, tăng 27,3% so với cùng kỳ năm 2023; trong đó khách quốc tế 564.360 lượt, chiếm 82,6%. Nguồn thu phí tham quan 6 tháng đạt 4,26 tỷ đồng, bằng 56,8% dự toán năm.

Toàn xã hiện có 1.120 thúng tham gia phục vụ khách, do 9 hợp tác xã và tổ hợp tác quản lý, thu hút khoảng 1.350 lao động địa phương. Thu nhập bình quân của người chèo thúng đạt 7,5 triệu đồng/người/tháng, cao gấp 1,8 lần so với trước khi làm du lịch. Giá dịch vụ được niêm yết 150.000 đồng/khách, mỗi thúng chở không quá 2 khách.

Về an toàn, UBND xã phối hợp tổ chức 6 lớp tập huấn kỹ năng cứu đuối, sơ cấp cứu cho 1.080 người chèo thúng; 100% thúng được trang bị áo phao cho khách. Tuy nhiên, vẫn còn 42 thúng chưa được đăng ký, gắn số hiệu theo quy định.

Năm 2024, xã phấn đấu đón 1,3 triệu lượt khách; đến năm 2025 có 100% thúng được đăng ký, đánh số.

Ban Biên tập
Trụ sở UBND xã Cẩm Thanh: đường Thanh Niên, tổ 3, thôn Thanh Nhứt; ĐT: 0235.3926.158
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    fig("hơn 680 nghìn lượt khách", "680", 680000, "count", "lượt khách",
        "lượt khách trải nghiệm thuyền thúng rừng dừa Bảy Mẫu", approx="over"),
    fig("đón 683.250 lượt khách", "683.250", 683250, "count", "lượt khách",
        "lượt khách trải nghiệm thuyền thúng tại Khu du lịch sinh thái rừng dừa Bảy Mẫu", H1,
        change=chg("increase", 27.3, baseline="cùng kỳ năm 2023")),
    fig("quốc tế 564.360 lượt", "564.360", 564360, "count", "lượt", "khách quốc tế", H1, total=683250, percent=82.6),
    fig("đạt 4,26 tỷ đồng", "4,26", 4260000000, "money", "đồng", "nguồn thu phí tham quan",
        per("6 tháng", "2024-01-01", "2024-06-30"), percent=56.8),
    fig("có 1.120 thúng", "1.120", 1120, "count", "thúng", "thúng tham gia phục vụ khách"),
    fig("do 9 hợp tác xã", "9", 9, "count", "hợp tác xã và tổ hợp tác", "hợp tác xã và tổ hợp tác quản lý thúng"),
    fig("khoảng 1.350 lao động", "1.350", 1350, "count", "lao động", "lao động địa phương", approx="about"),
    fig("đạt 7,5 triệu", "7,5", 7500000, "money", "đồng/người/tháng", "thu nhập bình quân của người chèo thúng",
        change=chg("increase", 1.8, "lần", baseline="trước khi làm du lịch")),
    fig("niêm yết 150.000", "150.000", 150000, "money", "đồng/khách", "giá dịch vụ"),
    fig("không quá 2 khách", "2", 2, "measure", "khách/thúng", "khách mỗi thúng chở", approx="at_most"),
    fig("tổ chức 6 lớp", "6", 6, "count", "lớp", "lớp tập huấn kỹ năng cứu đuối, sơ cấp cứu"),
    fig("cho 1.080 người", "1.080", 1080, "count", "người", "người chèo thúng được tập huấn"),
    fig("; 100% thúng", "100", 100, "percent", "%", "thúng được trang bị áo phao cho khách"),
    fig("còn 42 thúng", "42", 42, "count", "thúng", "thúng chưa được đăng ký, gắn số hiệu"),
    fig("đón 1,3 triệu", "1,3", 1300000, "count", "lượt khách", "lượt khách", per("Năm 2024", "2024-01-01", "2024-12-31"),
        status="target"),
    fig("có 100% thúng", "100", 100, "percent", "%", "thúng được đăng ký, đánh số",
        per("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Cẩm Thanh (invented): thuyền thúng rừng dừa Bảy Mẫu, 6 tháng đầu năm 2024. A commune is below the location level:",
    "every figure is located in Hội An (the city the commune belongs to, named in the header).",
    "'Bảy Mẫu' is a name (number word + area unit), 'Thanh Nhứt', 'tổ 3', phone, 'Lượt xem: 642' are distractors.",
    "Headline figure has no period. 564.360 is a part of 683.250 (trong đó) and carries 'chiếm 82,6%'. 'cao gấp 1,8 lần so với",
    "trước khi …' is the change of the income figure. 'mỗi thúng chở không quá 2 khách' is a rate (measure, khách/thúng).",
    "'Nguồn thu … 6 tháng' takes 2024 from the lead. 'hiện' and the safety paragraph state no period.",
]

if __name__ == "__main__":
    emit("p738-8", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Hội An")
