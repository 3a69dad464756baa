"""p1255-2: district portal (huyện Lý Sơn, Quảng Ngãi): a new ice plant on the island, fishing fleet, ice prices."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÝ SƠN - TỈNH QUẢNG NGÃI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản chỉ đạo

Khánh thành nhà máy nước đá thứ hai trên đảo Lý Sơn

Ngày đăng: 22/05/2024

Sáng 21/5, Công ty TNHH MTV Nước đá Biển Xanh Lý Sơn tổ chức khánh thành nhà máy sản xuất nước đá tại thôn Đông, xã An Vĩnh. Nhà máy có tổng vốn đầu tư khoảng 18 tỷ đồng, công suất 120 tấn/ngày, nâng tổng công suất sản xuất nước đá trên đảo lên 200 tấn/ngày. Nhà máy vận hành 2 dây chuyền làm đá cây và đá viên, tạo việc làm cho 25 lao động địa phương với mức lương bình quân 7,5 triệu đồng/người/tháng.

Hiện đội tàu cá của huyện có 412 chiếc, trong đó 286 chiếc có chiều dài từ 15 m trở lên, hoạt động dài ngày ở vùng biển Hoàng Sa và Trường Sa. Mỗi chuyến biển kéo dài 20-25 ngày, mỗi tàu cần từ 30 đến 45 tấn đá. Trước đây, ngư dân phải mua đá chở từ đất liền ra với giá 1.100.000-1.300.000 đồng/tấn; nay giá đá bán tại đảo chỉ còn khoảng 950.000 đồng/tấn, giảm khoảng 20%.

Ông Võ Văn Thành, Phó Chủ tịch UBND huyện cho biết, năm 2024 huyện phấn đấu sản lượng khai thác hải sản đạt 12.500 tấn; đến năm 2025, 100% cơ sở sản xuất nước đá trên địa bàn được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm.

Tin khác:
- Lý Sơn: Tập huấn phòng cháy, chữa cháy cho ngư dân
- Hội nghị sơ kết công tác quý I/2024

Cổng thông tin điện tử huyện Lý Sơn
Địa chỉ: thôn Đông An Vĩnh, xã An Vĩnh, huyện Lý Sơn, tỉnh Quảng Ngãi
Điện thoại: 0255.3867.112
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 18 tỷ", "18", 18e9, "money", "đồng", approx="about", subject="tổng vốn đầu tư nhà máy"),
    fig("công suất 120 tấn", "120", 120, "measure", "tấn/ngày", subject="công suất nhà máy"),
    fig("lên 200 tấn", "200", 200, "measure", "tấn/ngày",
        subject="tổng công suất sản xuất nước đá trên đảo"),
    fig("vận hành 2 dây chuyền", "2", 2, "count", "dây chuyền",
        subject="dây chuyền làm đá cây và đá viên"),
    fig("cho 25 lao động", "25", 25, "count", "lao động", subject="lao động địa phương có việc làm"),
    fig("bình quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", subject="mức lương bình quân"),
    fig("có 412 chiếc", "412", 412, "count", "chiếc", subject="tàu cá của huyện"),
    fig("trong đó 286 chiếc", "286", 286, "count", "chiếc", total=412,
        subject="tàu cá có chiều dài từ 15 m trở lên"),
    fig("từ 15 m", "15", 15, "measure", "m", optional=True),
    fig("kéo dài 20-25 ngày", "20", 20, "measure", "ngày", value_max=25,
        subject="thời gian mỗi chuyến biển"),
    fig("từ 30 đến 45 tấn", "30", 30, "measure", "tấn", value_max=45, subject="đá mỗi tàu cần"),
    fig("giá 1.100.000-1.300.000", "1.100.000", 1100000, "money", "đồng/tấn", value_max=1300000,
        subject="giá đá chở từ đất liền"),
    fig("khoảng 950.000", "950.000", 950000, "money", "đồng/tấn", approx="about",
        change=chg("decrease", 20, "%", approx="about"), subject="giá đá bán tại đảo"),
    fig("đạt 12.500 tấn", "12.500", 12500, "measure", "tấn", status="target",
        subject="sản lượng khai thác hải sản", period=Y24),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất nước đá được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm",
        period=TO25),
]

NOTES = [
    "District portal (huyện Lý Sơn): banner naming the district, menu, 'Ngày đăng: 22/05/2024', 'Tin khác', footer address, phone.",
    "All figures describe the island district: location Lý Sơn. 'nhà máy nước đá thứ hai' (headline) is an ordinal, not a figure.",
    "'từ 15 m trở lên' is a size class of boats, not a claim: optional. '286 chiếc' after 'trong đó' -> total 412.",
    "'Mỗi chuyến biển kéo dài 20-25 ngày' is the claim (trip length), a measure range, not a period.",
    "'giảm khoảng 20%' after the price is its change (no baseline stated, approx about).",
    "'năm 2024 huyện phấn đấu ... 12.500 tấn; đến năm 2025, 100% ...' -> both target (the clause continues the cue).",
    "Distractors: 'Sáng 21/5', 'quý I/2024' in a link, address, phone 0255.3867.112, 'thứ hai'.",
]

if __name__ == "__main__":
    write("p1255-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Lý Sơn")
