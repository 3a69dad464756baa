"""p1358-5: national newspaper: C02 (Bộ Công an) busts a cross-border online gambling ring; national figures 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Pháp luật > Hồ sơ phá án

Thứ năm, 12/12/2024, 09:15 (GMT+7)

Triệt phá đường dây đánh bạc trực tuyến xuyên quốc gia giao dịch 3.400 tỷ đồng

Đường dây do nhóm người nước ngoài điều hành, quản trị hàng chục trang web cờ bạc, lôi kéo hơn 600.000 tài khoản tham gia.

Ngày 11/12, Cục Cảnh sát hình sự (C02), Bộ Công an cho biết đã phối hợp với Công an các tỉnh Quảng Ninh, Hải Phòng và Lạng Sơn triệt phá đường dây tổ chức đánh bạc qua mạng quy mô lớn, bắt giữ 43 đối tượng, trong đó có 7 người nước ngoài.

Theo điều tra ban đầu, từ năm 2022 đến nay, nhóm này quản trị 14 trang web cờ bạc trực tuyến (9 trang cá độ bóng đá và 5 trang casino trực tuyến), thu hút hơn 600.000 tài khoản tham gia. Tổng số tiền giao dịch qua hệ thống khoảng 3.400 tỷ đồng; đường dây hưởng lợi bất chính ít nhất 170 tỷ đồng, tương đương 5% số tiền giao dịch.

Để hợp thức hóa dòng tiền, các đối tượng lập 260 tài khoản ngân hàng đứng tên người khác và thuê ba công ty "ma". Cơ quan công an đã phong tỏa 94 tài khoản với số dư hơn 58 tỷ đồng, thu giữ 12 ô tô, 210 điện thoại di động và 47 máy tính.

Số đối tượng bị bắt giữ lần lượt tại Quảng Ninh 19 người, Hải Phòng 15 người và Lạng Sơn 9 người.

Theo Bộ Công an, năm 2023, lực lượng công an cả nước phát hiện 2.317 vụ đánh bạc qua mạng, tăng 28,6% so với năm 2022; số tiền giao dịch trong các vụ án gấp 3 lần năm trước. Tội phạm cờ bạc trực tuyến hiện đứng thứ hai trong nhóm tội phạm sử dụng công nghệ cao, chỉ sau lừa đảo chiếm đoạt tài sản.

Từ tháng 1 đến tháng 3/2025, Bộ Công an sẽ mở đợt cao điểm với mục tiêu triệt phá ít nhất 20 đường dây cờ bạc trực tuyến trên cả nước.

Phạm Dự
"""

SINCE = per("từ năm 2022 đến nay", "2022-01-01", "2024-12-12")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q125 = per("Từ tháng 1 đến tháng 3/2025", "2025-01-01", "2025-03-31")

FIGS = [
    fig("giao dịch 3.400 tỷ", "3.400", 3400e9, "money", "đồng",
        subject="số tiền giao dịch của đường dây đánh bạc trực tuyến xuyên quốc gia"),
    fig("lôi kéo hơn 600.000", "600.000", 600000, "count", "tài khoản", approx="over",
        subject="tài khoản tham gia"),
    fig("quản trị hàng chục", "chục", 10, "count", "trang web", approx="over",
        subject="trang web cờ bạc đường dây quản trị", optional=True),
    fig("bắt giữ 43 đối tượng", "43", 43, "count", "đối tượng", subject="đối tượng bị bắt giữ"),
    fig("có 7 người", "7", 7, "count", "người nước ngoài", total=43,
        subject="người nước ngoài bị bắt giữ"),
    fig("quản trị 14 trang", "14", 14, "count", "trang web", subject="trang web cờ bạc trực tuyến nhóm quản trị",
        period=SINCE),
    fig("(9 trang", "9", 9, "count", "trang", total=14, subject="trang cá độ bóng đá", period=SINCE),
    fig("và 5 trang", "5", 5, "count", "trang", total=14, subject="trang casino trực tuyến", period=SINCE),
    fig("thu hút hơn 600.000", "600.000", 600000, "count", "tài khoản", approx="over",
        subject="tài khoản tham gia", period=SINCE),
    fig("khoảng 3.400 tỷ", "3.400", 3400e9, "money", "đồng", approx="about",
        subject="tổng số tiền giao dịch qua hệ thống", period=inh(SINCE)),
    fig("ít nhất 170 tỷ", "170", 170e9, "money", "đồng", approx="at_least", percent=5,
        subject="tiền hưởng lợi bất chính của đường dây", period=inh(SINCE)),
    fig("lập 260 tài khoản", "260", 260, "count", "tài khoản ngân hàng",
        subject="tài khoản ngân hàng đứng tên người khác"),
    fig("thuê ba công ty", "ba", 3, "count", "công ty", subject="công ty \"ma\" các đối tượng thuê"),
    fig("phong tỏa 94 tài khoản", "94", 94, "count", "tài khoản", subject="tài khoản bị phong tỏa"),
    fig("hơn 58 tỷ", "58", 58e9, "money", "đồng", approx="over", subject="số dư tài khoản bị phong tỏa"),
    fig("12 ô tô", "12", 12, "count", "ô tô", subject="ô tô thu giữ"),
    fig("210 điện thoại", "210", 210, "count", "điện thoại di động", subject="điện thoại di động thu giữ"),
    fig("47 máy tính", "47", 47, "count", "máy tính", subject="máy tính thu giữ"),
    fig("Quảng Ninh 19 người", "19", 19, "count", "người", subject="đối tượng bị bắt giữ",
        location="Quảng Ninh"),
    fig("Hải Phòng 15 người", "15", 15, "count", "người", subject="đối tượng bị bắt giữ",
        location="Hải Phòng"),
    fig("Lạng Sơn 9 người", "9", 9, "count", "người", subject="đối tượng bị bắt giữ", location="Lạng Sơn"),
    fig("phát hiện 2.317 vụ", "2.317", 2317, "count", "vụ", change=chg("increase", 28.6, "%", "năm 2022"),
        subject="vụ đánh bạc qua mạng phát hiện", period=Y23),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", subject="số tiền giao dịch trong các vụ án so với năm trước",
        period=Y23),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="tội phạm cờ bạc trực tuyến trong nhóm tội phạm sử dụng công nghệ cao"),
    fig("ít nhất 20 đường dây", "20", 20, "count", "đường dây", approx="at_least", status="target",
        subject="đường dây cờ bạc trực tuyến triệt phá", period=Q125),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 12/12/2024, 09:15 (GMT+7)', headline figure, sapo, byline at the end.",
    "Distractors: 09:15, (GMT+7), ngày 11/12, C02, năm 2022 as baseline, 'năm trước', 'tháng 1 đến tháng 3/2025' (period).",
    "National ring busted by the ministry: location Việt Nam; the list 'lần lượt tại Quảng Ninh 19 người, …' → each item located in its province, no total (no cue).",
    "'(9 trang … và 5 trang …)' bracketed breakdown adds up to 14 → total 14. 'trong đó có 7 người nước ngoài' → total 43.",
    "'tương đương 5% số tiền giao dịch' → percent of 170 tỷ. 'gấp 3 lần năm trước' with no base amount → a multiple figure of its own.",
    "'hàng chục trang web' in the sapo: a vague amount (optional). Headline and sapo figures have no period; 'từ năm 2022 đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    write("p1358-5", TEXT, NOTES, FIGS, published="2024-12-12", location="Việt Nam")
