"""p1394-4: ministry site (Bộ Xây dựng): national ash and slag 2023, uses, provinces, targets, prices."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ XÂY DỰNG
Trang chủ » Tin tức » Vật liệu xây dựng

Đẩy mạnh sử dụng tro, xỉ nhiệt điện làm vật liệu xây dựng

18/01/2024 | 14:10 | Vụ Vật liệu xây dựng

Năm 2023, cả nước có 31 nhà máy nhiệt điện than đang vận hành, phát sinh khoảng 17,8 triệu tấn tro, xỉ. Lượng tro, xỉ được xử lý, sử dụng đạt 13,9 triệu tấn, tăng 9,4% so với năm 2022, tương đương 78,1% lượng phát sinh. Tuy nhiên, tro, xỉ tồn đọng tại các bãi chứa vẫn còn gần 49 triệu tấn, chiếm diện tích hơn một nghìn ha.

Tro, xỉ chủ yếu được dùng làm phụ gia khoáng cho xi măng và bê tông (khoảng 55%), sản xuất vật liệu xây không nung (khoảng 12%), san lấp mặt bằng và làm đường giao thông (khoảng 30%); phần còn lại xuất khẩu. Riêng lượng tro, xỉ dùng san lấp năm 2023 gấp 2,5 lần năm 2020. Về lượng tiêu thụ theo địa phương, Quảng Ninh dẫn đầu với 3,12 triệu tấn, tiếp đến là Bình Thuận 2,4 triệu tấn, Hải Phòng 1,7 triệu tấn và Thái Bình 1,1 triệu tấn.

Theo Chiến lược phát triển vật liệu xây dựng (Quyết định số 1266/QĐ-TTg), mục tiêu đến năm 2025 tỷ lệ tro, xỉ được xử lý, sử dụng đạt ít nhất 85% và đến năm 2030 đạt 100% lượng phát sinh trong năm. Bộ Xây dựng đã ban hành 8 tiêu chuẩn quốc gia về tro, xỉ, trong đó có TCVN 12249:2018; dự kiến trong năm 2024 sẽ công bố thêm 2 tiêu chuẩn về sử dụng tro, xỉ làm vật liệu san lấp.

Giá tro bay bán tại nhà máy hiện dao động 30.000-70.000 đồng/tấn, thấp hơn nhiều so với giá xi măng (khoảng 1,4 triệu đồng/tấn).

BỘ XÂY DỰNG - Số 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội
Điện thoại: 024.3976.0271 | Email: bxd@moc.gov.vn
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = per("năm 2023", "2023-01-01", "2023-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")
SUBJ_PROV = "lượng tro, xỉ tiêu thụ"

FIGS = [
    fig("có 31 nhà máy", "31", 31, "count", "nhà máy", subject="nhà máy nhiệt điện than đang vận hành", period=Y23),
    fig("khoảng 17,8 triệu", "17,8", 17.8e6, "measure", "tấn", approx="about",
        subject="tro, xỉ phát sinh", period=Y23),
    fig("đạt 13,9 triệu", "13,9", 13.9e6, "measure", "tấn", percent=78.1,
        change=chg("increase", 9.4, "%", "năm 2022"), subject="lượng tro, xỉ được xử lý, sử dụng", period=inh(Y23)),
    fig("gần 49 triệu", "49", 49e6, "measure", "tấn", approx="nearly",
        subject="tro, xỉ tồn đọng tại các bãi chứa"),
    fig("hơn một nghìn ha", "một", 1000, "measure", "ha", approx="over",
        subject="diện tích tro, xỉ tồn đọng chiếm"),
    fig("(khoảng 55%)", "55", 55, "percent", "%", approx="about",
        subject="tro, xỉ dùng làm phụ gia khoáng cho xi măng và bê tông", period=inh(Y23)),
    fig("(khoảng 12%)", "12", 12, "percent", "%", approx="about",
        subject="tro, xỉ dùng sản xuất vật liệu xây không nung", period=inh(Y23)),
    fig("(khoảng 30%)", "30", 30, "percent", "%", approx="about",
        subject="tro, xỉ dùng san lấp mặt bằng và làm đường giao thông", period=inh(Y23)),
    fig("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
        subject="lượng tro, xỉ dùng san lấp", period=Y23s),
    fig("với 3,12 triệu", "3,12", 3.12e6, "measure", "tấn", subject=SUBJ_PROV, period=inh(Y23),
        location="Quảng Ninh"),
    fig("Bình Thuận 2,4 triệu", "2,4", 2.4e6, "measure", "tấn", subject=SUBJ_PROV, period=inh(Y23),
        location="Bình Thuận"),
    fig("Hải Phòng 1,7 triệu", "1,7", 1.7e6, "measure", "tấn", subject=SUBJ_PROV, period=inh(Y23),
        location="Hải Phòng"),
    fig("Thái Bình 1,1 triệu", "1,1", 1.1e6, "measure", "tấn", subject=SUBJ_PROV, period=inh(Y23),
        location="Thái Bình"),
    fig("ít nhất 85%", "85", 85, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ tro, xỉ được xử lý, sử dụng", period=TO25),
    fig("đạt 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ tro, xỉ được xử lý, sử dụng trong lượng phát sinh trong năm", period=TO30),
    fig("ban hành 8 tiêu chuẩn", "8", 8, "count", "tiêu chuẩn",
        subject="tiêu chuẩn quốc gia về tro, xỉ Bộ Xây dựng đã ban hành"),
    fig("thêm 2 tiêu chuẩn", "2", 2, "count", "tiêu chuẩn", status="forecast",
        subject="tiêu chuẩn về sử dụng tro, xỉ làm vật liệu san lấp công bố thêm", period=Y24),
    fig("30.000-70.000", "30.000", 30000, "money", "đồng/tấn", value_max=70000,
        subject="giá tro bay bán tại nhà máy"),
    fig("khoảng 1,4 triệu", "1,4", 1.4e6, "money", "đồng/tấn", approx="about",
        subject="giá xi măng"),
]

NOTES = [
    "Ministry site (Bộ Xây dựng): breadcrumb, '18/01/2024 | 14:10 | Vụ Vật liệu xây dựng', footer address, phone, e-mail.",
    "Distractors: time 14:10, 'Quyết định số 1266/QĐ-TTg', 'TCVN 12249:2018', 'Số 37 Lê Đại Hành', phone 024.3976.0271, baselines 'năm 2020', 'năm 2022'.",
    "National figures -> Việt Nam; the list 'Quảng Ninh dẫn đầu với 3,12 triệu tấn, tiếp đến là Bình Thuận 2,4 triệu tấn, ...'",
    "shares the indicator 'lượng tiêu thụ' named before it; each province is the item's location.",
    "'tương đương 78,1% lượng phát sinh' -> percent of 13,9 triệu; 'chiếm diện tích hơn một nghìn ha' is an area, a figure of its own",
    "(value 1000, number word 'một' with the multiplier 'nghìn').",
    "Bracketed shares '(khoảng 55%)' etc. have no base amount: percent figures of their own (period năm 2023 stands in an earlier sentence).",
    "'gấp 2,5 lần năm 2020' standing alone as the claim -> multiple.",
    "'mục tiêu đến năm 2025 ... ít nhất 85% và đến năm 2030 đạt 100%' -> targets with start null; 'dự kiến trong năm 2024' -> forecast.",
    "Prices 'hiện' carry no period.",
]

if __name__ == "__main__":
    write("p1394-4", TEXT, NOTES, FIGS, published="2024-01-18", location="Việt Nam")
