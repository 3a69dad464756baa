from lib import write, fig, per, inh, chg

TEXT = """BỘ Y TẾ - CỤC AN TOÀN THỰC PHẨM
Trang chủ » Tin tức » Hoạt động của Cục

Tăng cường quản lý an toàn thực phẩm đối với nước uống đóng chai, nước đá dùng liền

Ngày đăng: 14/03/2024 | Lượt xem: 2.076

Theo báo cáo tổng hợp của Cục An toàn thực phẩm, năm 2023 có 63/63 tỉnh, thành phố triển khai kiểm tra chuyên đề đối với cơ sở sản xuất nước uống đóng chai, đóng bình và nước đá dùng liền. Cả nước hiện có hơn 4.300 cơ sở sản xuất nước uống đóng chai, đóng bình và khoảng 1.150 cơ sở sản xuất nước đá dùng liền, phần lớn là cơ sở nhỏ lẻ, hộ gia đình.

Năm 2023, các địa phương đã kiểm tra 3.862 lượt cơ sở, phát hiện 712 lượt cơ sở vi phạm, chiếm 18,4%; phạt tiền 546 cơ sở với tổng số tiền gần 5,8 tỷ đồng, tăng 21,5% so với năm 2022. Các cơ quan chức năng đã lấy 5.812 mẫu để kiểm nghiệm, trong đó 564 mẫu không đạt yêu cầu (9,7%).

Tỷ lệ mẫu không đạt cao nhất ghi nhận tại Hà Nội (12,3%), TP. Hồ Chí Minh (11,8%) và Đồng Nai (10,5%); thấp nhất là Quảng Ninh với 3,1%.

Theo ông Phạm Quốc Trung, Trưởng phòng Thanh tra của Cục, nhiều cơ sở nhỏ chưa thực hiện kiểm nghiệm định kỳ theo QCVN 6-1:2010/BYT, tái sử dụng vỏ bình không được vệ sinh, khử trùng. Phấn đấu đến năm 2025, 100% cơ sở sản xuất nước uống đóng chai được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm và tỷ lệ mẫu không đạt giảm xuống dưới 5%.

Cục đề nghị Sở Y tế các tỉnh, thành phố tổ chức đợt kiểm tra thứ hai trong năm 2024, công khai cơ sở vi phạm trên phương tiện thông tin đại chúng.

Thông tin liên hệ: Phòng Thanh tra, Cục An toàn thực phẩm, 138A Giảng Võ, Ba Đình, Hà Nội; điện thoại: 024.3846.3702.
"""

N23 = per("năm 2023", "2023-01-01", "2023-12-31")
N23b = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("có 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố triển khai kiểm tra chuyên đề", period=N23),
    fig("hơn 4.300 cơ sở", "4.300", 4300, "count", "cơ sở", approx="over",
        subject="cơ sở sản xuất nước uống đóng chai, đóng bình"),
    fig("khoảng 1.150 cơ sở", "1.150", 1150, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất nước đá dùng liền"),
    fig("kiểm tra 3.862 lượt", "3.862", 3862, "count", "lượt cơ sở",
        subject="lượt cơ sở được kiểm tra", period=N23b),
    fig("phát hiện 712 lượt", "712", 712, "count", "lượt cơ sở", percent=18.4,
        subject="lượt cơ sở vi phạm", period=N23b),
    fig("phạt tiền 546 cơ sở", "546", 546, "count", "cơ sở",
        subject="cơ sở bị phạt tiền", period=N23b),
    fig("gần 5,8 tỷ đồng", "5,8", 5_800_000_000, "money", "đồng", approx="nearly",
        change=chg("increase", 21.5, "%", "năm 2022"),
        subject="tổng số tiền phạt", period=N23b),
    fig("lấy 5.812 mẫu", "5.812", 5812, "count", "mẫu",
        subject="mẫu kiểm nghiệm", period=inh(N23b)),
    fig("trong đó 564 mẫu", "564", 564, "count", "mẫu", total=5812, percent=9.7,
        subject="mẫu không đạt yêu cầu", period=inh(N23b)),
    fig("(12,3%)", "12,3", 12.3, "percent", "%", subject="tỷ lệ mẫu không đạt cao nhất",
        period=inh(N23b), location="Hà Nội"),
    fig("(11,8%)", "11,8", 11.8, "percent", "%", subject="tỷ lệ mẫu không đạt cao nhất",
        period=inh(N23b), location="Thành phố Hồ Chí Minh"),
    fig("(10,5%)", "10,5", 10.5, "percent", "%", subject="tỷ lệ mẫu không đạt cao nhất",
        period=inh(N23b), location="Đồng Nai"),
    fig("với 3,1%", "3,1", 3.1, "percent", "%", subject="tỷ lệ mẫu không đạt thấp nhất",
        period=inh(N23b), location="Quảng Ninh"),
    fig("2025, 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất nước uống đóng chai được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm",
        period=T25),
    fig("dưới 5%", "5", 5, "percent", "%", approx="under", status="target",
        subject="tỷ lệ mẫu không đạt", period=T25),
]

COMMENTS = [
    "Ministry site (Bộ Y tế - Cục An toàn thực phẩm): national results 2023 of inspections of bottled-water and ready-to-use-ice producers.",
    "'Ngày đăng: 14/03/2024 | Lượt xem: 2.076': published; the counter is furniture. National figures: location Việt Nam; the list of provinces",
    "with failure rates gives each item its province as location, the list's indicator as subject. 63/63: total 63. 564 after 'trong đó' after",
    "5.812: total 5812, '(9,7%)' its share. 'chiếm 18,4%' is the share of 712 (no part-of cue, so no total). 'tăng 21,5% so với năm 2022' is the",
    "change of 5,8 tỷ. 'hiện có' gives no period. 'đợt kiểm tra thứ hai', QCVN 6-1:2010/BYT, 138A Giảng Võ, the phone number are not figures.",
]

write("p727-4", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
